import { describe, expect, it } from 'vitest';
import { comparable, comparableOf, pacePair } from '../../src/domain/comparable.js';
import { outlookOf } from '../../src/domain/outlook.js';
import { type Projected, type Projection, projectionFor, projectTarget } from '../../src/domain/projection.js';
import type { IndicatorData, TargetData } from '../../src/plan/types.js';
import { type FigureRow, factsOf, PLAN } from '../support/command-context.js';

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
    dueOn: '2025-12-31',
    fromYear: null,
    zones: ['a'],
    text: '',
    position: 0,
    ...fields,
  };
}

const indicator = (measure: 'flow' | 'stock', unit = '个'): IndicatorData => ({
  key: 'n',
  name: '指标',
  nameEn: 'indicator',
  unit,
  unitEn: unit,
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

const WINDOW = { baselineYear: 2020, endsOn: '2025-12-31' };
const IN_PLAN = '2024-06-30';

function project(
  t: TargetData,
  rows: FigureRow[],
  options: { measure?: 'flow' | 'stock'; unit?: string; subject?: (string | null)[]; today?: string } = {},
): Projection {
  const i = indicator(options.measure ?? 'stock', options.unit);
  return projectTarget(t, i, options.subject ?? ['a'], factsOf(rows), WINDOW, options.today ?? IN_PLAN);
}

function projected(p: Projection): Projected {
  if (p.state !== 'projected') throw new Error(`no projection: ${p.reason}`);
  return p;
}

describe('comparable figures', () => {
  it('keys a year by its annual figure, else its December, and months by month', () => {
    const keyed = comparable(
      [
        { period: '2022-12', value: 1 },
        { period: '2022', value: 2 },
        { period: '2023-06', value: 3 },
        { period: '2023-12', value: 4 },
        { period: '2026', value: 9 },
      ],
      2025,
    );
    expect([...keyed]).toEqual([
      ['2022', 2],
      ['2023-06', 3],
      ['2023', 4],
    ]);
  });

  it('sums zones only over the periods every one of them reported', () => {
    const facts = factsOf([row('2020', 1), row('2021', 2), row('2020', 10, 'b'), row('2021-12', 20, 'b')]);
    expect([...comparableOf(facts, ['a', 'b'], 'n', 2025)]).toEqual([
      ['2020', 11],
      ['2021', 22],
    ]);
    const partial = factsOf([row('2020', 1), row('2021', 2), row('2021', 20, 'b')]);
    expect([...comparableOf(partial, ['a', 'b'], 'n', 2025)]).toEqual([['2021', 22]]);
  });

  it('measures the pace from the latest figure that has an earlier one of its kind, back to the earliest', () => {
    const keyed = new Map([
      ['2020', 100],
      ['2021-06', 40],
      ['2022', 150],
      ['2023-06', 60],
      ['2024-03', 30],
    ]);
    // March 2024 has no earlier March: June 2023 against June 2021 is the latest pair.
    expect(pacePair(keyed)).toEqual({ from: { period: '2021-06', value: 40 }, to: { period: '2023-06', value: 60 } });
    // Two year-to-date figures of one year give no pace.
    expect(
      pacePair(
        new Map([
          ['2024-03', 1],
          ['2024-06', 2],
        ]),
      ),
    ).toBeNull();
  });
});

describe('the verdict rule', () => {
  it('is on course when the projection meets the goal, at risk within a tenth of it, a miss beyond', () => {
    const rising = { comparator: 'gte' as const, goal: 1000, goalMax: null };
    expect(outlookOf(1000, rising)).toBe('on_course');
    expect(outlookOf(900, rising)).toBe('at_risk');
    expect(outlookOf(899, rising)).toBe('will_miss');
    const ceiling = { comparator: 'lte' as const, goal: 100, goalMax: null };
    expect(outlookOf(100, ceiling)).toBe('on_course');
    expect(outlookOf(110, ceiling)).toBe('at_risk');
    expect(outlookOf(111, ceiling)).toBe('will_miss');
    const range = { comparator: 'gte' as const, goal: 3, goalMax: 4 };
    expect(outlookOf(4.3, range)).toBe('at_risk');
    expect(outlookOf(2.6, range)).toBe('will_miss');
  });
});

describe('projectTarget', () => {
  it('projects a flow by compound growth from its latest year total', () => {
    // 300 → 450 over 2020–2022: √1.5 − 1 = 22.47% a year; 450 × 1.5^1.5 = 826.70 by 2025,
    // 17.3% short of 1,000: a miss. (1000/450)^(1/3) − 1 = 30.50% a year needed.
    const p = projected(
      project(target({ comparator: 'gt' }), [row('2020', 300), row('2022', 450)], {
        measure: 'flow',
        today: '2023-06-30',
      }),
    );
    expect(p).toMatchObject({ method: 'compound', quantity: 'level', verdict: 'will_miss' });
    expect(p.from).toEqual({ period: '2020', value: 300 });
    expect(p.to).toEqual({ period: '2022', value: 450 });
    expect(p.currentGrowth).toBeCloseTo(0.224745, 6);
    expect(p.expected).toBeCloseTo(826.7028, 4);
    expect(p.neededGrowth).toBeCloseTo(0.304956, 6);
    expect(p.shortfall).toBeCloseTo(0.173297, 6);
  });

  it('measures a flow’s pace on the same month of two years, and carries the latest year total', () => {
    // June 200 → 230: +15%; the 2023 total 420 × 1.15² = 555.45 by 2025, past 500: on course.
    // (500/420)^½ − 1 = 9.11% a year needed.
    const p = projected(
      project(target({ value: 500 }), [row('2023-06', 200), row('2023', 420), row('2024-06', 230)], {
        measure: 'flow',
        today: '2024-08-15',
      }),
    );
    expect(p).toMatchObject({ method: 'compound', verdict: 'on_course', base: { period: '2023', value: 420 } });
    expect(p.currentGrowth).toBeCloseTo(0.15, 10);
    expect(p.expected).toBeCloseTo(555.45, 8);
    expect(p.neededGrowth).toBeCloseTo(0.091089, 6);
  });

  it('gives no projection for a single figure, or two year-to-date figures of one year', () => {
    expect(project(target({}), [row('2022', 450)])).toEqual({ state: 'none', reason: 'too_few_figures' });
    const sameYear = [row('2020', 300), row('2024-03', 100), row('2024-06', 210)];
    expect(project(target({}), sameYear, { measure: 'flow' })).toEqual({ state: 'none', reason: 'too_few_figures' });
  });

  it('projects a falling series, and a goal met now that the pace would lose', () => {
    // 500 → 405: 0.81^½ − 1 = −10% a year; 405 × 0.9³ = 295.245, 26.2% short of 400.
    const p = projected(project(target({ value: 400 }), [row('2020', 500), row('2022', 405)], { measure: 'flow' }));
    expect(p.currentGrowth).toBeCloseTo(-0.1, 10);
    expect(p.expected).toBeCloseTo(295.245, 8);
    expect(p).toMatchObject({ neededGrowth: 0, verdict: 'will_miss' });
  });

  it('falls back to a yearly amount where compound growth has no base, and never yields NaN', () => {
    // From zero: 0 → 50 is 25 a year, 50 + 3 × 25 = 125 by 2025.
    const fromZero = projected(project(target({ value: 100 }), [row('2020', 0), row('2022', 50)], { measure: 'flow' }));
    expect(fromZero).toMatchObject({ method: 'linear', currentGrowth: 25, expected: 125, verdict: 'on_course' });
    // Down to zero: −50 a year stops at 0; (100 − 0) / 3 a year needed.
    const toZero = projected(project(target({ value: 100 }), [row('2020', 100), row('2022', 0)], { measure: 'flow' }));
    expect(toZero).toMatchObject({ method: 'linear', currentGrowth: -50, expected: 0, verdict: 'will_miss' });
    expect(toZero.neededGrowth).toBeCloseTo(100 / 3, 10);
    // Below zero nothing is clamped: −10 → 10 is 10 a year, 40 by 2025.
    const negative = projected(
      project(target({ value: 30 }), [row('2020', -10), row('2022', 10)], { measure: 'flow' }),
    );
    expect(negative).toMatchObject({ method: 'linear', expected: 40, verdict: 'on_course' });
    for (const p of [fromZero, toZero, negative]) {
      expect(Object.values(p).filter((v) => typeof v === 'number' && Number.isNaN(v))).toEqual([]);
    }
  });

  it('projects a count by a steady yearly amount from its latest figure, in months to the due date', () => {
    // September 200 → 230: 30 a year; 15 months to the end of 2025: 230 + 37.5 = 267.5,
    // 7.8% short of 290: at risk. (290 − 230) / 1.25 = 48 a year needed.
    const p = projected(
      project(target({ value: 290 }), [row('2023-09', 200), row('2024-09', 230)], { today: '2024-11-01' }),
    );
    expect(p).toMatchObject({ method: 'linear', currentGrowth: 30, expected: 267.5, neededGrowth: 48 });
    expect(p.verdict).toBe('at_risk');
  });

  it('calls a target already met on course, with no growth needed', () => {
    // 100 → 130 over 2020–2023 (a December count stands for its year): 10 a year, 150 by 2025.
    const p = projected(project(target({ value: 120 }), [row('2020', 100), row('2023-12', 130)]));
    expect(p).toMatchObject({ base: { period: '2023', value: 130 }, expected: 150, neededGrowth: 0 });
    expect(p.verdict).toBe('on_course');
  });

  it('compounds a doubling from its baseline, and needs the baseline for its goal', () => {
    // 100 → 150 over 2020–2023: 1.5^⅓ − 1 = 14.47% a year; 150 × 1.5^⅔ = 196.56 by 2025,
    // 1.7% short of 200: at risk. (200/150)^½ − 1 = 15.47% a year needed.
    const doubling = target({ kind: 'multiple', value: 2 });
    const p = projected(project(doubling, [row('2020', 100), row('2023', 150)]));
    expect(p).toMatchObject({ method: 'compound', goal: 200, verdict: 'at_risk' });
    expect(p.currentGrowth).toBeCloseTo(0.144714, 6);
    expect(p.expected).toBeCloseTo(196.5556, 4);
    expect(p.neededGrowth).toBeCloseTo(0.154701, 6);
    expect(project(doubling, [row('2021', 100), row('2023', 150)])).toEqual({ state: 'none', reason: 'no_baseline' });
  });

  it('projects a ceiling, lower being better', () => {
    // A count 100 → 90: −5 a year, 75 by 2025, under 80. (80 − 90) / 3 a year needed.
    const count = projected(project(target({ comparator: 'lte', value: 80 }), [row('2020', 100), row('2022', 90)]));
    expect(count).toMatchObject({ method: 'linear', currentGrowth: -5, expected: 75, verdict: 'on_course' });
    expect(count.neededGrowth).toBeCloseTo(-10 / 3, 10);
    // A flow 100 → 95: −2.53% a year; 95 × 0.95^1.5 = 87.96 by 2025, 3.5% above 85: at risk.
    // (85/95)^⅓ − 1 = −3.64% a year needed.
    const flow = projected(
      project(target({ comparator: 'lte', value: 85 }), [row('2020', 100), row('2022', 95)], { measure: 'flow' }),
    );
    expect(flow).toMatchObject({ method: 'compound', verdict: 'at_risk' });
    expect(flow.expected).toBeCloseTo(87.9648, 4);
    expect(flow.neededGrowth).toBeCloseTo(-0.036396, 6);
  });

  it('takes a range’s nearer bound, and an overshoot beyond its top as a miss', () => {
    // 1 → 3: 1 a year, 6 by 2025, half as much again as the top of 3–4.
    const p = projected(project(target({ value: 3, valueMax: 4 }), [row('2020', 1), row('2022', 3)]));
    expect(p).toMatchObject({ expected: 6, neededGrowth: 0, verdict: 'will_miss', shortfall: 0.5 });
  });

  it('caps a percentage at 100 and says when no time is left to grow', () => {
    // 40% → 80% from March to March: 40 points a year; 80 + 0.75 × 40 = 110, read as 100.
    const rate = target({ value: 100, dueOn: '2022-12-31' });
    const p = projected(project(rate, [row('2021-03', 40), row('2022-03', 80)], { unit: '%', today: '2022-05-01' }));
    expect(p).toMatchObject({ expected: 100, verdict: 'on_course' });
    expect(p.neededGrowth).toBeCloseTo(80 / 3, 10);
    // The due year's December is in: 900 → 1,100 stands, 8.3% short of 1,200, and no growth can be needed.
    const last = projected(
      project(target({ value: 1200 }), [row('2024', 900), row('2025-12', 1100)], {
        measure: 'flow',
        today: '2025-12-20',
      }),
    );
    expect(last).toMatchObject({ expected: 1100, neededGrowth: null, verdict: 'at_risk' });
  });

  it('projects the zones’ share of the city as a level of its own, from periods all of them reported', () => {
    // 200 of 500 = 40% in 2020, 250 of 550 = 45.45% in 2022: 2.73 points a year, 53.64% by 2025.
    // (50 − 45.45) / 3 = 1.52 points a year needed.
    const share = target({ kind: 'share', value: 50, aggregate: 'total', zones: ['a', 'b'] });
    const rows = [
      ...[row('2020', 100), row('2020', 100, 'b'), row('2020', 500, null)],
      ...[row('2022', 130), row('2022', 120, 'b'), row('2022', 550, null)],
    ];
    const p = projected(project(share, rows, { measure: 'flow', subject: ['a', 'b'] }));
    expect(p).toMatchObject({ method: 'linear', quantity: 'share', verdict: 'on_course' });
    expect(p.currentGrowth).toBeCloseTo(2.727273, 6);
    expect(p.expected).toBeCloseTo(53.636364, 6);
    expect(p.neededGrowth).toBeCloseTo(1.515152, 6);
    const partial = rows.filter((r) => !(r.zone === 'b' && r.period === '2022'));
    expect(project(share, partial, { subject: ['a', 'b'] })).toEqual({ state: 'none', reason: 'too_few_figures' });
  });

  it('sums a city-wide total only where every zone reported', () => {
    const total = target({ value: 400, aggregate: 'total', zones: ['a', 'b'] });
    const rows = [row('2020', 100), row('2022', 150), row('2022', 100, 'b')];
    expect(project(total, rows, { subject: ['a', 'b'] })).toEqual({ state: 'none', reason: 'too_few_figures' });
    // 200 → 250: 25 a year, 325 by 2025, 18.75% short of 400.
    const p = projected(project(total, [...rows, row('2020', 100, 'b')], { subject: ['a', 'b'] }));
    expect(p).toMatchObject({ expected: 325, verdict: 'will_miss', shortfall: 0.1875 });
  });

  it('carries a cumulative total at the average of its whole years', () => {
    // 8 + 9 = 17 in 2021–2022, 8.5 a year; 2023 (3 so far), 2024 and 2025 at 8.5: 42.5, past 40.
    // (40 − 17) / 3 a year needed.
    const cumulative = target({ kind: 'cumulative', comparator: 'gt', value: 40, fromYear: 2021 });
    const rows = [row('2020', 5), row('2021', 8), row('2022-12', 9), row('2023-06', 3)];
    const p = projected(project(cumulative, rows, { measure: 'flow', today: '2023-08-01' }));
    expect(p).toMatchObject({ method: 'linear', quantity: 'cumulative', currentGrowth: 8.5, expected: 42.5 });
    expect(p).toMatchObject({ base: { period: '2023-06', value: 20 }, verdict: 'on_course' });
    expect(p.neededGrowth).toBeCloseTo(23 / 3, 10);
    // One whole year, or a year left out, is no pace.
    const tooFew = { state: 'none', reason: 'too_few_figures' };
    expect(project(cumulative, rows.slice(0, 2), { measure: 'flow' })).toEqual(tooFew);
    expect(project(cumulative, [row('2021', 8), row('2023', 9)], { measure: 'flow' })).toEqual(tooFew);
  });

  describe('a rank, lower being better, owed at least one place up every year from 2022', () => {
    const rankGain = target({ kind: 'rank_gain', value: 1, fromYear: 2022 });
    const ranks = (...values: number[]) => values.map((v, i) => row(String(2020 + i), v));

    it('projects the average places gained a year', () => {
      // 10 → 5 over 2020–2023: 5/3 places a year; 5 − 2 × 5/3 = 1.67 by 2025. Every year gained at least one.
      const p = projected(project(rankGain, ranks(10, 8, 7, 5), { today: '2024-06-30' }));
      expect(p).toMatchObject({ quantity: 'rank', neededGrowth: 1, shortYears: [], verdict: 'on_course' });
      expect(p.currentGrowth).toBeCloseTo(5 / 3, 10);
      expect(p.expected).toBeCloseTo(5 / 3, 10);
    });

    it('calls it a miss once a year has fallen short, whatever the average', () => {
      const p = projected(project(rankGain, ranks(10, 6, 6, 5)));
      expect(p).toMatchObject({ shortYears: [2022], verdict: 'will_miss', shortfall: 1 });
      expect(p.currentGrowth).toBeCloseTo(5 / 3, 10);
    });

    it('projects a fall further down', () => {
      // 5 → 6: one place down a year; 6 + 3 = 9 by 2025.
      const p = projected(project(rankGain, [row('2021', 5), row('2022', 6)], { today: '2023-01-15' }));
      expect(p).toMatchObject({ currentGrowth: -1, expected: 9, shortYears: [2022], verdict: 'will_miss' });
    });

    it('gives no projection for one rank, or for several zones', () => {
      expect(project(rankGain, ranks(10))).toEqual({ state: 'none', reason: 'too_few_figures' });
      expect(project(rankGain, ranks(10, 9), { subject: ['a', 'b'] })).toEqual({ state: 'none', reason: 'per_zone' });
    });
  });

  it('gives way to the verdict after the due date and the plan’s end, and leaves yearly counts to their years', () => {
    const rows = [row('2020', 300), row('2022', 450)];
    expect(project(target({}), rows, { today: '2026-01-01' })).toEqual({ state: 'none', reason: 'plan_ended' });
    expect(project(target({ dueOn: '2022-06-30' }), rows)).toEqual({ state: 'none', reason: 'past_due' });
    const yearly = target({ kind: 'yearly', value: 2, fromYear: 2022 });
    expect(project(yearly, rows)).toEqual({ state: 'none', reason: 'per_year' });
  });
});

describe('projectionFor', () => {
  it('reads the real plan’s targets as their views do: a zone’s own, or all zones together', () => {
    const facts = factsOf([
      { zone: 'xuwei', indicator: 'gdp', period: '2020', value: 300 },
      { zone: 'xuwei', indicator: 'gdp', period: '2022', value: 450 },
    ]);
    const xuwei = PLAN.data.targets.find((t) => t.key === 'goal-gdp-xuwei');
    const total = PLAN.data.targets.find((t) => t.key === 'goal-gdp-total');
    if (!xuwei || !total) throw new Error('targets missing from the plan');
    const own = projected(projectionFor(PLAN, xuwei, 'xuwei', facts, { today: '2023-06-30' }));
    expect(own.expected).toBeCloseTo(826.7028, 4);
    // Eleven zones never reported: no figure of all twelve together.
    expect(projectionFor(PLAN, total, 'xuwei', facts, { today: '2023-06-30' })).toEqual({
      state: 'none',
      reason: 'too_few_figures',
    });
    expect(projectionFor(PLAN, xuwei, 'xuwei', facts, { today: '2026-12-01' })).toEqual({
      state: 'none',
      reason: 'plan_ended',
    });
  });
});
