import { describe, expect, it } from 'vitest';
import type { AssessedRanking } from '../../src/domain/assessment/rankings.js';
import { type AssessmentInput, buildAssessment } from '../../src/domain/assessment/report.js';
import { combinedResult } from '../../src/domain/assessment/targets.js';
import type { Facts } from '../../src/domain/facts.js';
import { NO_FACTS } from '../../src/domain/facts.js';
import type { PlanIndex } from '../../src/domain/plan-index.js';
import { monthlyRanking } from '../../src/domain/ranking.js';
import { endOfDay, rankingMonths } from '../../src/services/assessment-service.js';
import { DEFAULT_THRESHOLDS, type FigureRow, factsOf, PLAN, type ReportRow } from '../support/command-context.js';
import { rankingPlan } from './ranking-fixtures.js';

const MINI = rankingPlan([
  { slug: 'east', name: '东区' },
  { slug: 'west', name: '西区' },
]);

const gdp = (zone: string, period: string, value: number): FigureRow => ({ zone, indicator: 'gdp', period, value });
const rank = (zone: string, year: number, value: number): FigureRow => ({
  zone,
  indicator: 'provincial_rank',
  period: String(year),
  value,
});
const report = (milestone: string, zone: string, at: string, state: ReportRow['state'] = 'done'): ReportRow => ({
  milestone,
  zone,
  state,
  enteredAt: new Date(at),
});

/** December rankings of the plan up to the day judged, computed from the same facts. */
function rankings(plan: PlanIndex, facts: Facts, day: string): AssessedRanking[] {
  return rankingMonths(plan, day).map((month) => ({
    ranking: monthlyRanking({ plan, facts, month, thresholds: DEFAULT_THRESHOLDS }),
    posted: false,
  }));
}

function assess(facts: Facts, day: string, options: Partial<AssessmentInput> = {}) {
  const plan = options.plan ?? MINI;
  return buildAssessment({
    plan,
    facts,
    judging: { today: day, thresholds: DEFAULT_THRESHOLDS },
    asOf: { instant: endOfDay(day), asked: true },
    zone: null,
    rankings: rankings(plan, facts, day),
    ...options,
  });
}

describe('the final assessment of an ended plan', () => {
  it('finds a zone with no figures short of data, and its milestones not done', () => {
    const r = assess(NO_FACTS, '2026-03-31');
    expect(r.kind).toBe('final');
    const [east] = r.zones;
    expect(east?.targets.map((t) => [t.target.key, t.result, t.baseline, t.goal])).toEqual([
      ['gdp-east', 'missing', null, 100],
    ]);
    expect(east?.targetTally).toEqual({ met: 0, not_met: 0, missing: 1, not_due: 0 });
    expect(east?.milestones.map((m) => [m.milestone.key, m.result, m.doneOn])).toEqual([
      ['m1', 'not_done', null],
      ['m2', 'not_done', null],
    ]);
  });

  it('judges a target met on its final figure, with its 2020 baseline beside it', () => {
    const r = assess(
      factsOf([gdp('east', '2020', 60), gdp('east', '2025', 120), gdp('west', '2025', 90)]),
      '2026-03-31',
    );
    const lines = r.zones.flatMap((z) => z.targets.map((t) => [t.zone, t.result, t.baseline, t.goal]));
    expect(lines).toEqual([
      ['east', 'met', 60, 100],
      ['west', 'not_met', null, 100],
    ]);
  });

  it('dates a milestone done after its due day in Shanghai as done late, and one by its end as on time', () => {
    const facts = factsOf(
      [],
      [
        // 30 Jun 23:59 in Shanghai: on time. 1 Jul 00:30 in Shanghai: late.
        report('m1', 'east', '2022-06-30T15:59:00Z'),
        report('m1', 'west', '2022-06-30T16:30:00Z'),
        // A "done" sent back is no "done": the milestone stays not done.
        report('m2', 'west', '2023-06-01T02:00:00Z', 'returned'),
      ],
    );
    const r = assess(facts, '2026-03-31');
    const m1 = r.city?.milestones.find((m) => m.milestone.key === 'm1');
    expect(m1?.parties.map((p) => [p.party, p.result, p.doneOn])).toEqual([
      ['east', 'on_time', '2022-06-30'],
      ['west', 'late', '2022-07-01'],
    ]);
    const m2 = r.zones[1]?.milestones.find((m) => m.milestone.key === 'm2');
    expect([m2?.result, m2?.state]).toEqual(['not_done', 'returned']);
    expect(r.city?.milestoneTally).toEqual({ on_time: 1, late: 1, not_done: 2, not_due: 0 });
  });

  it('reads the yearly rankings, their moves, the provincial ranks and the plan’s rules year by year', () => {
    const facts = factsOf([
      gdp('east', '2025', 120),
      ...[2021, 2022, 2023].map((y, i) => rank('west', y, 5 - i)),
      ...[2021, 2022, 2023].map((y, i) => rank('east', y, 3 + i)),
    ]);
    const r = assess(facts, '2026-03-31');
    expect(r.rankings.map((x) => x.ranking.month)).toEqual(['2021-12', '2022-12', '2023-12', '2024-12', '2025-12']);
    const west = r.zones.find((z) => z.zone.slug === 'west');
    expect(west?.years.map((y) => [y.month, y.provincialRank, y.flags.map((f) => f.rule)])).toEqual([
      ['2021-12', 5, []],
      ['2022-12', 4, []],
      ['2023-12', 3, ['commendation']],
      ['2024-12', null, []],
      ['2025-12', null, []],
    ]);
    expect(r.flags?.map((y) => [y.year, y.flags.map((f) => `${f.zone}:${f.rule}`)])).toEqual([
      [2021, []],
      [2022, []],
      [2023, ['east:interview', 'west:commendation']],
    ]);
    // Tied until east met its GDP target in 2025 and west did not: east holds first place, west falls.
    const last = r.zones.map((z) => [z.zone.slug, z.years.at(-2)?.tied, z.years.at(-1)?.rank, z.years.at(-1)?.change]);
    expect(last).toEqual([
      ['east', true, 1, { kind: 'same' }],
      ['west', true, 2, { kind: 'down', places: 1 }],
    ]);
  });

  it('reports one zone alone, with the rules’ flags of that zone only', () => {
    const facts = factsOf([1, 2, 3].map((i) => rank('east', 2020 + i, 2 + i)));
    const r = assess(facts, '2026-03-31', { zone: 'east' });
    expect([r.city, r.zones.map((z) => z.zone.slug)]).toEqual([null, ['east']]);
    expect(r.flags?.at(-1)?.flags.map((f) => f.rule)).toEqual(['interview']);
  });
});

