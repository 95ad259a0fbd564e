import { drawInChildProcess, warmDrawer } from './chart-process.js';
import { type RankingChartInput, rankingChartInput } from './ranking-input.js';
import { pageRows } from './ranking-pages.js';

export type { RankingChange, RankingChartInput, RankingRow } from './ranking-input.js';
export { MAX_ROWS_PER_PAGE, rankingPageCount } from './ranking-pages.js';

/**
 * The monthly ranking as PNGs, a picture per input: a bar per zone, best
 * first, with its rank, score and places moved since last month. A ranking
 * longer than MAX_ROWS_PER_PAGE is drawn a page at a time (input.page, from
 * 1). Each input is checked here, then all are drawn in one child process that
 * loads ECharts, resvg and the font and ends when done.
 */
export async function renderRankingCharts(inputs: RankingChartInput[]): Promise<Buffer[]> {
  const pages = inputs.map((input) => {
    const data = rankingChartInput.parse(input);
    // Refuses a page the ranking has not, before any process is started.
    pageRows(data.rows, data.page ?? 1);
    return data;
  });
  return pages.length ? drawInChildProcess(pages) : [];
}

/** Gets the drawing ready for a ranking chart about to be rendered. */
export const prepareRankingCharts = warmDrawer;

export async function renderRankingChart(input: RankingChartInput): Promise<Buffer> {
  const [png] = await renderRankingCharts([input]);
  return png as Buffer;
}
