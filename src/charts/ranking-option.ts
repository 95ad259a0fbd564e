import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TitleComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { Lang } from '../domain/lang.js';
import type { RankingRow } from './ranking-input.js';
import { type ChangeKind, changeKind, changeMark, rankingLabels } from './ranking-labels.js';
import { FONT, GRID_BOTTOM, GRID_TOP, PAD, RANK_WIDTH, type RankingLayout, SCORE_ROOM } from './ranking-layout.js';
import { richSafe } from './rich-text.js';
import { fitText } from './text-width.js';

export type RankingOption = ComposeOption<BarSeriesOption | GridComponentOption | TitleComponentOption>;

/** Red for a zone that moved up and green for one that fell, as Chinese boards and markets show them. */
export const CHANGE_COLOURS: Record<ChangeKind, string> = {
  up: '#cf1322',
  down: '#389e0d',
  same: '#8c8c8c',
  new: '#d46b08',
};
const KINDS = ['up', 'down', 'same', 'new'] as const;
const BAR = '#2f6db5';
const INK = '#262626';
const MUTED = '#8c8c8c';

export interface RankingPage {
  title: string;
  /** The caller's subtitle, with the page named when there are several. */
  subtitle: string;
  lang: Lang;
  rows: RankingRow[];
}

const changeRich = Object.fromEntries(
  Object.entries(CHANGE_COLOURS).map(([kind, color]) => [kind, { color, fontSize: FONT.change }]),
);

export function rankingOption(page: RankingPage, layout: RankingLayout, fontFamily: string): RankingOption {
  const t = rankingLabels(page.lang);
  const names = page.rows.map((row) => richSafe(fitText(row.zone, layout.nameWidth, FONT.name)));
  // Categories by row, not by name: two zones may share a name once it is cut short.
  const rowIndexes = page.rows.map((_, index) => String(index));
  const samples: Record<ChangeKind, string> = { up: '↑n', down: '↓n', same: changeMark(0, t.newMark), new: t.newMark };
  // SVG drops a text's leading space, so the gaps are paddings, not spaces.
  const legend = KINDS.map((kind) => `{${kind}|${samples[kind]}}{legend|${t[kind]}}`).join('');
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily, color: INK },
    title: [
      {
        text: page.title,
        subtext: page.subtitle,
        left: PAD,
        top: 18,
        itemGap: 8,
        textStyle: { fontSize: FONT.title, fontWeight: 'normal', color: INK },
        subtextStyle: { fontSize: FONT.subtitle, color: MUTED },
      },
      {
        text: legend,
        left: PAD,
        bottom: 16,
        textStyle: {
          fontSize: FONT.legend,
          fontWeight: 'normal',
          color: MUTED,
          rich: { ...changeRich, legend: { fontSize: FONT.legend, color: MUTED, padding: [0, 32, 0, 6] } },
        },
      },
    ],
    grid: { left: layout.gridLeft, right: layout.gridRight, top: GRID_TOP, bottom: GRID_BOTTOM },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: 20,
      position: 'top',
      axisLabel: { fontSize: FONT.axis, color: MUTED },
      splitLine: { lineStyle: { color: '#f0f0f0' } },
    },
    yAxis: [
      {
        type: 'category',
        inverse: true,
        data: rowIndexes,
        axisLine: { show: false },
        axisTick: { show: false },
        axisLabel: {
          // Drawn from the left edge, so ranks line up in a column and names start together.
          align: 'left',
          margin: layout.gridLeft - PAD,
          formatter: (index: string) => {
            const i = Number(index);
            return `{rank|${page.rows[i]?.rank ?? ''}}{name|${names[i] ?? ''}}`;
          },
          rich: {
            rank: { width: RANK_WIDTH, align: 'left', fontSize: FONT.rank, color: MUTED, padding: [0, 10, 0, 0] },
            name: { width: layout.nameWidth, align: 'left', fontSize: FONT.name, color: INK },
          },
        },
      },
      {
        type: 'category',
        inverse: true,
        position: 'right',
        offset: SCORE_ROOM,
        data: rowIndexes,
        name: t.changeColumn,
        nameLocation: 'start',
        nameTextStyle: { fontSize: FONT.axis, color: MUTED, align: 'left' },
        axisLine: { show: false },
        axisTick: { show: false },
        axisLabel: {
          margin: 0,
          formatter: (index: string) => {
            const change = page.rows[Number(index)]?.change ?? 0;
            return `{${changeKind(change)}|${changeMark(change, t.newMark)}}`;
          },
          rich: changeRich,
        },
      },
    ],
    series: [
      {
        type: 'bar',
        data: page.rows.map((row) => row.score),
        barCategoryGap: '40%',
        itemStyle: { color: BAR, borderRadius: [0, 3, 3, 0] },
        label: {
          show: true,
          position: 'right',
          fontSize: FONT.score,
          color: INK,
          formatter: ({ value }) => (typeof value === 'number' ? value.toFixed(1) : ''),
        },
      },
    ],
  };
}
