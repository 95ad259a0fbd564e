import { textWidth } from './text-width.js';

/** Slack shows a picture this wide at full size in the viewer, and scaled down in the channel. */
export const CHART_WIDTH = 1200;
export const PAD = 24;
export const ROW_HEIGHT = 32;
/** Title, subtitle and the score axis above the first bar. */
export const GRID_TOP = 120;
/** The legend of the change marks below the last bar. */
export const GRID_BOTTOM = 56;

export const FONT = { title: 24, subtitle: 15, name: 16, rank: 15, score: 15, change: 15, axis: 12, legend: 14 };

export const RANK_WIDTH = 36;
const RANK_GAP = 10;
const NAME_MIN = 96;
// Wide enough for every Chinese zone name of the plan and most English ones; longer ones end in an ellipsis.
export const NAME_MAX = 380;
/** Room right of the longest bar for its score (100.0). */
export const SCORE_ROOM = 60;
const CHANGE_WIDTH = 110;

export interface RankingLayout {
  width: number;
  height: number;
  nameWidth: number;
  gridLeft: number;
  gridRight: number;
}

export function rankingLayout(names: readonly string[], rowCount: number): RankingLayout {
  const longest = Math.max(...names.map((name) => textWidth(name, FONT.name)));
  const nameWidth = Math.ceil(Math.min(NAME_MAX, Math.max(NAME_MIN, longest)));
  return {
    width: CHART_WIDTH,
    height: GRID_TOP + rowCount * ROW_HEIGHT + GRID_BOTTOM,
    nameWidth,
    gridLeft: PAD + RANK_WIDTH + RANK_GAP + nameWidth + 12,
    gridRight: SCORE_ROOM + CHANGE_WIDTH,
  };
}
