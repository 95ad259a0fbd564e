import { describe, expect, it } from 'vitest';
import {
  countRags,
  judgeTarget,
  periodEnd,
  ragOfGap,
  ragOfRankGain,
  timeFraction,
  type Verdict,
} from '../../src/domain/schedule.js';
import type { IndicatorData, TargetData } from '../../src/plan/types.js';
import { DEFAULT_THRESHOLDS, type FigureRow, factsOf } from '../support/command-context.js';

function target(fields: Partial<TargetData>): TargetData {
  return {
    key: 't',
    task: null,
    indicator: 'n',
    kind: 'level',
    comparator: 'gte',
    value: 1000,
    valueMax: null,
    scope: 'zone',
    aggregate: 'each',
    // Two years from the baseline: a 2021 annual figure sits exactly halfway.
    dueOn: '2022-12-31',
    fromYear: null,
    zones: ['a'],
    text: '',
    position: 0,
    ...fields,
  };
}

const indicator = (measure: 'flow' | 'stock'): IndicatorData => ({
  key: 'n',
  name: '指标',
  nameEn: 'indicator',
  unit: '个',
  unitEn: 'units',
  lowerIsBetter: false,
  measure,
  overseenBy: [],
  position: 0,
});

const row = (period: string, value: number, zone: string | null = 'a'): FigureRow => ({
  zone,
  indicator: 'n',
  period,
  value,
});

const IN_PLAN = '2022-03-31';

function judge(
  t: TargetData,
  rows: FigureRow[],
  options: { today?: string; measure?: 'flow' | 'stock'; subject?: (string | null)[] } = {},
): Verdict {
  const judging = { today: options.today ?? IN_PLAN, thresholds: DEFAULT_THRESHOLDS };
  return judgeTarget(t, indicator(options.measure ?? 'stock'), options.subject ?? ['a'], factsOf(rows), 2020, judging)
    .verdict;
}

describe('time fraction', () => {
  it('ends a period on its last day, Dec 31 for an annual figure', () => {
    expect(periodEnd('2024-02')).toBe('2024-02-29');
    expect(periodEnd('2023-04')).toBe('2023-04-30');
    expect(periodEnd('2023-12')).toBe('2023-12-31');
    expect(periodEnd('2023')).toBe('2023-12-31');
  });

  it('counts whole days from the start to the due date, clamped to [0, 1]', () => {
    expect(timeFraction('2021-01-01', '2022-12-31', '2021-12-31')).toBe(0.5);
    expect(timeFraction('2021-01-01', '2025-12-31', '2023-06-30')).toBeCloseTo(911 / 1826, 12);
    expect(timeFraction('2021-01-01', '2022-12-31', '2020-12-31')).toBe(0);
    expect(timeFraction('2021-01-01', '2022-12-31', '2026-11-28')).toBe(1);
  });
});

describe('colour from the gap to 序时进度', () => {
  it('keeps a gap exactly at a threshold in the better colour', () => {
    const rag = (gap: number) => ragOfGap(gap, DEFAULT_THRESHOLDS);
    expect([rag(15), rag(0), rag(-10), rag(-10.01), rag(-30), rag(-30.01), rag(-100)]).toEqual([
      'green',
      'green',
      'green',
      'yellow',
      'yellow',
      'red',
      'red',
    ]);
  });

  it('follows configured thresholds', () => {
    const strict = { yellowPoints: 5, redPoints: 20, dueSoonDays: 30 };
    expect([ragOfGap(-5, strict), ragOfGap(-6, strict), ragOfGap(-20, strict), ragOfGap(-21, strict)]).toEqual([
      'green',
      'yellow',
      'yellow',
      'red',
    ]);
  });

  it('meets the edges through a real reading: halfway through, 序时进度 is 50%', () => {
    const t = target({});
    const at = (value: number) => judge(t, [row('2021', value)]);
    expect(at(400)).toMatchObject({ rag: 'green', pace: { actual: 40, expected: 50, gap: -10 } });
    expect(at(399)).toMatchObject({ rag: 'yellow', pace: { gap: -10.1 } });
    expect(at(200)).toMatchObject({ rag: 'yellow', pace: { gap: -30 } });
    expect(at(199)).toMatchObject({ rag: 'red', pace: { gap: -30.1 } });
  });

  it('rounds the figures to one decimal as shown, so the gap is their difference and the light follows them', () => {
    // 21.43% of the way against 39.98% due: shown as 21.4 and 40, so 18.6 behind, not 18.55 rounded to 18.5.
    const gdp = target({ value: 1000, dueOn: '2025-12-31' });
    expect(judge(gdp, [row('2020', 300), row('2022', 450)], { today: '2023-06-30' }).pace).toEqual({
      actual: 21.4,
      expected: 40,
      gap: -18.6,
    });
    // 39.96% against 50%: shown as 40 and 50, exactly 10 behind, so green like any gap of 10 shown.
    expect(judge(target({}), [row('2021', 399.6)])).toMatchObject({ rag: 'green', pace: { actual: 40, gap: -10 } });
  });
});

