import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadJob, LoadResult, Step } from './load-worker.js';
import { CORE, collect, pinned } from './processes.js';
import type { Writer } from './slack-body.js';

export type { LoadJob, LoadResult, Step };

/** What every job against one app shares: where it is, who asks, what a good answer looks like. */
export interface Target {
  url: string;
  readers: string[];
  writers: Writer[];
  responseUrl: string;
  readAnswer: string;
  failures: string[];
  saving: string;
}

export interface LoadSpec {
  connections: number;
  durationS?: number;
  amount?: number;
  pattern: Step[];
}

let jobs = 0;
let writes = 0;

/** Runs one load job in a child process on the load generator's core and returns what it measured. */
export async function runLoad(worker: string, dir: string, target: Target, spec: LoadSpec): Promise<LoadResult> {
  const file = join(dir, `job-${++jobs}.json`);
  const job: LoadJob = { ...target, ...spec, firstWrite: writes };
  writeFileSync(file, JSON.stringify(job));
  const [cmd, args] = pinned(CORE.load, process.execPath, [worker, file]);
  const { code, out, err } = await collect(spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] }));
  if (code !== 0) throw new Error(`load generator exited ${code}: ${err}`);
  const result = JSON.parse(out.trim().split('\n').at(-1) as string) as LoadResult;
  writes += result.writesBuilt;
  return result;
}
