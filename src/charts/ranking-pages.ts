/**
 * Past this many zones one picture's bars get too thin to read in Slack, so a
 * province-sized ranking is drawn as several pictures of equal length.
 */
export const MAX_ROWS_PER_PAGE = 50;

export function rankingPageCount(rowCount: number): number {
  return Math.max(1, Math.ceil(rowCount / MAX_ROWS_PER_PAGE));
}

/** The rows of one page, from 1; pages share the rows evenly (51 rows: 26 + 25, not 50 + 1). */
export function pageRows<T>(rows: readonly T[], page: number): T[] {
  const pages = rankingPageCount(rows.length);
  if (page > pages) throw new RangeError(`page ${page} asked of a ranking with ${pages} page(s)`);
  const size = Math.ceil(rows.length / pages);
  return rows.slice((page - 1) * size, page * size);
}
