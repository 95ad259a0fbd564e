import { describe, expect, it } from 'vitest';
import { finalPeriods } from '../../src/domain/final-reading.js';
import { judgeTarget } from '../../src/domain/schedule.js';
import type { IndicatorData, TargetData } from '../../src/plan/types.js';
import { DEFAULT_THRESHOLDS, type FigureRow, factsOf } from '../support/command-context.js';

function target(fields: Partial<TargetData>): TargetData {
  return {
    key: 't',
    task: null,
    indicator: 'n',
    kind: 'level',
    comparator: 'gt',
    value: 800,
    valueMax: null,
    scope: 'zone',
    aggregate: 'each',
    dueOn: '2022-12-31',
    fromYear: null,
    zones: ['a'],
    text: '',
    position: 0,
    ...fields,
  };
}

const INDICATOR: IndicatorData = {
  key: 'n',
  name: '指标',
  nameEn: 'indicator',
  unit: '亿元',
  unitEn: 'yuan',
  lowerIsBetter: false,
  measure: 'flow',
  overseenBy: [],
  position: 0,
};

const row = (period: string, value: number, zone: string | null = 'a'): FigureRow => ({
  zone,
  indicator: 'n',
  period,
  value,
});

const AFTER = '2023-01-01';

function assess(t: TargetData, rows: FigureRow[], subject: (string | null)[] = ['a'], today = AFTER) {
  return judgeTarget(t, INDICATOR, subject, factsOf(rows), 2020, { today, thresholds: DEFAULT_THRESHOLDS });
}

describe('finalPeriods', () => {
  it('stands for a year by its annual figure, else its December; for another day by its month', () => {
    expect(finalPeriods('2025-12-31')).toEqual(['2025', '2025-12']);
    expect(finalPeriods('2024-06-30')).toEqual(['2024-06']);
  });
});

