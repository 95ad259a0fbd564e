import { CJK_FONT_FAMILY } from './cjk-font.js';
import { bestFirst, type RankingChartData } from './ranking-input.js';
import { rankingLabels } from './ranking-labels.js';
import { rankingLayout } from './ranking-layout.js';
import { rankingOption } from './ranking-option.js';
import { pageRows, rankingPageCount } from './ranking-pages.js';
import { svgToPng } from './rasterize.js';
import { renderSvg } from './svg-chart.js';

/** One page of a checked ranking as a PNG; the chart drawer's work (see ranking-chart.ts). */
export async function drawRankingChart({ title, subtitle, lang, rows, page = 1 }: RankingChartData): Promise<Buffer> {
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
