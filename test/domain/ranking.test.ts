import { describe, expect, it } from 'vitest';
import { NO_FACTS } from '../../src/domain/facts.js';
import { checkWeights, monthlyRanking, type Ranking } from '../../src/domain/ranking.js';
import { factsAsOf } from '../../src/domain/ranking-facts.js';
import type { RankSnapshot } from '../../src/domain/ranking-history.js';
import { isMonth, lastClosedMonth, monthEnd, previousMonth } from '../../src/domain/ranking-month.js';
import { DEFAULT_THRESHOLDS, type FigureRow, factsOf, PLAN, type ReportRow } from '../support/command-context.js';
import { rankingPlan } from './ranking-fixtures.js';

// Plan order 东 西 北 安: the ranking must not follow it for ties.
const ZONES = [
  { slug: 'east', name: '东区' },
  { slug: 'west', name: '西区' },
  { slug: 'north', name: '北区' },
  { slug: 'an', name: '安区' },
];
const MINI = rankingPlan(ZONES);

const gdp = (zone: string, value: number, period = '2025'): FigureRow => ({ zone, indicator: 'gdp', period, value });
const done = (milestone: string, zone: string, on: string): ReportRow => ({
  milestone,
  zone,
  state: 'done',
  enteredAt: new Date(`${on}T04:00:00Z`),
});

function rank(facts = NO_FACTS, month = '2026-11', history: RankSnapshot[] = [], plan = MINI): Ranking {
  return monthlyRanking({ plan, facts, month, thresholds: DEFAULT_THRESHOLDS, history });
}
const table = (r: Ranking) => r.entries.map((e) => [e.zone, e.rank, e.score]);
const snapshot = (month: string, ranks: Record<string, number | null>): RankSnapshot => ({
  month,
  entries: Object.entries(ranks).map(([zone, rank]) => ({ zone, rank, score: null })),
});

describe('months', () => {
  it('end on their last day, leap years too', () => {
    expect(monthEnd('2026-11')).toBe('2026-11-30');
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2026-12')).toBe('2026-12-31');
  });

  it('step back across a year, and the last closed month is the one before today’s', () => {
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(lastClosedMonth('2026-12-01')).toBe('2026-11');
    expect(isMonth('2026-13')).toBe(false);
    expect(() => monthEnd('2026-1')).toThrow(/YYYY-MM/);
  });
});

describe('the composite ranking', () => {
  it('ranks by score, ties sharing a rank (1, 2, 2, 4) and shown in the order of their names', () => {
    // GDP against 100: targets 100, 80, 80, 50; nothing done: 70, 56, 56, 35.
    const r = rank(factsOf([gdp('east', 100), gdp('west', 80), gdp('an', 80), gdp('north', 50)]));
    expect(table(r)).toEqual([
      ['east', 1, 70],
      ['an', 2, 56],
      ['west', 2, 56],
      ['north', 4, 35],
    ]);
  });

  it('ranks every zone first when all are equal, in the order of their names', () => {
    const r = rank();
    expect(table(r)).toEqual([
      ['an', 1, 0],
      ['north', 1, 0],
      ['east', 1, 0],
      ['west', 1, 0],
    ]);
  });

  it('weighs the milestones as configured, a late one in part', () => {
    const facts = factsOf(
      [gdp('east', 100), gdp('west', 100)],
      [done('m1', 'east', '2022-06-30'), done('m2', 'east', '2023-06-01'), done('m1', 'west', '2022-07-01')],
    );
    const r = monthlyRanking({
      plan: MINI,
      facts,
      month: '2026-11',
      thresholds: DEFAULT_THRESHOLDS,
      weights: { targets: 1, milestones: 1 },
    });
    const east = r.entries.find((e) => e.zone === 'east');
    const west = r.entries.find((e) => e.zone === 'west');
    expect(east).toMatchObject({ score: 100, milestones: { due: 2, onTime: 2, score: 100 } });
    // One of two done, late: a quarter.
    expect(west).toMatchObject({ score: 62.5, milestones: { due: 2, late: 1, overdue: 1, score: 25 } });
    expect(r.weights).toEqual({ targets: 1, milestones: 1 });
  });

  it('stands at the month’s end: later figures and reports do not count', () => {
    const facts = factsOf(
      [gdp('east', 100, '2026'), gdp('west', 40, '2023-06'), gdp('west', 90, '2023-07')],
      [done('m1', 'east', '2023-07-01')],
    );
    const r = rank(facts, '2023-06');
    expect(r.asOf).toBe('2023-06-30');
    const east = r.entries.find((e) => e.zone === 'east');
    expect(east?.milestones).toMatchObject({ due: 2, onTime: 0, late: 0, overdue: 2 });
    expect(east?.targets.items[0]?.basis).toBe('unjudged');
    // 40 of 100 by mid-2023 against 序时 49.9%; July's 90 had not come.
    expect(r.entries.find((e) => e.zone === 'west')?.targets.items[0]).toMatchObject({ basis: 'pace' });
    expect(r.entries.find((e) => e.zone === 'west')?.targets.items[0]?.score).toBeCloseTo(40 / 49.9, 6);
  });

  it('ranks a zone with no figures below those that reported', () => {
    const r = rank(factsOf([gdp('east', 10), gdp('west', 20), gdp('north', 30)]));
    expect(r.entries.at(-1)).toMatchObject({ zone: 'an', rank: 4, score: 0 });
    expect(r.entries.at(-1)?.targets.items[0]).toMatchObject({ basis: 'missing', score: 0 });
  });

  it('refuses weights that weigh nothing', () => {
    expect(() => checkWeights({ targets: 0, milestones: 0 })).toThrow(RangeError);
    expect(() => checkWeights({ targets: -1, milestones: 2 })).toThrow(RangeError);
    expect(() => checkWeights({ targets: Number.NaN, milestones: 1 })).toThrow(RangeError);
    expect(checkWeights({ targets: 0, milestones: 1 })).toEqual({ targets: 0, milestones: 1 });
  });

  it('leaves a zone with nothing to score unranked, after the others', () => {
    const r = monthlyRanking({
      plan: MINI,
      facts: factsOf([gdp('east', 50)]),
      month: '2021-06',
      thresholds: DEFAULT_THRESHOLDS,
      weights: { targets: 0, milestones: 1 },
    });
    // Nothing was due by mid-2021 and the targets weigh nothing: no zone has a score.
    expect(r.entries.map((e) => [e.rank, e.score, e.change, e.warnings])).toEqual(
      ZONES.map(() => [null, null, null, []]),
    );
  });

  it('ranks all twelve zones of the real plan, equal when nobody reported, in the order of their short names', () => {
    const r = rank(NO_FACTS, '2026-11', [], PLAN);
    expect(r.entries).toHaveLength(12);
    expect(new Set(r.entries.map((e) => e.rank))).toEqual(new Set([1]));
    const names = r.entries.map((e) => PLAN.zone(e.zone)?.shortName ?? '');
    expect(names).toEqual([...names].sort(new Intl.Collator('zh-CN').compare));
  });
});

