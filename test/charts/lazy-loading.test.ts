import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { runProbe } from '../support/probe-process.js';

interface Loaded {
  packages: string[];
  rss: number;
}

interface Probe {
  atStart: number;
  afterImport: Loaded;
  afterRender: Loaded;
  drawnHere: Loaded;
  pngBytes: number;
}

const probe = () => runProbe<Probe>('test/charts/support/load-probe.ts');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

// docx too: the assessment report's writer, which the bot needs a few times a plan.
const HEAVY = /^(echarts|zrender|@resvg\/|@embedpdf\/|docx(?:\/|$))/;

describe('the chart packages are loaded by the process that draws, never by the bot', () => {
  it('a fresh process that imports the chart module and draws a chart loads none of them', async () => {
    const { afterImport, afterRender, drawnHere, pngBytes } = await probe();
    expect(afterImport.packages).toEqual([]);
    expect(pngBytes).toBeGreaterThan(0);
    expect(afterRender.packages).toEqual([]);
    // The probe sees them once a chart is drawn in its own process, so its empty lists above mean something.
    expect(drawnHere.packages).toEqual(expect.arrayContaining(['@resvg/resvg-js', 'echarts', 'zrender']));
    // What drawing in place costs (~60 MB) stays with the process; a drawing process gives it all back.
    expect(afterRender.rss - afterImport.rss).toBeLessThan((drawnHere.rss - afterRender.rss) / 2);
  });

  it('no file in src/ imports them statically (types aside), so nothing the bot loads at start can', () => {
    const found = sources(join(PROJECT_ROOT, 'src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*from\s+'([^']+)'/gm)]
        .map(([, spec = '']) => spec)
        .filter((spec) => HEAVY.test(spec))
        .map((spec) => `${relative(PROJECT_ROOT, file)} → ${spec}`),
    );
    expect(found).toEqual([]);
  });
});
