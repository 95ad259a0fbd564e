// Run as a fresh process (node --import tsx): imports the chart module, notes
// which chart packages are loaded and the memory in use, draws one chart, notes
// both again, then draws one in this process as the drawing process does, notes
// the packages once more, and prints it all as JSON.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Module hooks run on their own thread; this one writes each module it resolves
// to a file before answering, so the file is complete whenever an import settles.
const HOOKS = `
import { appendFileSync } from 'node:fs';
let file;
export function initialize(data) { file = data.file; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(file, result.url + '\\n');
  return result;
}`;

const dir = mkdtempSync(join(tmpdir(), 'zonebot-load-probe-'));
const file = join(dir, 'resolved.txt');
register(`data:text/javascript,${encodeURIComponent(HOOKS)}`, import.meta.url, { data: { file } });

const CHART_PACKAGES = /\/node_modules\/(echarts|zrender|@resvg\/[^/]+|@embedpdf\/[^/]+)\//;

function chartPackagesLoaded(): string[] {
  let resolved: string[];
  try {
    resolved = readFileSync(file, 'utf8').split('\n');
  } catch {
    resolved = [];
  }
  return [...new Set(resolved.map((url) => CHART_PACKAGES.exec(url)?.[1]).filter((name) => name !== undefined))].sort();
}

const rss = () => process.memoryUsage().rss;
const atStart = rss();
const { renderRankingChart } = await import('../../../src/charts/ranking-chart.js');
const { exampleRanking } = await import('../../support/chart-example.js');
const afterImport = { packages: chartPackagesLoaded(), rss: rss() };
const png = await renderRankingChart(exampleRanking());
const afterRender = { packages: chartPackagesLoaded(), rss: rss() };
const { drawRankingChart } = await import('../../../src/charts/ranking-picture.js');
await drawRankingChart(exampleRanking());
const drawnHere = { packages: chartPackagesLoaded(), rss: rss() };
rmSync(dir, { recursive: true, force: true });
process.stdout.write(JSON.stringify({ atStart, afterImport, afterRender, drawnHere, pngBytes: png.length }));
