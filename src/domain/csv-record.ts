/**
 * One CSV record as RFC 4180 writes it, CRLF-ended: a cell holding a comma,
 * a quote or a line break is quoted, its quotes doubled. Written by hand
 * because the ledger writes tens of thousands of records per export, and a
 * general CSV writer's per-record options cost more than the record itself.
 */
export function csvRecord(cells: readonly string[]): string {
  return `${cells.map(quoted).join(',')}\r\n`;
}

const NEEDS_QUOTES = /[",\r\n]/;
const quoted = (cell: string) => (NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
