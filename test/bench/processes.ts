import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { PROJECT_ROOT } from '../../src/paths.js';

/** Whether processes can be pinned: `taskset` exists and there are two cores to keep apart. */
function canPin(): boolean {
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
    return Number(execFileSync('nproc').toString().trim()) >= 2;
  } catch {
    return false;
  }
}

export const PINNING = canPin();
/** The app under test (zonebot or the floor) on one core, the load generator on the other. */
export const CORE = { app: '0', load: '1' } as const;

/** The command line that runs `command` on `core` when pinning is possible, else as it is. */
export function pinned(core: string, command: string, args: string[]): [string, string[]] {
  return PINNING ? ['taskset', ['-c', core, command, ...args]] : [command, args];
}

export interface Proc {
  child: ChildProcess;
  pid: number;
  /** What it wrote to stderr, for the message when it fails. */
  stderr(): string;
  exited: Promise<number | null>;
  /** SIGTERM to its process group, then SIGKILL if it has not gone within five seconds. */
  stop(): Promise<void>;
}

/** Starts a process in the project's folder, in a group of its own (so `npm start`'s children stop with it). */
export function start(command: string, args: string[], env: NodeJS.ProcessEnv, core: string): Proc {
  const [cmd, argv] = pinned(core, command, args);
  const child = spawn(cmd, argv, { cwd: PROJECT_ROOT, env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    err = (err + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const pid = child.pid as number;
  return {
    child,
    pid,
    stderr: () => err,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(-pid, 'SIGTERM');
      const gone = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
      if (!gone) process.kill(-pid, 'SIGKILL');
      await exited;
    },
  };
}

export interface Collected {
  /** From `since` until the child exited. */
  ms: number;
  code: number | null;
  out: string;
  err: string;
}

/** A child's whole output and its exit: the load generator's result, a terminal command's answer. */
export function collect(child: ChildProcess, since = performance.now()): Promise<Collected> {
  let out = '';
  let err = '';
  child.stdout?.on('data', (c: Buffer) => {
    out += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    err += c.toString();
  });
  return new Promise((resolve) =>
    child.once('exit', (code) => resolve({ ms: performance.now() - since, code, out, err })),
  );
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Milliseconds until `/healthz` answers 200, polled every 5 ms; throws if the process exits or it takes a minute. */
export async function untilHealthy(port: number, proc: Proc, since = performance.now()): Promise<number> {
  let exited = false;
  void proc.exited.then(() => {
    exited = true;
  });
  while (performance.now() - since < 60_000) {
    if (exited) throw new Error(`the process exited before it was healthy:\n${proc.stderr()}`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`)
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ok) return performance.now() - since;
    await sleep(5);
  }
  throw new Error(`not healthy within a minute:\n${proc.stderr()}`);
}

function status(pid: number, field: string): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`));
  // The kernel counts in KiB; the targets speak of MB.
  return line ? (Number(line.split(/\s+/)[1]) * 1024) / 1e6 : Number.NaN;
}

/** Resident memory now, MB. */
export const rssMB = (pid: number) => status(pid, 'VmRSS');
/** The most resident memory since the start, or since `resetPeak`, MB. */
export const peakMB = (pid: number) => status(pid, 'VmHWM');

/** Starts counting the peak afresh (Linux: writing 5 to clear_refs resets VmHWM). */
export function resetPeak(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

/** CPU time used so far, seconds (utime + stime, at 100 ticks a second). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const SETTLE_STEP_MS = 500;

/**
 * Waits until the process has used under 2% of a core for `quietMs` (half a
 * second by default; start-up and its catch-up jobs done), at most two
 * minutes; the seconds until the first half second of that quiet ended (so a
 * longer `quietMs` measures the same), or null when it never settled.
 */
export async function settle(pid: number, quietMs = SETTLE_STEP_MS): Promise<number | null> {
  const since = performance.now();
  let before = cpuSeconds(pid);
  let quietFrom: number | null = null;
  while (performance.now() - since < 120_000) {
    await sleep(SETTLE_STEP_MS);
    const now = cpuSeconds(pid);
    if (now - before >= 0.01) quietFrom = null;
    else {
      quietFrom ??= performance.now() - SETTLE_STEP_MS;
      if (performance.now() - quietFrom >= quietMs) return Math.round((quietFrom + SETTLE_STEP_MS - since) / 100) / 10;
    }
    before = now;
  }
  return null;
}

/** Samples resident memory every 100 ms while `work` runs; the highest, MB. */
export async function highestRss<T>(pid: number, work: Promise<T>): Promise<{ value: T; rssMB: number }> {
  let highest = rssMB(pid);
  const timer = setInterval(() => {
    highest = Math.max(highest, rssMB(pid));
  }, 100);
  try {
    const value = await work;
    return { value, rssMB: Math.max(highest, rssMB(pid)) };
  } finally {
    clearInterval(timer);
  }
}
