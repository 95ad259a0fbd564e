import { describe, expect, it } from 'vitest';
import { reportableIndicators } from '../../src/domain/figure-input.js';
import type { GrowthComparison } from '../../src/domain/growth-lead.js';
import { cityOverview } from '../../src/domain/home.js';
import { nudgesDue } from '../../src/domain/nudges.js';
import { decide } from '../../src/domain/permissions.js';
import type { Reading } from '../../src/domain/progress.js';
import { projectionFor } from '../../src/domain/projection.js';
import { monthlyRanking } from '../../src/domain/ranking.js';
import { scoreTarget, scoreZone } from '../../src/domain/ranking-score.js';
import type { Actor } from '../../src/domain/roles.js';
import { judgeTarget } from '../../src/domain/schedule.js';
import { summarizeTarget } from '../../src/domain/target-summary.js';
import { judgeTargetFor } from '../../src/domain/zone-status.js';
import type { CountyData, IndicatorData, TargetData } from '../../src/plan/types.js';
import { DEFAULT_THRESHOLDS, type FigureRow, factsOf, PLAN } from '../support/command-context.js';

const LEAD: TargetData = {
  key: 'lead',
  task: null,
  indicator: 'gdp',
  kind: 'growth_lead',
  comparator: 'gt',
  value: 0,
  valueMax: null,
  scope: 'all_zones',
  aggregate: 'each',
  dueOn: '2025-12-31',
  fromYear: 2022,
  zones: ['z'],
  text: '各开发区主要指标领先其他县区或所在县区增幅',
  position: 0,
};

const GDP: IndicatorData = {
  key: 'gdp',
  name: '地区生产总值',
  nameEn: 'GDP',
  unit: '亿元',
  unitEn: '100 million yuan',
  lowerIsBetter: false,
  measure: 'flow',
  overseenBy: [],
  position: 0,
};

const county = (key: string, position = 0): CountyData => ({ key, name: key, nameEn: key, aliases: [], position });
const EAST = county('east');
const WEST = county('west', 1);
const NORTH = county('north', 2);

/** Figures of one subject: period → value. */
const of = (zone: string, figures: Record<string, number>): FigureRow[] =>
  Object.entries(figures).map(([period, value]) => ({ zone, indicator: 'gdp', period, value }));

const RUNNING = { today: '2025-08-20', thresholds: DEFAULT_THRESHOLDS };
const AFTER = { today: '2026-02-20', thresholds: DEFAULT_THRESHOLDS };

function judge(rows: FigureRow[], counties: CountyData[], judging = RUNNING, target = LEAD) {
  return judgeTarget(target, GDP, ['z'], factsOf(rows), 2020, judging, counties);
}

function comparison(reading: Reading): GrowthComparison {
  if (reading.state !== 'lead') throw new Error(`not a lead: ${reading.state}`);
  return reading.comparison;
}