describe('a target past its due date, on its final figures', () => {
  it('says a missing final figure is missing, red, with no 序时 comparison to contradict it', () => {
    const t = target({});
    // Ahead of 序时进度 the day before the due date …
    expect(assess(t, [row('2021', 700)], ['a'], '2022-12-31').verdict).toMatchObject({
      rag: 'green',
      pace: { gap: 37.5 },
      final: null,
    });
    // … and the day after, not ahead and red at once: the 2022 figure is missing.
    expect(assess(t, [row('2021', 700)])).toEqual({
      reading: { state: 'missing', missing: ['2022'], latest: { period: '2021', value: 700 }, coverage: null },
      verdict: { rag: 'red', pace: null, final: 'missing' },
    });
    expect(assess(t, [])).toMatchObject({ reading: { latest: null }, verdict: { final: 'missing' } });
  });

  it("takes the due year's annual figure, else its December, and nothing after it", () => {
    const t = target({});
    expect(assess(t, [row('2022-12', 810)])).toMatchObject({
      reading: { state: 'measured', actual: 810, period: '2022-12', met: true },
      verdict: { rag: 'green', pace: null, final: 'met' },
    });
    expect(assess(t, [row('2022-12', 810), row('2022', 790)])).toMatchObject({
      reading: { actual: 790, period: '2022' },
      verdict: { rag: 'red', final: 'not_met' },
    });
    // A November is not the year's end, and a figure after the due year does not count.
    expect(assess(t, [row('2022-11', 900), row('2023', 900)]).verdict.final).toBe('missing');
  });

  it('needs the baseline for a multiple or an increase, since the goal is raised from it', () => {
    const doubling = target({ kind: 'multiple', comparator: 'gte', value: 2 });
    expect(assess(doubling, [row('2022', 500)]).reading).toMatchObject({ state: 'missing', missing: ['2020'] });
    expect(assess(doubling, [row('2020', 200)]).reading).toMatchObject({ missing: ['2022'] });
    expect(assess(doubling, [row('2020', 200), row('2022', 400)]).verdict.final).toBe('met');
    const increase = target({ kind: 'increase', value: 100 });
    expect(assess(increase, [row('2020', 200), row('2022', 290)]).verdict.final).toBe('not_met');
  });

  it('sums a total over the zones, and settles on part of them only when that part already reaches the goal', () => {
    const total = target({ aggregate: 'total', comparator: 'gte', value: 1000, zones: ['a', 'b', 'c'] });
    const zones = ['a', 'b', 'c'];
    expect(assess(total, [row('2022', 600, 'a'), row('2022', 500, 'b')], zones)).toMatchObject({
      reading: { state: 'measured', actual: 1100, coverage: { reported: 2, of: 3 } },
      verdict: { final: 'met' },
    });
    expect(assess(total, [row('2022', 300, 'a'), row('2022', 400, 'b'), row('2021', 900, 'c')], zones)).toMatchObject({
      reading: { state: 'missing', missing: ['2022'], coverage: { reported: 2, of: 3 } },
      verdict: { rag: 'red', final: 'missing' },
    });
    const all = [row('2022', 300, 'a'), row('2022', 400, 'b'), row('2022-12', 200, 'c')];
    expect(assess(total, all, zones)).toMatchObject({
      reading: { actual: 900, period: '2022' },
      verdict: { final: 'not_met' },
    });
    // Under a ceiling a missing zone could still break it.
    const ceiling = target({ ...total, comparator: 'lte' });
    expect(assess(ceiling, [row('2022', 300, 'a')], zones).verdict.final).toBe('missing');
  });

  it("holds a share to the city's final figure", () => {
    const share = target({ kind: 'share', comparator: 'gte', value: 50, aggregate: 'total', zones: ['a'] });
    expect(assess(share, [row('2022', 60)]).reading).toMatchObject({ state: 'missing', missing: ['2022'] });
    expect(assess(share, [row('2022', 60), row('2022', 100, null)])).toMatchObject({
      reading: { actual: 60 },
      verdict: { final: 'met' },
    });
    expect(assess(share, [row('2022', 40), row('2022', 100, null)]).verdict.final).toBe('not_met');
  });

  it("adds a cumulative target's years from their year-end figures, each of which is needed", () => {
    const sum = target({ kind: 'cumulative', value: 40, fromYear: 2021 });
    expect(assess(sum, [row('2021', 20), row('2022-12', 25)])).toMatchObject({
      reading: { state: 'measured', actual: 45, period: '2022' },
      verdict: { final: 'met' },
    });
    expect(assess(sum, [row('2021', 10), row('2022', 20)]).verdict.final).toBe('not_met');
    expect(assess(sum, [row('2021-09', 20), row('2022', 15)]).reading).toMatchObject({
      state: 'missing',
      missing: ['2021'],
      latest: { value: 35 },
    });
    // Already past the goal without a year's figure: no figure more could undo that.
    expect(assess(sum, [row('2022', 41)]).verdict.final).toBe('met');
  });

  it('judges a yearly obligation year by year: every year met, a year short, or a year missing', () => {
    const yearly = target({ kind: 'yearly', comparator: 'gte', value: 2, fromYear: 2021 });
    expect(assess(yearly, [row('2021', 2), row('2022', 3)])).toEqual({
      reading: {
        state: 'years',
        years: [
          { year: 2021, actual: 2, met: true },
          { year: 2022, actual: 3, met: true },
        ],
        missing: [],
        met: true,
      },
      verdict: { rag: 'green', pace: null, final: 'met' },
    });
    expect(assess(yearly, [row('2021', 1), row('2022', 3)]).verdict.final).toBe('not_met');
    expect(assess(yearly, [row('2021', 2), row('2022-06', 3)])).toMatchObject({
      reading: { missing: ['2022'] },
      verdict: { rag: 'red', final: 'missing' },
    });
    // A year already short settles it, whatever the missing year says.
    expect(assess(yearly, [row('2021', 1)])).toMatchObject({
      reading: { missing: ['2022'] },
      verdict: { final: 'not_met' },
    });
  });

  it('counts the places a rank gained each year from the year before', () => {
    const rank = target({ kind: 'rank_gain', comparator: 'gte', value: 1, fromYear: 2021 });
    expect(assess(rank, [row('2020', 8), row('2021', 7), row('2022', 6)]).verdict.final).toBe('met');
    expect(assess(rank, [row('2020', 8), row('2021', 7), row('2022', 7)])).toMatchObject({
      reading: {
        years: [
          { year: 2021, actual: 1, met: true },
          { year: 2022, actual: 0, met: false },
        ],
      },
      verdict: { final: 'not_met' },
    });
    expect(assess(rank, [row('2021', 7), row('2022', 6)])).toMatchObject({
      reading: { years: [{ year: 2022, actual: 1 }], missing: ['2020'] },
      verdict: { final: 'missing' },
    });
  });
});
