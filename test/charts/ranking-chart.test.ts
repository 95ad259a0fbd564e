import { describe, expect, it } from 'vitest';
import {
  MAX_ROWS_PER_PAGE,
  type RankingChartInput,
  rankingPageCount,
  renderRankingChart,
} from '../../src/charts/ranking-chart.js';
import { GRID_BOTTOM, GRID_TOP, ROW_HEIGHT } from '../../src/charts/ranking-layout.js';
import { exampleRanking } from '../support/chart-example.js';
import { pngSize } from './support/png.js';

/** A province-sized plan: 150 zones with long names, a few of them new. */
function provinceRanking(): RankingChartInput {
  const rows = Array.from({ length: 150 }, (_, i) => ({
    zone: `${'苏锡常宁镇扬泰通盐淮宿徐连'[i % 13]}${'州山阳江海城湖'[i % 7]}${['经济技术开发区', '高新技术产业开发区', '综合保税区'][i % 3]}`,
    score: 98 - i * 0.6,
    rank: i + 1,
    change: i % 11 === 0 ? ('new' as const) : ((i * 7) % 9) - 4,
  }));
  return { title: '江苏省开发区综合考评排名', subtitle: '2026年11月 · 综合得分', lang: 'zh', rows };
}

describe('renderRankingChart', () => {
  it('draws the 12 zones as a PNG 1200 px wide, a row per zone, of a size Slack takes at once', async () => {
    const png = await renderRankingChart(exampleRanking());
    expect(pngSize(png)).toEqual({ width: 1200, height: GRID_TOP + 12 * ROW_HEIGHT + GRID_BOTTOM });
    expect(png.length).toBeGreaterThan(20_000);
    expect(png.length).toBeLessThan(300_000);
  });

  it('draws the same picture whatever order the rows come in', async () => {
    const input = exampleRanking();
    const reversed = { ...input, rows: [...input.rows].reverse() };
    expect((await renderRankingChart(reversed)).equals(await renderRankingChart(input))).toBe(true);
  });

  it('draws in English for English readers', async () => {
    const png = await renderRankingChart(exampleRanking('en'));
    expect(pngSize(png).width).toBe(1200);
    expect(png.equals(await renderRankingChart(exampleRanking()))).toBe(false);
  });

  it('draws 150 zones as pages of at most 50 rows, each as tall as its rows', async () => {
    const input = provinceRanking();
    expect(rankingPageCount(input.rows.length)).toBe(3);
    for (const page of [1, 3]) {
      const png = await renderRankingChart({ ...input, page });
      expect(pngSize(png)).toEqual({ width: 1200, height: GRID_TOP + MAX_ROWS_PER_PAGE * ROW_HEIGHT + GRID_BOTTOM });
      expect(png.length).toBeLessThan(600_000);
    }
    await expect(renderRankingChart({ ...input, page: 4 })).rejects.toThrow(/page 4 .* 3 page/);
  });

  it('refuses a ranking it cannot draw truthfully', async () => {
    const input = exampleRanking();
    const first = input.rows[0] as RankingChartInput['rows'][number];
    await expect(renderRankingChart({ ...input, rows: [] })).rejects.toThrow();
    await expect(renderRankingChart({ ...input, rows: [{ ...first, score: 101 }] })).rejects.toThrow();
    await expect(renderRankingChart({ ...input, rows: [{ ...first, rank: 0 }] })).rejects.toThrow();
    await expect(renderRankingChart({ ...input, rows: [{ ...first, change: 1.5 }] })).rejects.toThrow();
  });
});