describe('a zone’s growth against its county’s, before the due date', () => {
  it('leads when its growth is higher: green, with both rates to one decimal', () => {
    const { reading, verdict } = judge(
      [...of('z', { 2023: 100, 2024: 112.3 }), ...of('east', { 2023: 200, 2024: 216.2 })],
      [EAST],
    );
    expect(comparison(reading)).toEqual({
      period: '2024',
      zone: { rate: 12.3, missing: [] },
      counties: [{ county: EAST, rate: 8.1, missing: [] }],
      led: true,
    });
    expect(verdict).toEqual({ rag: 'green', pace: null, final: null });
  });

  it('trails when its growth is lower: red', () => {
    const { reading, verdict } = judge(
      [...of('z', { 2023: 100, 2024: 105 }), ...of('east', { 2023: 100, 2024: 109 })],
      [EAST],
    );
    expect(comparison(reading).led).toBe(false);
    expect(verdict.rag).toBe('red');
  });

  it('does not lead on a tie, nor on rates that differ only beyond the shown decimal', () => {
    const tie = judge([...of('z', { 2023: 100, 2024: 110 }), ...of('east', { 2023: 200, 2024: 220 })], [EAST]);
    expect(comparison(tie.reading)).toMatchObject({ zone: { rate: 10 }, counties: [{ rate: 10 }], led: false });
    // 8.14% and 8.06% both read 8.1%: a reader sees no lead, and there is none.
    const close = judge([...of('z', { 2023: 100, 2024: 108.14 }), ...of('east', { 2023: 100, 2024: 108.06 })], [EAST]);
    expect(comparison(close.reading).led).toBe(false);
  });

  it('tells nothing while its county’s figure is missing: grey, naming what is missing', () => {
    const { reading, verdict } = judge([...of('z', { 2023: 100, 2024: 112 }), ...of('east', { 2024: 120 })], [EAST]);
    expect(comparison(reading)).toEqual({
      period: '2024',
      zone: { rate: 12, missing: [] },
      counties: [{ county: EAST, rate: null, missing: ['2023'] }],
      led: null,
    });
    expect(verdict.rag).toBe('grey');
  });

  it('has no figures to judge until it has a growth of its own from the first year on', () => {
    expect(judge(of('east', { 2023: 1, 2024: 2 }), [EAST]).reading).toEqual({ state: 'no_figures' });
    // 2021 on 2020 is before the first year judged.
    expect(judge(of('z', { 2020: 1, 2021: 2 }), [EAST]).reading).toEqual({ state: 'no_figures' });
  });

  it('holds a zone under the city to every county: it must pass each, and one it does not pass decides', () => {
    const counties = [EAST, WEST, NORTH];
    const zone = of('z', { 2023: 100, 2024: 110 });
    const all = [
      ...of('east', { 2023: 100, 2024: 105 }),
      ...of('west', { 2023: 100, 2024: 109 }),
      ...of('north', { 2023: 100, 2024: 101 }),
    ];
    expect(comparison(judge([...zone, ...all], counties).reading).led).toBe(true);
    // West grew faster: not ahead, whatever North's missing figure would say.
    const westAhead = [...of('east', { 2023: 100, 2024: 105 }), ...of('west', { 2023: 100, 2024: 111 })];
    expect(comparison(judge([...zone, ...westAhead], counties).reading)).toMatchObject({
      led: false,
      counties: [{ rate: 5 }, { rate: 11 }, { rate: null, missing: ['2023', '2024'] }],
    });
    // Ahead of the two known, but North might be ahead: not told yet.
    const northMissing = [...of('east', { 2023: 100, 2024: 105 }), ...of('west', { 2023: 100, 2024: 109 })];
    expect(comparison(judge([...zone, ...northMissing], counties).reading).led).toBeNull();
  });

  it('reads a falling series: falling less than the county is a lead, falling while it grows is not', () => {
    const county = of('east', { 2023: 100, 2024: 92 });
    const lessFall = judge([...of('z', { 2023: 100, 2024: 95 }), ...county], [EAST]);
    expect(comparison(lessFall.reading)).toMatchObject({ zone: { rate: -5 }, counties: [{ rate: -8 }], led: true });
    const growing = of('east', { 2023: 100, 2024: 101 });
    expect(comparison(judge([...of('z', { 2023: 100, 2024: 95 }), ...growing], [EAST]).reading).led).toBe(false);
  });

  it('compares a running year’s year-to-date figure with the same month a year before', () => {
    const rows = [
      ...of('z', { 2023: 100, 2024: 120, '2024-06': 50, '2025-06': 60 }),
      ...of('east', { 2023: 100, 2024: 110, '2024-06': 50, '2025-06': 55 }),
    ];
    expect(comparison(judge(rows, [EAST]).reading)).toMatchObject({ period: '2025-06', zone: { rate: 20 }, led: true });
  });

  it('takes December’s year-to-date figure for the year, the annual one over it, and keeps to the latest it can tell', () => {
    const rows = [
      ...of('z', { '2023-12': 100, '2024-12': 130, 2024: 120, '2025-03': 40 }),
      ...of('east', { 2023: 100, '2024-12': 110 }),
    ];
    // 2025-03 has no 2024-03 to compare with; 2024 is the annual 120 over December's 130.
    expect(comparison(judge(rows, [EAST]).reading)).toMatchObject({ period: '2024', zone: { rate: 20 }, led: true });
    // A newer period the county has not reported yet leaves the light on the latest it can tell.
    const newer = [...rows, ...of('z', { '2024-03': 30 })];
    expect(comparison(judge(newer, [EAST]).reading)).toMatchObject({ period: '2024', led: true });
  });

  it('has no growth from a year before of zero', () => {
    const { reading, verdict } = judge([...of('z', { 2023: 0, 2024: 5 }), ...of('east', { 2023: 1, 2024: 2 })], [EAST]);
    expect(comparison(reading)).toMatchObject({ zone: { rate: null, missing: [] }, led: null });
    expect(verdict.rag).toBe('grey');
  });
});

