import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';

/** The drawing process lingers this long after its last chart (chart-process.ts). */
const LINGER_MS = 15_000;

function warmProbe(args: string[]): Promise<{ pngBytes: number; ms: number }> {
  const since = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/charts/support/warm-probe.ts', ...args], {
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
        ? resolve({ ...JSON.parse(out), ms: performance.now() - since })
        : reject(new Error(`probe failed: ${err}`)),
    ),
  );
}

describe('the chart drawing, started ahead of a chart', () => {
  it('draws the chart that follows', async () => {
    const { pngBytes } = await warmProbe(['draw']);
    expect(pngBytes).toBeGreaterThan(1000);
  });

  it('keeps nobody waiting when no chart follows: the process ends without waiting for the drawer', async () => {
    const { pngBytes, ms } = await warmProbe([]);
    expect(pngBytes).toBe(0);
    expect(ms).toBeLessThan(LINGER_MS);
  });
});