describe('the path from baseline to goal', () => {
  it('runs straight from the 2020 figure for a level, and from zero without one', () => {
    const t = target({ value: 200 });
    expect(judge(t, [row('2020', 100), row('2021', 140)]).pace).toEqual({ actual: 40, expected: 50, gap: -10 });
    expect(judge(t, [row('2021', 140)]).pace).toEqual({ actual: 70, expected: 50, gap: 20 });
  });

  it('compounds for a multiple (翻一番): halfway in time is √2 of the baseline, not 1.5', () => {
    const doubling = target({ kind: 'multiple', value: 2 });
    const v = judge(doubling, [row('2020', 100), row('2021', 132)]);
    expect(v.pace?.expected).toBe(41.4);
    expect(v).toMatchObject({ rag: 'green', pace: { actual: 32 } });
    // The same figure on a straight line to the same goal is more than 10 points behind.
    expect(judge(target({ value: 200 }), [row('2020', 100), row('2021', 132)])).toMatchObject({
      rag: 'yellow',
      pace: { expected: 50, gap: -18 },
    });
  });

  it('runs an increase (净增) from the baseline, and a cumulative sum from its first year', () => {
    const increase = target({ kind: 'increase', comparator: 'gt', value: 100 });
    expect(judge(increase, [row('2020', 50), row('2021', 90)]).pace).toEqual({ actual: 40, expected: 50, gap: -10 });
    const cumulative = target({ kind: 'cumulative', comparator: 'gt', value: 40, fromYear: 2021, dueOn: '2025-12-31' });
    const v = judge(cumulative, [row('2021', 8), row('2022', 8), row('2023-06', 3.5)], { measure: 'flow' });
    // A sum to date needs no scaling: it is held against the time gone by 30 Jun 2023.
    expect(v.pace?.actual).toBe(48.8);
    expect(v.pace?.expected).toBe(49.9);
    expect(v.rag).toBe('green');
  });

  it('holds a year-to-date flow figure against 9/12 of its year on the path', () => {
    const gdp = target({ value: 1000 });
    const rows = (ytd: number) => [row('2020', 300), row('2021-09', ytd)];
    // The path stands at 650 at the end of 2021; 9/12 of it is 487.5.
    expect(judge(gdp, rows(487.5), { measure: 'flow' }).pace).toEqual({ actual: 50, expected: 50, gap: 0 });
    const flow = judge(gdp, rows(450), { measure: 'flow' });
    expect(flow.rag).toBe('green');
    expect(flow.pace?.actual).toBe(42.9);
    // The same figure as a stock is read as it stands on 30 Sep 2021.
    const stock = judge(gdp, rows(450));
    expect(stock.pace?.expected).toBe(37.4);
    expect(stock.rag).toBe('yellow');
  });

  it('expects a yearly count pro rata through the year', () => {
    const yearly = target({ kind: 'yearly', value: 2, fromYear: 2022, dueOn: '2025-12-31' });
    const at = (period: string, value: number) => judge(yearly, [row(period, value)], { today: '2024-10-15' });
    expect(at('2024-06', 1)).toMatchObject({ rag: 'green', pace: { actual: 50, expected: 50, gap: 0 } });
    expect(at('2024-09', 1)).toMatchObject({ rag: 'yellow', pace: { expected: 75, gap: -25 } });
    expect(at('2024-06', 0)).toMatchObject({ rag: 'red', pace: { gap: -50 } });
    expect(at('2023', 2)).toMatchObject({ rag: 'green', pace: { expected: 100, gap: 0 } });
  });
});

describe('ranks, due dates and what cannot be judged', () => {
  it('lights a rank green on gaining the places asked, yellow when unchanged, red on 退位', () => {
    const rank = target({ kind: 'rank_gain', value: 1, fromYear: 2022, dueOn: '2025-12-31' });
    const rankNow = (now: number, today = '2024-03-01') => judge(rank, [row('2022', 8), row('2023', now)], { today });
    expect(rankNow(7)).toEqual({ rag: 'green', pace: null, final: null });
    expect(rankNow(8).rag).toBe('yellow');
    expect(rankNow(10).rag).toBe('red');
    expect([ragOfRankGain(2, 2), ragOfRankGain(1, 2), ragOfRankGain(0, 1), ragOfRankGain(-1, 1)]).toEqual([
      'green',
      'yellow',
      'yellow',
      'red',
    ]);
  });

  it('judges against 序时进度 up to the due date itself, and on the final figure alone from the day after', () => {
    const rate = target({ value: 100 });
    expect(judge(rate, [row('2022', 80)], { today: '2022-12-31' })).toEqual({
      rag: 'yellow',
      pace: { actual: 80, expected: 100, gap: -20 },
      final: null,
    });
    expect(judge(rate, [row('2022', 80)], { today: '2023-01-01' })).toEqual({
      rag: 'red',
      pace: null,
      final: 'not_met',
    });
    expect(judge(rate, [row('2022', 100)], { today: '2026-11-28' })).toEqual({
      rag: 'green',
      pace: null,
      final: 'met',
    });
  });

  it('judges on the latest figure, not on today: a zone is held to where it should have been when it reported', () => {
    const t = target({ value: 200, dueOn: '2025-12-31' });
    const early = judge(t, [row('2020', 100), row('2021', 120)], { today: '2024-06-30' });
    expect(early.pace?.expected).toBe(20);
    expect(early.rag).toBe('green');
  });

  it('cannot judge without figures, without a needed baseline, or a share without its 2020 share', () => {
    expect(judge(target({}), [])).toEqual({ rag: 'grey', pace: null, final: null });
    expect(judge(target({ kind: 'multiple', value: 2 }), [row('2021', 150)])).toEqual({
      rag: 'grey',
      pace: null,
      final: null,
    });
    const share = target({ kind: 'share', value: 50, aggregate: 'total' });
    const now = [row('2021', 45), row('2021', 100, null)];
    expect(judge(share, now).rag).toBe('grey');
    const then = [row('2020', 40), row('2020', 100, null)];
    expect(judge(share, [...then, ...now])).toMatchObject({ rag: 'green', pace: { actual: 50, expected: 50 } });
  });

  it('counts lights', () => {
    const v = (rag: Verdict['rag']): Verdict => ({ rag, pace: null, final: null });
    expect(countRags([v('red'), v('green'), v('green'), v('grey')])).toEqual({ red: 1, yellow: 0, green: 2, grey: 1 });
  });
});