describe('an interim assessment of a running plan', () => {
  const facts = factsOf(
    [gdp('east', '2020', 50), gdp('east', '2022', 60)],
    [report('m1', 'east', '2022-06-01T02:00:00Z')],
  );
  const r = assess(facts, '2023-03-15');

  it('is interim, and judges nothing not yet due: the target shows its light and 序时进度', () => {
    expect(r.kind).toBe('interim');
    const [target] = r.zones[0]?.targets ?? [];
    // 20 points behind: more than 10 (yellow), not more than 30 (red).
    expect([target?.result, target?.verdict.rag, target?.verdict.pace]).toEqual([
      'not_due',
      'yellow',
      { actual: 20, expected: 40, gap: -20 },
    ]);
    expect(target?.baseline).toBe(50);
  });

  it('keeps milestones due later open, those past due and not done not done, and ranks up to the latest month', () => {
    expect(r.zones[0]?.milestones.map((m) => m.result)).toEqual(['on_time', 'not_due']);
    expect(r.zones[1]?.milestones.map((m) => m.result)).toEqual(['not_done', 'not_due']);
    expect(r.rankings.map((x) => x.ranking.month)).toEqual(['2021-12', '2022-12', '2023-02']);
    expect(r.zones[0]?.years.at(-1)?.provincialRank).toBeNull();
  });
});

describe('targets as the city sees them', () => {
  const all = (period: string, value: number) => PLAN.data.zones.map((z) => gdp(z.slug, period, value));

  it('judges a target of all zones together on their sum, with their summed baseline', () => {
    const r = assess(factsOf([...all('2020', 100), ...all('2025', 300)]), '2026-03-31', { plan: PLAN });
    const total = r.city?.targets.find((t) => t.mode === 'together' && t.line.target.key === 'goal-gdp-total');
    expect(total?.mode === 'together' && [total.result, total.line.baseline, total.line.goal]).toEqual([
      'met',
      1200,
      3500,
    ]);
    // 其他开发区翻一番: every one of the ten doubled (100 → 300) and met it.
    const others = r.city?.targets.find((t) => t.mode === 'each' && t.target.key === 'goal-gdp-others-double');
    expect(others?.mode === 'each' && [others.result, others.tally.met, others.zones.length]).toEqual(['met', 10, 10]);
    expect(r.city?.targets).toHaveLength(PLAN.data.targets.length);
  });

  it('counts a target of several zones not met when one missed it, and short of data when none missed but some lack it', () => {
    expect(combinedResult({ met: 3, not_met: 1, missing: 2, not_due: 0 })).toBe('not_met');
    expect(combinedResult({ met: 3, not_met: 0, missing: 2, not_due: 0 })).toBe('missing');
    expect(combinedResult({ met: 5, not_met: 0, missing: 0, not_due: 0 })).toBe('met');
    expect(combinedResult({ met: 0, not_met: 0, missing: 0, not_due: 5 })).toBe('not_due');
  });
});

describe('the as-of instant and the rankings’ months', () => {
  it('reads a day as its last instant in Shanghai', () => {
    expect(endOfDay('2026-03-31').toISOString()).toBe('2026-03-31T15:59:59.999Z');
  });

  it('takes each December of the plan, and for a running plan the latest month ended', () => {
    expect(rankingMonths(MINI, '2026-11-28')).toEqual(['2021-12', '2022-12', '2023-12', '2024-12', '2025-12']);
    expect(rankingMonths(MINI, '2024-01-20')).toEqual(['2021-12', '2022-12', '2023-12']);
    expect(rankingMonths(MINI, '2021-01-20')).toEqual([]);
  });
});
