import { describe, expect, it } from 'vitest';
import { NO_FACTS } from '../../src/domain/facts.js';
import { summarizeTarget, summarizeTargets, type TargetSummary } from '../../src/domain/target-summary.js';
import { DEFAULT_THRESHOLDS, factsOf, PLAN } from '../support/command-context.js';

const AFTER_PLAN = { today: '2026-11-28', thresholds: DEFAULT_THRESHOLDS };

function targetByKey(key: string) {
  const found = PLAN.data.targets.find((t) => t.key === key);
  if (!found) throw new Error(`no target ${key} in the plan`);
  return found;
}

function each(s: TargetSummary) {
  if (s.mode !== 'each') throw new Error(`expected an each summary, got ${s.mode}`);
  return s;
}

describe('summarizeTargets', () => {
  it('groups all 32 targets: development goals first, then by task in order', () => {
    const groups = summarizeTargets(PLAN, NO_FACTS, AFTER_PLAN);
    expect(groups.map((g) => g.task)).toEqual([null, 2, 6, 7, 9, 10, 11, 13, 17, 24]);
    expect(groups.flatMap((g) => g.items)).toHaveLength(32);
    expect(groups[0]?.items.map((s) => s.target.key).slice(0, 4)).toEqual([
      'goal-gdp-kaifaqu',
      'goal-gdp-xuwei',
      'goal-gdp-others-double',
      'goal-gdp-total',
    ]);
  });

  it('reads each target the way the plan sets it', () => {
    const modes = Object.fromEntries(
      summarizeTargets(PLAN, NO_FACTS, AFTER_PLAN)
        .flatMap((g) => g.items)
        .map((s) => [s.target.key, s.mode]),
    );
    expect(modes['goal-gdp-xuwei']).toBe('single');
    expect(modes['goal-gdp-total']).toBe('together');
    expect(modes['t7-listed-companies']).toBe('together');
    expect(modes['goal-gdp-others-double']).toBe('each');
    expect(modes['goal-rank-gain']).toBe('each');
  });
});

describe('summarizeTarget', () => {
  const facts = factsOf([
    { zone: 'gaoxin', indicator: 'gdp', period: '2020', value: 100 },
    { zone: 'gaoxin', indicator: 'gdp', period: '2025', value: 250 },
    { zone: 'donghai', indicator: 'gdp', period: '2020', value: 100 },
    { zone: 'donghai', indicator: 'gdp', period: '2025', value: 150 },
    // Reported 2025 but never its 2020 baseline: without it there is no goal to have met.
    { zone: 'guannan', indicator: 'gdp', period: '2025', value: 500 },
    { zone: 'xuwei', indicator: 'gdp', period: '2025', value: 1100 },
    { zone: null, indicator: 'listed_companies', period: '2024', value: 12 },
    { zone: null, indicator: 'listed_companies', period: '2025', value: 17 },
  ]);

  it('counts, for an each target, the zones that met it and those that reported what it is judged on', () => {
    const s = each(summarizeTarget(PLAN, targetByKey('goal-gdp-others-double'), facts, AFTER_PLAN));
    expect(s.zones).toHaveLength(10);
    expect(s.met).toEqual(['gaoxin']);
    expect(s.reported).toEqual(['gaoxin', 'donghai']);
    expect(s.pastDue).toBe(true);
  });

  it('sorts the zones of an each target by light: past the due date met, or red for unmet or missing figures', () => {
    const s = each(summarizeTarget(PLAN, targetByKey('goal-gdp-others-double'), facts, AFTER_PLAN));
    expect(s.lights.green).toEqual(['gaoxin']);
    expect(s.lights.red).toHaveLength(9);
    expect(s.lights.red).toEqual(expect.arrayContaining(['donghai', 'guannan']));
    expect([s.lights.yellow, s.lights.grey]).toEqual([[], []]);
  });

  it('judges a together target as of the day given', () => {
    const inPlan = { ...AFTER_PLAN, today: '2025-12-31' };
    const total = (judging: typeof AFTER_PLAN) => summarizeTarget(PLAN, targetByKey('goal-gdp-total'), facts, judging);
    expect(total(inPlan)).toMatchObject({ verdict: { rag: 'red', final: null, pace: { expected: 100 } } });
    expect(total(AFTER_PLAN)).toMatchObject({ verdict: { rag: 'red', pace: null, final: 'missing' } });
  });

  it('counts nobody before anyone reports', () => {
    const s = each(summarizeTarget(PLAN, targetByKey('t24-risk-assessment-rate'), NO_FACTS, AFTER_PLAN));
    expect([s.met, s.reported, s.zones.length]).toEqual([[], [], 12]);
  });

  it("reads a single zone's target for that zone", () => {
    const s = summarizeTarget(PLAN, targetByKey('goal-gdp-xuwei'), facts, AFTER_PLAN);
    expect(s).toMatchObject({ mode: 'single', zone: 'xuwei', reading: { state: 'measured', actual: 1100, met: true } });
  });

  it('sums the zones for a total target, saying how many reported; short of the goal with zones missing, it is missing', () => {
    const s = summarizeTarget(PLAN, targetByKey('goal-gdp-total'), facts, AFTER_PLAN);
    expect(s).toMatchObject({
      mode: 'together',
      reading: {
        state: 'missing',
        missing: ['2025'],
        latest: { period: '2025', value: 2000 },
        coverage: { reported: 4, of: 12 },
      },
    });
  });

  it("reads a city-wide target from the city's own figures", () => {
    const s = summarizeTarget(PLAN, targetByKey('t7-listed-companies'), facts, AFTER_PLAN);
    expect(s).toMatchObject({ mode: 'together', reading: { state: 'measured', actual: 17, goal: 16, met: true } });
    expect(summarizeTarget(PLAN, targetByKey('t7-listed-companies'), NO_FACTS, AFTER_PLAN)).toMatchObject({
      reading: { state: 'missing', missing: ['2025'], latest: null },
      verdict: { rag: 'red', final: 'missing' },
    });
  });
});
