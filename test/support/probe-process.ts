import { spawn } from 'node:child_process';
import { PROJECT_ROOT } from '../../src/paths.js';

/**
 * Runs a probe script as a fresh process (node --import tsx, from the project
 * root), as a user's bot or terminal starts, and resolves with the JSON it
 * printed and how long it ran; a probe that fails rejects with what it said.
 */
export function runProbe<T>(script: string, args: string[] = []): Promise<T & { ms: number }> {
  const since = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    err += d;
  });
  return new Promise((resolve, reject) =>
    child.on('close', (code) =>
      code === 0
        ? resolve({ ...(JSON.parse(out) as T), ms: performance.now() - since })
        : reject(new Error(`probe failed: ${err}`)),
    ),
  );
}
