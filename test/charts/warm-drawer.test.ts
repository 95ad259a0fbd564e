import { describe, expect, it } from 'vitest';
import { runProbe } from '../support/probe-process.js';

/** The drawing process lingers this long after its last chart (chart-process.ts). */
const LINGER_MS = 15_000;

const warmProbe = (args: string[]) => runProbe<{ pngBytes: number }>('test/charts/support/warm-probe.ts', args);

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
