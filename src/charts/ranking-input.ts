import { z } from 'zod';
import { LANGS } from '../domain/lang.js';

/** Places moved since last month: +n up, −n down, 0 unchanged; 'new' for a zone not ranked last month. */
const change = z.union([z.number().int(), z.literal('new')]);

const row = z.object({
  /** The zone's name as readers know it (its short name in Chinese). */
  zone: z.string().trim().min(1),
  /** Composite score, 0–100. */
  score: z.number().min(0).max(100),
  /** 1 is best; tied zones share a rank. */
  rank: z.number().int().min(1),
  change,
});

export const rankingChartInput = z.object({
  title: z.string().trim().min(1),
  /** e.g. 2026年11月 · 综合得分 */
  subtitle: z.string(),
  lang: z.enum(LANGS),
  rows: z.array(row).min(1),
  /** Which page of a ranking too long for one picture, from 1; see rankingPageCount. */
  page: z.number().int().min(1).optional(),
});

export type RankingChange = z.infer<typeof change>;
export type RankingRow = z.infer<typeof row>;
export type RankingChartInput = z.input<typeof rankingChartInput>;
/** A ranking as checked, what the chart drawer draws. */
export type RankingChartData = z.output<typeof rankingChartInput>;

/** Best first: by rank, then score, then name, so the caller's order does not matter. */
export function bestFirst(rows: readonly RankingRow[]): RankingRow[] {
  return [...rows].sort((a, b) => a.rank - b.rank || b.score - a.score || a.zone.localeCompare(b.zone, 'zh-CN'));
}
