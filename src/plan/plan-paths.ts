import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PlanDataError } from './plan-error.js';

/** Every plan file PLAN_FILE names: each file as given, and each folder's *.yaml files in name order. */
export function planPaths(entries: string[]): string[] {
  const paths: string[] = [];
  for (const entry of entries) {
    const path = resolve(entry);
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      throw new PlanDataError(`PLAN_FILE: ${entry} does not exist`);
    }
    if (!isFolder) {
      paths.push(path);
      continue;
    }
    const inside = readdirSync(path)
      .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
      .sort()
      .map((name) => join(path, name));
    if (!inside.length) throw new PlanDataError(`PLAN_FILE: the folder ${entry} holds no plan file (*.yaml)`);
    paths.push(...inside);
  }
  return [...new Set(paths)];
}

/**
 * Each plan file's sha256, as `readPlanFile` reckons it: when the database
 * holds every one already, nothing need be parsed at start.
 */
export function planFileHashes(entries: string[]): string[] {
  return planPaths(entries).map((path) => createHash('sha256').update(readFileSync(path)).digest('hex'));
}
