import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRankingChart } from '../../src/charts/ranking-chart.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { exampleRanking } from '../support/chart-example.js';
import { pngSize } from './support/png.js';

describe("the README's picture of the ranking chart", () => {
  it('is what the chart draws today (else: npx tsx test/support/chart-example.ts)', async () => {
    const picture = readFileSync(join(PROJECT_ROOT, 'docs', 'ranking-chart.png'));
    expect(pngSize(picture).width).toBe(1200);
    expect(picture.length).toBeLessThan(300_000);
    expect(picture.equals(await renderRankingChart(exampleRanking())), 'docs/ranking-chart.png is out of date').toBe(
      true,
    );
  });

  it('ranks the 12 zones of the plan by their short names', () => {
    const { rows } = exampleRanking();
    expect(rows).toHaveLength(12);
    expect(rows.map((row) => row.zone)).toContain('徐圩新区');
    expect(rows.map((row) => row.zone)).toContain('灌云临港产业区');
  });
});
