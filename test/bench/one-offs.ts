import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';
import { CLI } from '../support/build.js';
import type { SlackEmulator } from '../support/slack-emulator.js';
import { type AppSettings, type Running, startBareWithNpm, startWithNpm, timedCommand, zonebotEnv } from './apps.js';
import { CORE, type Collected, collect, peakMB, pinned, resetPeak, rssMB } from './processes.js';
import { median } from './stats.js';

export interface ExportResult {
  text: string;
  /** Rows of the CSV, its header not counted. */
  rows: number;
  bytes: number;
  /** From the command to the file's upload completed. */
  seconds: number;
  /** The most resident memory while it ran, above what the process held before, MB. */
  peakAboveMB: number;
}

/** `/zone <text>` for the ledger: timed until the stub has the whole file, with the app's peak memory meanwhile. */
export async function measureExport(
  app: Running,
  emulator: SlackEmulator,
  text: string,
  user: string,
): Promise<ExportResult> {
  emulator.reset();
  const before = rssMB(app.proc.pid);
  resetPeak(app.proc.pid);
  const since = performance.now();
  const answer = await timedCommand(app.url, text, user, emulator.responseUrl('export'));
  if (answer.status !== 200) throw new Error(`export answered ${answer.status}`);
  const done = await emulator.waitFor('files.completeUploadExternal', 120_000);
  const seconds = (performance.now() - since) / 1000;
  const upload = [...emulator.uploads.values()].find((u) => u.completed) ?? [...emulator.uploads.values()][0];
  const content = upload?.content ?? Buffer.alloc(0);
  if (!done || !content.length) throw new Error('the ledger never arrived');
  const lines = content
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim()).length;
  return {
    text,
    rows: Math.max(0, lines - 1),
    bytes: content.length,
    seconds: Math.round(seconds * 1000) / 1000,
    peakAboveMB: Math.round((peakMB(app.proc.pid) - before) * 10) / 10,
  };
}

/** Runs a command on the app's core; resolves with its wall time and output. */
function timedRun(args: string[], env: NodeJS.ProcessEnv): Promise<Collected> {
  const [cmd, argv] = pinned(CORE.app, process.execPath, args);
  const since = performance.now();
  return collect(spawn(cmd, argv, { env, stdio: ['ignore', 'pipe', 'pipe'] }), since);
}

export interface Timings {
  runs: number;
  medianS: number;
  maxS: number;
}

const seconds = (ms: number[]): Timings => ({
  runs: ms.length,
  medianS: Math.round((median(ms) ?? Number.NaN) / 10) / 100,
  maxS: Math.round(Math.max(...ms) / 10) / 100,
});

/** `zonebot <args>` in a terminal, `runs` times; each must answer (exit 0) and, when given, print `expect`. */
export function terminal(app: AppSettings, args: string[], runs: number, expect?: RegExp): Promise<Timings> {
  return timedRuns(`zonebot ${args.join(' ')}`, [CLI, ...args], zonebotEnv(app, null), runs, expect);
}

/** The terminal's floor on the same database: Prisma's client and adapter imported, one query answered. */
export function prismaFloor(app: AppSettings, script: string, runs: number): Promise<Timings> {
  const env = { ...zonebotEnv(app, null), ZONEBOT_CLIENT_DIR: join(PROJECT_ROOT, 'dist', 'src', 'store', 'generated') };
  return timedRuns('the Prisma floor', [script], env, runs, /\S/);
}

async function timedRuns(
  what: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  runs: number,
  expect?: RegExp,
): Promise<Timings> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await timedRun(args, env);
    if (run.code !== 0) throw new Error(`${what} exited ${run.code}: ${run.err.slice(-2000)}`);
    if (expect && !expect.test(run.out)) throw new Error(`${what} printed no ${expect}: ${run.out.slice(0, 500)}`);
    ms.push(run.ms);
  }
  return seconds(ms);
}

/** From `npm start` to a healthy `/healthz`: zonebot's, and the bare app's as its floor. */
export async function npmStart(app: AppSettings, bareDir: string): Promise<{ ms: number; floorMs: number }> {
  const running = await startWithNpm(app);
  await running.proc.stop();
  const bare = await startBareWithNpm(bareDir);
  await bare.proc.stop();
  return { ms: Math.round(running.coldMs), floorMs: Math.round(bare.coldMs) };
}
