import { describe, expect, it } from 'vitest';
import type { Measured, Reading } from '../../src/domain/progress.js';
import {
  composite,
  DEFAULT_WEIGHTS,
  LATE_CREDIT,
  milestoneCredit,
  NOT_MET_CAP,
  scoreTarget,
  scoreZone,
} from '../../src/domain/ranking-score.js';
import type { Verdict } from '../../src/domain/schedule.js';
import { DEFAULT_THRESHOLDS, factsOf, PLAN } from '../support/command-context.js';

function target(key: string) {
  const found = PLAN.data.targets.find((t) => t.key === key);
  if (!found) throw new Error(`no target ${key}`);
  return found;
}

const GDP = target('goal-gdp-xuwei');
const RANK = target('goal-rank-gain');
const RANGE = target('t6-national-leading-industries');

const measured = (actual: number, percent: number | null, met: boolean): Measured => ({
  state: 'measured',
  actual,
  period: '2025',
  goal: 1000,
  goalMax: null,
  baseline: null,
  percent,
  met,
  coverage: null,
});
const onPath = (verdict: Partial<Verdict>): Verdict => ({ rag: 'green', pace: null, final: null, ...verdict });
const pastDue = (final: Verdict['final']): Verdict => ({ rag: final === 'met' ? 'green' : 'red', pace: null, final });
const score = (t: typeof GDP, reading: Reading, verdict: Verdict) => scoreTarget(t, reading, verdict, 2020);

describe('a target’s score until its due date', () => {
  it('is its progress over 序时进度, capped at full', () => {
    const pace = (actual: number, expected: number) =>
      score(GDP, measured(0, actual, false), onPath({ pace: { actual, expected, gap: actual - expected } }));
    expect(pace(20, 40)).toEqual({ target: 'goal-gdp-xuwei', basis: 'pace', score: 0.5 });
    expect(pace(55, 40).score).toBe(1);
    expect(pace(-5, 40).score).toBe(0);
  });

  it('is full where nothing was expected yet, unless the zone went backwards', () => {
    const pace = (actual: number) =>
      score(GDP, measured(0, actual, false), onPath({ pace: { actual, expected: 0, gap: actual } }));
    expect(pace(0).score).toBe(1);
    expect(pace(-1).score).toBe(0);
  });

  it('is its light where there is no path: a rank risen, held, fallen', () => {
    const light = (rag: Verdict['rag']) => score(RANK, measured(0, null, false), onPath({ rag }));
    expect(light('green')).toMatchObject({ basis: 'light', score: 1 });
    expect(light('yellow')).toMatchObject({ basis: 'light', score: 0.5 });
    expect(light('red')).toMatchObject({ basis: 'light', score: 0 });
  });

  it('is nothing where it cannot be judged: no figures, no baseline', () => {
    expect(score(GDP, { state: 'no_figures' }, onPath({ rag: 'grey' }))).toMatchObject({ basis: 'unjudged', score: 0 });
    const noBaseline: Reading = { state: 'no_baseline', actual: { period: '2023', value: 5 } };
    expect(score(GDP, noBaseline, onPath({ rag: 'grey' }))).toMatchObject({ basis: 'unjudged', score: 0 });
  });
});

describe('a target’s score after its due date', () => {
  it('is full when met', () => {
    expect(score(GDP, measured(1100, 110, true), pastDue('met'))).toMatchObject({ basis: 'met', score: 1 });
  });

  it('is the share of the way it went when not met, never full', () => {
    expect(score(GDP, measured(700, 70, false), pastDue('not_met'))).toMatchObject({ basis: 'not_met', score: 0.7 });
    // Above a range's top is not met, however far it went.
    expect(score(RANGE, measured(6, 200, false), pastDue('not_met')).score).toBe(NOT_MET_CAP);
    expect(score(GDP, measured(-10, -5, false), pastDue('not_met')).score).toBe(0);
    expect(score(GDP, measured(0, null, false), pastDue('not_met')).score).toBe(0);
  });

  it('is nothing when the final figure is missing', () => {
    const missing: Reading = { state: 'missing', missing: ['2025'], latest: null, coverage: null };
    expect(score(GDP, missing, pastDue('missing'))).toMatchObject({ basis: 'missing', score: 0 });
  });

  it('is, for a yearly obligation, the share of its years met, a year without its figure counting as not met', () => {
    const years = (met: boolean[], missing: string[]): Reading => ({
      state: 'years',
      years: met.map((m, i) => ({ year: 2022 + i, actual: m ? 1 : 0, met: m })),
      missing,
      met: false,
    });
    // 2022–2025 are owed: four years.
    expect(score(RANK, years([true, false, true, true], []), pastDue('not_met'))).toMatchObject({
      basis: 'years',
      score: 0.75,
    });
    expect(score(RANK, years([true, true, true], ['2025']), pastDue('missing')).score).toBe(0.75);
    expect(score(RANK, years([], ['2021', '2022', '2023', '2024', '2025']), pastDue('missing')).score).toBe(0);
  });
});