describe('a growth lead past its due date, year by year', () => {
  const everyYear = (zone: number[], east: number[]) => [
    ...of('z', Object.fromEntries(zone.map((v, i) => [String(2021 + i), v]))),
    ...of('east', Object.fromEntries(east.map((v, i) => [String(2021 + i), v]))),
  ];

  it('is met when the zone led every year from 2022 to 2025', () => {
    const { reading, verdict } = judge(everyYear([100, 110, 121, 133, 146], [100, 105, 110, 115, 120]), [EAST], AFTER);
    expect(reading).toMatchObject({ state: 'years', missing: [], met: true });
    if (reading.state !== 'years') return;
    expect(reading.years.map((y) => [y.year, y.actual, y.met])).toEqual([
      [2022, 10, true],
      [2023, 10, true],
      [2024, 9.9, true],
      [2025, 9.8, true],
    ]);
    expect(reading.leads?.map((c) => c.period)).toEqual(['2022', '2023', '2024', '2025']);
    expect(verdict).toEqual({ rag: 'green', pace: null, final: 'met' });
  });

  it('is not met when it trailed in one year, whatever the years without figures', () => {
    const rows = everyYear([100, 110, 111, 133], [100, 105, 110, 115]);
    const { reading, verdict } = judge(rows, [EAST], AFTER);
    expect(reading).toMatchObject({ state: 'years', missing: ['2025'], met: false });
    expect(verdict.final).toBe('not_met');
    // The ranking scores the share of years led: 2022 and 2024 of four.
    expect(scoreTarget(LEAD, reading, verdict, 2020)).toEqual({ target: 'lead', basis: 'years', score: 0.5 });
  });

  it('lacks data when every year it can tell was led but a county’s figure is missing for another', () => {
    const rows = [...everyYear([100, 110, 121, 133, 146], [100, 105, 110, 115])];
    const { reading, verdict } = judge(rows, [EAST], AFTER);
    expect(reading).toMatchObject({ state: 'years', missing: ['2025'], met: false });
    expect(verdict).toEqual({ rag: 'red', pace: null, final: 'missing' });
    // Only the county's figure is missing, which no zone can report: the year is not counted against it.
    expect(scoreTarget(LEAD, reading, verdict, 2020)).toEqual({ target: 'lead', basis: 'years', score: 0.99 });
  });

  it('reads the last year at the due date’s month when that is not December', () => {
    const due = { ...LEAD, dueOn: '2025-06-30' };
    const rows = [
      ...everyYear([100, 110, 121, 133], [100, 105, 110, 115]),
      ...of('z', { '2024-06': 60, '2025-06': 66 }),
      ...of('east', { '2024-06': 60, '2025-06': 61 }),
    ];
    const { reading } = judge(rows, [EAST], AFTER, due);
    expect(reading.state === 'years' && reading.leads?.map((c) => [c.period, c.led])).toEqual([
      ['2022', true],
      ['2023', true],
      ['2024', true],
      ['2025-06', true],
    ]);
  });
});