describe('the change since the month before', () => {
  const facts = factsOf([gdp('east', 100), gdp('west', 80), gdp('north', 50)]);

  it('is 进位, 退位, 持平 or 新上榜 against the month before', () => {
    const r = rank(facts, '2026-11', [snapshot('2026-10', { east: 3, west: 1, north: 3 })]);
    const change = Object.fromEntries(r.entries.map((e) => [e.zone, e.change]));
    expect(change).toEqual({
      east: { kind: 'up', places: 2 },
      west: { kind: 'down', places: 1 },
      north: { kind: 'same' },
      an: { kind: 'new' },
    });
  });

  it('is new for a zone unranked the month before, and unknown without that month', () => {
    const r = rank(facts, '2026-11', [snapshot('2026-10', { east: null }), snapshot('2026-09', { west: 1 })]);
    expect(r.entries.find((e) => e.zone === 'east')?.change).toEqual({ kind: 'new' });
    expect(rank(facts, '2026-11', [snapshot('2026-09', { east: 1 })]).entries.map((e) => e.change)).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('the bot’s early warnings', () => {
  // This month: east 1, west 2, north 3, an 4.
  const facts = factsOf([gdp('east', 100), gdp('west', 80), gdp('north', 50), gdp('an', 10)]);
  const warnings = (history: RankSnapshot[]) =>
    Object.fromEntries(rank(facts, '2026-11', history).entries.map((e) => [e.zone, e.warnings]));

  it('warn of 约谈整改 after falling two months running', () => {
    const w = warnings([snapshot('2026-09', { north: 1, an: 3 }), snapshot('2026-10', { north: 2, an: 4 })]);
    expect(w.north).toEqual([
      {
        kind: 'interview_warning',
        moves: [
          { month: '2026-10', from: 1, to: 2 },
          { month: '2026-11', from: 2, to: 3 },
        ],
      },
    ]);
    // Fell once, then held.
    expect(w.an).toEqual([]);
  });

  it('name a 通报表彰 candidate after rising three months running, not two', () => {
    const twice = [
      snapshot('2026-08', { east: 4 }),
      snapshot('2026-09', { east: 4 }),
      snapshot('2026-10', { east: 2 }),
    ];
    expect(warnings(twice).east).toEqual([]);
    const thrice = [
      snapshot('2026-08', { east: 4 }),
      snapshot('2026-09', { east: 3 }),
      snapshot('2026-10', { east: 2 }),
    ];
    expect(warnings(thrice).east).toEqual([
      {
        kind: 'commendation_candidate',
        moves: [
          { month: '2026-09', from: 4, to: 3 },
          { month: '2026-10', from: 3, to: 2 },
          { month: '2026-11', from: 2, to: 1 },
        ],
      },
    ]);
  });

  it('stop at a month missing from the history, or one the zone was not ranked in', () => {
    expect(warnings([snapshot('2026-08', { north: 1 }), snapshot('2026-10', { north: 2 })]).north).toEqual([]);
    expect(warnings([snapshot('2026-09', { north: null }), snapshot('2026-10', { north: 2 })]).north).toEqual([]);
  });
});

describe('facts as of a day', () => {
  it('keep figures whose period had ended and reports entered by then, Shanghai time', () => {
    const facts = factsAsOf(
      factsOf(
        [gdp('east', 1, '2025'), gdp('east', 2, '2026-11'), gdp('east', 3, '2026-12')],
        [{ milestone: 'm1', zone: 'east', state: 'done', enteredAt: new Date('2026-11-30T15:59:00Z') }],
      ),
      '2026-11-30',
    );
    expect(facts.series('east', 'gdp').map((o) => o.period)).toEqual(['2025', '2026-11']);
    expect(facts.report('m1', 'east')).toBeDefined();
    const late = factsAsOf(
      factsOf([], [{ milestone: 'm1', zone: 'east', state: 'done', enteredAt: new Date('2026-11-30T16:00:00Z') }]),
      '2026-11-30',
    );
    expect(late.report('m1', 'east')).toBeUndefined();
  });
});