describe('the milestones’ part', () => {
  it('counts done on time whole, done late in part and overdue not at all', () => {
    expect(milestoneCredit({ due: 4, onTime: 2, late: 1, overdue: 1 })).toBe((2 + LATE_CREDIT) / 4);
    expect(LATE_CREDIT).toBe(0.5);
  });

  it('is null before anything is due', () => {
    expect(milestoneCredit({ due: 0, onTime: 0, late: 0, overdue: 0 })).toBeNull();
  });
});

describe('the composite', () => {
  it('weighs the parts as configured, from the parts as shown', () => {
    expect(composite(80, 50, DEFAULT_WEIGHTS)).toBe(71);
    expect(composite(80, 50, { targets: 1, milestones: 1 })).toBe(65);
    expect(composite(80, 50, { targets: 7, milestones: 3 })).toBe(71);
    expect(composite(33.3, 66.7, DEFAULT_WEIGHTS)).toBe(43.3);
  });

  it('leaves the whole weight to the part a zone has', () => {
    expect(composite(null, 50, DEFAULT_WEIGHTS)).toBe(50);
    expect(composite(80, null, DEFAULT_WEIGHTS)).toBe(80);
    expect(composite(null, null, DEFAULT_WEIGHTS)).toBeNull();
    expect(composite(80, null, { targets: 0, milestones: 1 })).toBeNull();
  });
});

describe('a zone’s score in the real plan', () => {
  const zone = PLAN.zone('xuwei');
  if (!zone) throw new Error('no xuwei');

  it('reads its own targets only, not those the zones meet together', () => {
    const s = scoreZone(
      PLAN,
      zone,
      factsOf(),
      { today: '2023-06-30', thresholds: DEFAULT_THRESHOLDS },
      DEFAULT_WEIGHTS,
    );
    const keys = s.targets.items.map((i) => i.target);
    expect(keys).toContain('goal-gdp-xuwei');
    expect(keys).toContain('goal-rank-gain');
    expect(keys).not.toContain('goal-gdp-total');
    expect(keys).not.toContain('t7-listed-companies');
  });

  it('scores progress on the path the lights use until the due date', () => {
    // 2022: 10% of the way from 400 to 1,000 against 序时 40%: a quarter of the way it should be.
    const facts = factsOf([
      { zone: 'xuwei', indicator: 'gdp', period: '2020', value: 400 },
      { zone: 'xuwei', indicator: 'gdp', period: '2022', value: 460 },
    ]);
    const s = scoreZone(PLAN, zone, facts, { today: '2023-06-30', thresholds: DEFAULT_THRESHOLDS }, DEFAULT_WEIGHTS);
    expect(s.targets.items.find((i) => i.target === 'goal-gdp-xuwei')).toEqual({
      target: 'goal-gdp-xuwei',
      basis: 'pace',
      score: 0.25,
    });
  });

  it('with no figures and nothing done scores nothing, not a missing part', () => {
    const s = scoreZone(
      PLAN,
      zone,
      factsOf(),
      { today: '2026-11-30', thresholds: DEFAULT_THRESHOLDS },
      DEFAULT_WEIGHTS,
    );
    expect(s.score).toBe(0);
    expect(s.targets.score).toBe(0);
    expect(s.milestones).toMatchObject({ score: 0, onTime: 0, late: 0 });
    expect(s.milestones.overdue).toBe(s.milestones.due);
    expect(s.milestones.due).toBe(PLAN.milestonesOfZone('xuwei').length);
  });

  it('counts only the milestones due by the day, one due that very day among them', () => {
    const s = scoreZone(
      PLAN,
      zone,
      factsOf(),
      { today: '2022-06-30', thresholds: DEFAULT_THRESHOLDS },
      DEFAULT_WEIGHTS,
    );
    const due = PLAN.milestonesOfZone('xuwei').filter((m) => m.dueOn <= '2022-06-30');
    expect(due.length).toBeGreaterThan(0);
    expect(s.milestones.due).toBe(due.length);
  });
});