describe('growth leads in the real plan', () => {
  const lead = PLAN.data.targets.find((t) => t.key === 'goal-gdp-growth-lead') as TargetData;
  const admin: Actor = {
    userId: 'U1',
    terminal: false,
    configAdmin: false,
    grants: [{ role: 'admin', zone: null, unit: null }],
  };
  const reporter: Actor = {
    userId: 'U2',
    terminal: false,
    configAdmin: false,
    grants: [{ role: 'reporter', zone: 'donghai', unit: null }],
  };

  it('holds a zone to its county, and a zone under the city to all six', () => {
    expect(PLAN.rivalsOf('donghai').map((c) => c.name)).toEqual(['东海县']);
    expect(PLAN.rivalsOf('ganyu-haiyang').map((c) => c.name)).toEqual(['赣榆区']);
    expect(PLAN.rivalsOf('xuwei').map((c) => c.name)).toEqual([
      '海州区',
      '连云区',
      '赣榆区',
      '东海县',
      '灌云县',
      '灌南县',
    ]);
  });

  it('has four, one per main indicator, for every zone, none projected', () => {
    const leads = PLAN.data.targets.filter((t) => t.kind === 'growth_lead');
    expect(leads.map((t) => t.indicator)).toEqual(['gdp', 'budget_revenue', 'foreign_trade', 'hitech_enterprises']);
    for (const t of leads) expect(t.zones).toEqual(PLAN.data.zones.map((z) => z.slug));
    expect(projectionFor(PLAN, lead, 'donghai', factsOf(), RUNNING)).toEqual({ state: 'none', reason: 'relative' });
  });

  it('has counties report the compared indicators, which admins alone may enter', () => {
    expect(reportableIndicators(PLAN, 'donghai-county')).toEqual([
      'gdp',
      'budget_revenue',
      'foreign_trade',
      'hitech_enterprises',
    ]);
    const action = { kind: 'submit_figure', zone: 'donghai-county', indicator: 'gdp', baseline: false } as const;
    expect(decide(PLAN, admin, action)).toEqual({ allowed: true, needsConfirmation: false });
    expect(decide(PLAN, reporter, action)).toEqual({
      allowed: false,
      whoCan: [{ role: 'admin', zone: null, unit: null }],
    });
  });

  it('keeps counties out of every list of zones: the overview, the ranking, the nudges', () => {
    const facts = factsOf(of('donghai-county', { 2023: 100, 2024: 110 }));
    const zones = PLAN.data.zones.map((z) => z.slug).sort();
    expect(
      cityOverview(PLAN, facts, RUNNING)
        .map((o) => o.zone.slug)
        .sort(),
    ).toEqual(zones);
    const ranking = monthlyRanking({ plan: PLAN, facts, month: '2025-07', thresholds: DEFAULT_THRESHOLDS });
    expect(ranking.entries.map((e) => e.zone).sort()).toEqual(zones);
    const owing = nudgesDue(PLAN, facts, '2022-06-29').flatMap((g) => (g.owner.kind === 'zone' ? [g.owner.zone] : []));
    expect(owing.length).toBeGreaterThan(0);
    expect(owing.filter((z) => !zones.includes(z))).toEqual([]);
    expect(PLAN.zones.exact('东海县')).toBeUndefined();
  });

  it('counts the zones that led in their latest comparison', () => {
    const facts = factsOf([
      ...of('donghai', { 2023: 100, 2024: 110 }),
      ...of('donghai-county', { 2023: 100, 2024: 105 }),
      ...of('guannan', { 2023: 100, 2024: 101 }),
      ...of('guannan-county', { 2023: 100, 2024: 105 }),
      ...of('ganyu', { 2023: 100, 2024: 101 }),
    ]);
    const summary = summarizeTarget(PLAN, lead, facts, RUNNING);
    expect(summary).toMatchObject({ mode: 'each', met: ['donghai'], reported: ['donghai', 'guannan'] });
    if (summary.mode !== 'each') return;
    expect(summary.lights.green).toEqual(['donghai']);
    expect(summary.lights.red).toEqual(['guannan']);
    expect(judgeTargetFor(PLAN, lead, 'ganyu', facts, RUNNING).verdict.rag).toBe('grey');
  });

  it('leaves a lead awaiting only a county’s figures out of the zone’s ranking score', () => {
    const only = (zone: string) => PLAN.zone(zone) as NonNullable<ReturnType<typeof PLAN.zone>>;
    const facts = factsOf([...of('ganyu', { 2023: 100, 2024: 110 }), ...of('donghai', { 2023: 100, 2024: 110 })]);
    const waiting = scoreZone(PLAN, only('ganyu'), facts, RUNNING, { targets: 1, milestones: 0 });
    const gdp = waiting.targets.items.find((i) => i.target === 'goal-gdp-growth-lead');
    expect(gdp).toEqual({ target: 'goal-gdp-growth-lead', basis: 'awaiting_counties', score: 0 });
    // The zone that has not reported its own figures gets nothing for them.
    const none = scoreZone(PLAN, only('lianyun'), facts, RUNNING, { targets: 1, milestones: 0 });
    expect(none.targets.items.find((i) => i.target === 'goal-gdp-growth-lead')?.basis).toBe('unjudged');
    const counted = waiting.targets.items.filter((i) => i.basis !== 'awaiting_counties');
    expect(waiting.targets.score).toBe(
      Math.round((counted.reduce((s, i) => s + i.score, 0) * 1000) / counted.length) / 10,
    );
  });
});
