import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PlanDataError } from './expand.js';
import { type PlanSource, readPlanFile } from './read.js';

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
 * Reads every plan file and checks them against each other: each plan's key
 * is its own, and none is a command word, since `--plan <key>` may stand
 * anywhere in a command line.
 */
export function readPlanFiles(entries: string[], commandWords: Set<string>): PlanSource[] {
  const sources = planPaths(entries).map((path) => {
    try {
      return { path, source: readPlanFile(path) };
    } catch (err) {
      if (err instanceof PlanDataError) throw new PlanDataError(`${path}: ${err.message}`);
      throw err;
    }
  });
  const seen = new Map<string, string>();
  for (const { path, source } of sources) {
    const { key } = source.data.plan;
    const earlier = seen.get(key);
    if (earlier) throw new PlanDataError(`${path}: plan key ${key} is already the key of ${earlier}`);
    if (commandWords.has(key)) throw new PlanDataError(`${path}: plan key ${key} is a command word; choose another`);
    seen.set(key, path);
  }
  return sources.map((s) => s.source);
}

/**
 * Each plan file's sha256, as `readPlanFile` reckons it: when the database
 * holds every one already, nothing need be parsed at start.
 */
export function planFileHashes(entries: string[]): string[] {
  return planPaths(entries).map((path) => createHash('sha256').update(readFileSync(path)).digest('hex'));
}
