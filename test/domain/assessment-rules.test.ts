import { describe, expect, it } from 'vitest';
import { applyAssessmentRules } from '../../src/domain/assessment-rules.js';
import { monthlyRanking } from '../../src/domain/ranking.js';
import { PlanDataError } from '../../src/plan/expand.js';
import { correctSource, parseSource, readRawSource } from '../plan/source-text.js';
import { DEFAULT_THRESHOLDS, type FigureRow, factsOf, PLAN as REAL } from '../support/command-context.js';
import { rankingPlan } from './ranking-fixtures.js';

const ZONES = ['falls', 'rises', 'gap', 'stale', 'held', 'december', 'once'].map((slug, i) => ({
  slug,
  name: `第${i + 1}区`,
}));
const PLAN = rankingPlan(ZONES);
const SLUGS = ZONES.map((z) => z.slug);

const ranks = (zone: string, byPeriod: Record<string, number>): FigureRow[] =>
  Object.entries(byPeriod).map(([period, value]) => ({ zone, indicator: 'provincial_rank', period, value }));

const FACTS = factsOf([
  ...ranks('falls', { 2022: 5, 2023: 7, 2024: 9 }),
  ...ranks('rises', { 2022: 9, 2023: 7, 2024: 5 }),
  // 2023 unknown: the falls either side of it are not two years running.
  ...ranks('gap', { 2021: 3, 2022: 5, 2024: 9 }),
  // Fell two years running, but has no rank for the latest year.
  ...ranks('stale', { 2021: 3, 2022: 5, 2023: 7 }),
  ...ranks('held', { 2022: 5, 2023: 5, 2024: 7 }),
  // A year's December stands for it where there is no annual figure, and an annual one over a December.
  ...ranks('december', { 2022: 2, '2023-12': 4, '2024-12': 3, 2024: 6 }),
  ...ranks('once', { 2023: 4, 2024: 6 }),
]);

describe('the plan’s assessment rules on the provincial ranks', () => {
  const assessed = applyAssessmentRules(PLAN, SLUGS, FACTS, '2026-11-30');

  it('call for 约谈整改 after two falls in a row, and 通报表彰 after two rises, with the years they rest on', () => {
    expect(assessed?.year).toBe(2024);
    expect(assessed?.flags).toEqual([
      {
        zone: 'falls',
        rule: 'interview',
        moves: [
          { year: 2023, from: 5, to: 7 },
          { year: 2024, from: 7, to: 9 },
        ],
      },
      {
        zone: 'rises',
        rule: 'commendation',
        moves: [
          { year: 2023, from: 9, to: 7 },
          { year: 2024, from: 7, to: 5 },
        ],
      },
      {
        zone: 'december',
        rule: 'interview',
        moves: [
          { year: 2023, from: 2, to: 4 },
          { year: 2024, from: 4, to: 6 },
        ],
      },
    ]);
  });

  it('break a run at a missing year, a year held, or a zone without the latest year', () => {
    const flagged = new Set(assessed?.flags.map((f) => f.zone));
    for (const zone of ['gap', 'stale', 'held', 'once']) expect(flagged.has(zone), zone).toBe(false);
  });

  it('judge as of the day: a year’s rank not yet out does not count', () => {
    const earlier = applyAssessmentRules(PLAN, SLUGS, FACTS, '2024-11-30');
    expect(earlier?.year).toBe(2023);
    expect(earlier?.flags.map((f) => [f.zone, f.rule])).toEqual([['stale', 'interview']]);
  });

  it('say nothing without figures, and are absent where the plan sets no rule', () => {
    expect(applyAssessmentRules(PLAN, SLUGS, factsOf(), '2026-11-30')).toEqual({ year: null, flags: [] });
    expect(applyAssessmentRules(rankingPlan(ZONES, { assessment: false }), SLUGS, FACTS, '2026-11-30')).toBeNull();
  });

  it('count a rise the way the indicator counts better: a larger figure where larger is better', () => {
    const plan = rankingPlan(ZONES.slice(0, 1), {
      assessment: { interview: { fallsInARow: 2, indicator: 'gdp', over: 'years', says: '连续两年下降' } },
    });
    const gdp = Object.entries({ 2022: 9, 2023: 7, 2024: 5 }).map(([period, value]) => ({
      zone: 'falls',
      indicator: 'gdp',
      period,
      value,
    }));
    expect(applyAssessmentRules(plan, ['falls'], factsOf(gdp), '2026-11-30')?.flags.map((f) => f.rule)).toEqual([
      'interview',
    ]);
  });

  it('stand beside each zone in the monthly ranking', () => {
    const r = monthlyRanking({ plan: PLAN, facts: FACTS, month: '2026-11', thresholds: DEFAULT_THRESHOLDS });
    expect(r.official).toEqual({ year: 2024 });
    expect(r.entries.find((e) => e.zone === 'falls')?.official.map((f) => f.rule)).toEqual(['interview']);
    expect(r.entries.find((e) => e.zone === 'gap')?.official).toEqual([]);
  });
});

