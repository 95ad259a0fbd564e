import type { RankingChartInput } from '../charts/ranking-chart.js';
import type { Lang } from '../i18n/lang.js';

/**
 * A report as plain blocks of text, tables and charts, in reading order:
 * what the document says, apart from how Word lays it out. Built by pure
 * functions, so the same facts give the same outline, and tests read it
 * without opening a document.
 */
export type Block =
  /** The report's title, centred in the title font. */
  | { kind: 'title'; text: string }
  /** A centred line under the title: the document number, the date, the as-of time. */
  | { kind: 'subtitle'; text: string }
  /** 一、 (level 1), （一） (level 2), 1. (level 3): the number is part of the text, as a typed document has it. */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  /** A table with one header row; widths are shares of the text width, one per column. */
  | { kind: 'table'; header: string[]; rows: string[][]; widths: number[] }
  | { kind: 'chart'; chart: RankingChartInput; caption: string };

export interface Outline {
  /** The file's title and subject, for the document's properties. */
  title: string;
  lang: Lang;
  blocks: Block[];
}
