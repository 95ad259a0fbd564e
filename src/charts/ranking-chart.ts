import { CJK_FONT_FAMILY } from './cjk-font.js';
import { bestFirst, type RankingChartInput, rankingChartInput } from './ranking-input.js';
import { rankingLabels } from './ranking-labels.js';
import { rankingLayout } from './ranking-layout.js';
import { rankingOption } from './ranking-option.js';
import { pageRows, rankingPageCount } from './ranking-pages.js';
import { svgToPng } from './rasterize.js';
import { renderSvg } from './svg-chart.js';

export type { RankingChange, RankingChartInput, RankingRow } from './ranking-input.js';
export { MAX_ROWS_PER_PAGE, rankingPageCount } from './ranking-pages.js';

/**
 * The monthly ranking as a PNG: a bar per zone, best first, with its rank,
 * score and places moved since last month. A ranking longer than
 * MAX_ROWS_PER_PAGE is drawn a page at a time (input.page, from 1).
 * ECharts, resvg and the font are loaded on the first call.
 */
export async function renderRankingChart(input: RankingChartInput): Promise<Buffer> {
  const { title, subtitle, lang, rows, page = 1 } = rankingChartInput.parse(input);
  const sorted = bestFirst(rows);
  const pages = rankingPageCount(sorted.length);
  const shown = pageRows(sorted, page);
  const first = shown[0]?.rank ?? 1;
  const last = shown.at(-1)?.rank ?? first;
  const pageNote = pages > 1 ? rankingLabels(lang).page(page, pages, first, last) : '';
  const layout = rankingLayout(
    shown.map((row) => row.zone),
    shown.length,
  );
  const option = rankingOption(
    { title, subtitle: [subtitle, pageNote].filter(Boolean).join(' · '), lang, rows: shown },
    layout,
    CJK_FONT_FAMILY,
  );
  return svgToPng(await renderSvg(option, layout.width, layout.height));
}
