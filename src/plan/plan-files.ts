import { PlanDataError } from './expand.js';
import { planPaths } from './plan-paths.js';
import { type PlanSource, readPlanFile } from './read.js';

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
