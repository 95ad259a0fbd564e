// Draws docs/ranking-chart.png, the picture of the ranking chart in the README:
//   npx tsx test/support/chart-example.ts [out.png] [--lang en]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type RankingChartInput, type RankingRow, renderRankingChart } from '../../src/charts/ranking-chart.js';
import type { Lang } from '../../src/domain/lang.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { readPlanFile } from '../../src/plan/read.js';
import { REAL_PLAN_FILE } from './plan-files.js';

// Made up, but shaped like a real month: close scores mid-table, one zone newly ranked, ties share a rank.
const SCORES: Record<string, { score: number; change: RankingRow['change'] }> = {
  xuwei: { score: 91.6, change: 0 },
  kaifaqu: { score: 88.2, change: 1 },
  gaoxin: { score: 86.9, change: -1 },
  shanghe: { score: 79.4, change: 3 },
  donghai: { score: 76.8, change: 0 },
  ganyu: { score: 74.1, change: -2 },
  guanyun: { score: 72.5, change: 1 },
  guannan: { score: 72.5, change: -2 },
  lianyun: { score: 68.3, change: 2 },
  huagong: { score: 63.7, change: 'new' },
  'ganyu-haiyang': { score: 58.9, change: -1 },
  'guanyun-lingang': { score: 51.2, change: -3 },
};

/** The 12 zones of the plan, names as the plan file gives them, with made-up November scores. */
export function exampleRanking(lang: Lang = 'zh'): RankingChartInput {
  const zones = readPlanFile(REAL_PLAN_FILE).data.zones;
  const scored = zones.map((zone) => {
    const made = SCORES[zone.slug];
    if (!made) throw new Error(`chart example: no made-up score for zone ${zone.slug}`);
    return { zone: lang === 'zh' ? zone.shortName : zone.nameEn, ...made };
  });
  const rows = scored.map((row) => ({ ...row, rank: 1 + scored.filter((other) => other.score > row.score).length }));
  return lang === 'zh'
    ? { title: '连云港市开发区高质量发展月度排名', subtitle: '2026年11月 · 综合得分', lang, rows }
    : { title: 'Lianyungang development zones: monthly ranking', subtitle: 'Nov 2026 · composite score', lang, rows };
}

export async function writeExampleChart(path: string, lang: Lang = 'zh'): Promise<void> {
  writeFileSync(path, await renderRankingChart(exampleRanking(lang)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const lang: Lang = args.includes('en') ? 'en' : 'zh';
  const out = args.find((arg) => arg.endsWith('.png')) ?? join(PROJECT_ROOT, 'docs', 'ranking-chart.png');
  await writeExampleChart(out, lang);
}
