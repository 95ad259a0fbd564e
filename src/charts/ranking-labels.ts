import { defineMessages } from '../i18n/lang.js';
import type { RankingChange } from './ranking-input.js';

export type ChangeKind = 'up' | 'down' | 'same' | 'new';

export const rankingLabels = defineMessages({
  zh: {
    changeColumn: '较上月',
    up: '进位',
    down: '退位',
    same: '位次不变',
    new: '新上榜',
    newMark: '新',
    page: (page: number, pages: number, first: number, last: number) => `第${page}/${pages}页 · 第${first}—${last}名`,
  },
  en: {
    changeColumn: 'vs last month',
    up: 'up',
    down: 'down',
    same: 'unchanged',
    new: 'newly ranked',
    newMark: 'new',
    page: (page: number, pages: number, first: number, last: number) =>
      `page ${page} of ${pages} · ranks ${first}–${last}`,
  },
});

export function changeKind(change: RankingChange): ChangeKind {
  if (change === 'new') return 'new';
  return change > 0 ? 'up' : change < 0 ? 'down' : 'same';
}

/** ↑2 / ↓1 / — / 新, as the change column shows it. */
export function changeMark(change: RankingChange, newMark: string): string {
  if (change === 'new') return newMark;
  return change > 0 ? `↑${change}` : change < 0 ? `↓${-change}` : '—';
}
