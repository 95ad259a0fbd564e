import { type ChildProcess, spawn } from 'node:child_process';
import { PROJECT_ROOT } from '../../src/paths.js';

/** Node with these arguments, from the project root, with only the given environment (and PATH and HOME). */
export function runNode(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** What a process printed, and how it ended. */
export function finished(child: ChildProcess): Promise<{ code: number | null; out: string; err: string }> {
  let out = '';
  let err = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    err += d;
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out, err })));
}

/** Follows a zonebot server's JSON log: the port it serves Slack on, and whether it has said it is ready. */
export function serving(child: ChildProcess): { port(): number; ready(): boolean } {
  let port = 0;
  let ready = false;
  child.stdout?.on('data', (d: Buffer) => {
    for (const line of String(d).split('\n').filter(Boolean)) {
      const entry = JSON.parse(line) as { msg: string; port?: number };
      if (entry.msg === 'serving Slack') port = entry.port ?? 0;
      if (entry.msg === 'ready') ready = true;
    }
  });
  return { port: () => port, ready: () => ready };
}