describe('the assessment rules in a plan file', () => {
  const zones = ZONES.slice(0, 1);

  it('name an indicator of the plan', () => {
    const rules = { interview: { fallsInARow: 2, indicator: 'nope', over: 'years' as const, says: '连续两年退位' } };
    expect(() => rankingPlan(zones, { assessment: rules })).toThrow(PlanDataError);
    expect(() => rankingPlan(zones, { assessment: rules })).toThrow(
      /assessmentRules\.interview\.indicator: unknown indicator "nope"/,
    );
  });

  it('set at least one rule, each over a run of at least one year', () => {
    expect(() => rankingPlan(zones, { assessment: {} })).toThrow(/assessmentRules: no rule is set/);
    const none = {
      commendation: { risesInARow: 0, indicator: 'provincial_rank', over: 'years' as const, says: '持续进位' },
    };
    expect(() => rankingPlan(zones, { assessment: none })).toThrow(/risesInARow/);
  });

  it('are kept as written, the reading of an open number of years with them', () => {
    expect(PLAN.data.assessmentRules?.commendation).toEqual({
      risesInARow: 2,
      indicator: 'provincial_rank',
      over: 'years',
      says: '持续进位',
      inferred: { zh: '按连续两年计', en: 'taken as two years running' },
    });
    expect(rankingPlan(zones, { assessment: false }).data).not.toHaveProperty('assessmentRules');
  });
});

describe('the action plan’s own assessment rules', () => {
  const rules = REAL.data.assessmentRules;
  const organisation = parseSource(correctSource(readRawSource())).organisation;
  const clause = organisation.split('\n').find((l) => l.startsWith('(二)严格考核奖惩')) ?? '';

  it('are 组织保障 (二)’s words: two falls in a row call for 约谈整改, a run of rises for 通报表彰', () => {
    expect(rules?.interview).toMatchObject({ fallsInARow: 2, indicator: 'provincial_rank', over: 'years' });
    expect(rules?.commendation).toMatchObject({ risesInARow: 2, indicator: 'provincial_rank', over: 'years' });
    expect(clause).toContain(rules?.interview?.says);
    expect(clause).toContain(rules?.commendation?.says);
    expect(clause).toContain('连续两年退位');
  });

  it('say what they read in: how many years “持续” is, and which assessment the falls count in', () => {
    expect(rules?.commendation?.inferred?.zh).toMatch(/“持续进位”.*未写明年数.*连续两年/);
    expect(rules?.commendation?.inferred?.en).toMatch(/“keep rising”.*two years running/);
    expect(rules?.interview?.inferred?.zh).toContain('在省考核中');
    expect(clause).toContain('在省考核中');
    expect(rules?.interview?.inferred?.en).toMatch(/provincial/);
  });

  it('flag the real zones from their provincial ranks', () => {
    const facts = factsOf([
      ...ranks('xuwei', { 2023: 3, 2024: 4, 2025: 6 }),
      ...ranks('donghai', { 2023: 30, 2024: 25, 2025: 20 }),
      ...ranks('gaoxin', { 2023: 10, 2025: 12 }),
    ]);
    const assessed = applyAssessmentRules(
      REAL,
      REAL.data.zones.map((z) => z.slug),
      facts,
      '2026-11-30',
    );
    expect(assessed?.year).toBe(2025);
    expect(assessed?.flags.map((f) => [f.zone, f.rule, f.moves.map((m) => m.year)])).toEqual([
      ['xuwei', 'interview', [2024, 2025]],
      ['donghai', 'commendation', [2024, 2025]],
    ]);
  });
});
