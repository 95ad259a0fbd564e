import { describe, expect, it } from 'vitest';
import { reportableIndicators } from '../../src/domain/figure-input.js';
import { homeOf, lastMonth } from '../../src/domain/home.js';
import type { Actor, Grant } from '../../src/domain/roles.js';
import { homeView, MAX_HOME_BLOCKS } from '../../src/views/home.js';
import { DEFAULT_THRESHOLDS, factsOf, PLAN } from '../support/command-context.js';

const AFTER_PLAN = { today: '2026-11-28', thresholds: DEFAULT_THRESHOLDS };
const DONE_ON_TIME = new Date('2022-06-01T02:00:00Z');

const actor = (...grants: Grant[]): Actor => ({ userId: 'U1', terminal: false, configAdmin: false, grants });
const reporter = (zone: string): Grant => ({ role: 'reporter', zone, unit: null });
const officer = (unit: string): Grant => ({ role: 'officer', zone: null, unit });
const LEADERSHIP: Grant = { role: 'leadership', zone: null, unit: null };

describe('lastMonth', () => {
  it('is the month before today’s, across a year’s end', () => {
    expect(lastMonth('2026-11-28')).toBe('2026-10');
    expect(lastMonth('2026-01-01')).toBe('2025-12');
  });
});

describe('homeOf: a zone reporter', () => {
  it('owes every milestone not done once the plan is over, and every figure of last month', () => {
    const home = homeOf(PLAN, actor(reporter('xuwei')), factsOf(), AFTER_PLAN);
    const [xuwei] = home.zones;
    expect(home.period).toBe('2026-10');
    expect(xuwei?.zone.slug).toBe('xuwei');
    expect(xuwei?.milestones).toHaveLength(PLAN.milestonesOfZone('xuwei').length);
    expect(xuwei?.milestones.every((l) => l.status === 'overdue')).toBe(true);
    expect(xuwei?.missing.map((i) => i.key)).toEqual(reportableIndicators(PLAN, 'xuwei'));
    expect(home.units).toEqual([]);
    expect(home.overview).toBeNull();
  });

  it('drops milestones reported done and figures given for last month, not those of an earlier one', () => {
    const facts = factsOf(
      [
        { zone: 'xuwei', indicator: 'gdp', period: '2026-10', value: 900 },
        { zone: 'xuwei', indicator: 'foreign_trade', period: '2026-09', value: 300 },
        { zone: 'gaoxin', indicator: 'budget_revenue', period: '2026-10', value: 30 },
      ],
      [{ milestone: 't19-ftz-linkage-plan', zone: 'xuwei', state: 'done', enteredAt: DONE_ON_TIME }],
    );
    const [xuwei] = homeOf(PLAN, actor(reporter('xuwei')), facts, AFTER_PLAN).zones;
    expect(xuwei?.milestones.map((l) => l.milestone.key)).not.toContain('t19-ftz-linkage-plan');
    const missing = xuwei?.missing.map((i) => i.key);
    expect(missing).not.toContain('gdp');
    expect(missing).toContain('foreign_trade');
    expect(missing).toContain('budget_revenue');
  });

  it('keeps a done awaiting confirmation among what is owed, and says it awaits confirmation', () => {
    const facts = factsOf(
      [],
      [{ milestone: 't19-ftz-linkage-plan', zone: 'xuwei', state: 'awaiting_confirmation', enteredAt: DONE_ON_TIME }],
    );
    const me = actor(reporter('xuwei'));
    const home = homeOf(PLAN, me, facts, AFTER_PLAN);
    expect(home.zones[0]?.milestones.map((l) => l.milestone.key)).toContain('t19-ftz-linkage-plan');
    const text = (lang: 'zh' | 'en') => JSON.stringify(homeView(home, PLAN, me, lang).blocks);
    expect(text('zh')).toMatch(/任务19 [^"]* — 逾期 \d+ 天 · 待确认/);
    expect(text('en')).toMatch(/Task 19 [^"]* — \d+ days overdue · awaiting confirmation/);
  });

  it('takes a year’s annual figure for its December', () => {
    const facts = factsOf([{ zone: 'xuwei', indicator: 'gdp', period: '2025', value: 980 }]);
    const judging = { today: '2026-01-10', thresholds: DEFAULT_THRESHOLDS };
    const [xuwei] = homeOf(PLAN, actor(reporter('xuwei')), facts, judging).zones;
    expect(xuwei?.missing.map((i) => i.key)).not.toContain('gdp');
  });

  it('lists what falls due soon, earliest first, and leaves later deadlines out', () => {
    const judging = { today: '2022-06-15', thresholds: DEFAULT_THRESHOLDS };
    const [xuwei] = homeOf(PLAN, actor(reporter('xuwei')), factsOf(), judging).zones;
    expect(xuwei?.milestones.length).toBeGreaterThan(0);
    expect(xuwei?.milestones.every((l) => l.status === 'due_soon' && l.milestone.dueOn === '2022-06-30')).toBe(true);
  });
});

describe('homeOf: a unit officer', () => {
  const home = homeOf(PLAN, actor(officer('commerce')), factsOf(), AFTER_PLAN);
  const [commerce] = home.units;

  it('owes the milestones the unit owes itself', () => {
    expect(commerce?.milestones.map((l) => l.milestone.key)).toEqual([
      's3-city-progress-meeting-2022',
      's3-city-progress-meeting-2023',
      's3-city-progress-meeting-2024',
      's3-city-progress-meeting-2025',
    ]);
  });

  it('sees its tasks with overdue milestones, most overdue first', () => {
    const tasks = commerce?.tasks ?? [];
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks.every((t) => PLAN.tasksOfUnit('commerce').includes(t.task))).toBe(true);
    const counts = tasks.map((t) => t.overdue);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(tasks.find((t) => t.task.number === 19)?.overdue).toBe(PLAN.milestonesOfTask(19)[0]?.zones.length);
  });
});

describe('homeOf: the city overview', () => {
  it('is for leadership and admins, every zone once, worst first', () => {
    const facts = factsOf([
      { zone: 'lianyun', indicator: 'gdp', period: '2020', value: 100 },
      { zone: 'lianyun', indicator: 'gdp', period: '2025', value: 120 },
    ]);
    const overview = homeOf(PLAN, actor(LEADERSHIP), facts, AFTER_PLAN).overview ?? [];
    expect(overview.map((z) => z.zone.slug).sort()).toEqual(PLAN.data.zones.map((z) => z.slug).sort());
    // With the plan over, a target missed and a target without its final figure are both red.
    const lianyun = overview.find((z) => z.zone.slug === 'lianyun');
    const own = PLAN.targetsOfZone('lianyun').filter((t) => t.aggregate !== 'total').length;
    expect(lianyun?.lights).toEqual({ red: own, yellow: 0, green: 0, grey: 0 });
    const keys = overview.map((z) => [z.lights.red, z.overdue] as const);
    expect(keys).toEqual([...keys].sort((a, b) => b[0] - a[0] || b[1] - a[1]));
    const admin = { ...actor(), configAdmin: true };
    expect(homeOf(PLAN, admin, facts, AFTER_PLAN).overview).toHaveLength(PLAN.data.zones.length);
  });

  it('is not for anyone else, who owes nothing', () => {
    expect(homeOf(PLAN, actor(), factsOf(), AFTER_PLAN)).toMatchObject({ zones: [], units: [], overview: null });
  });
});

describe('homeView', () => {
  it('stays within Slack’s limit for someone who holds every role there is', () => {
    const everything = actor(
      LEADERSHIP,
      ...PLAN.data.zones.map((z) => reporter(z.slug)),
      ...PLAN.data.units.map((u) => officer(u.key)),
    );
    const home = homeOf(PLAN, everything, factsOf(), AFTER_PLAN);
    for (const lang of ['zh', 'en'] as const) {
      const view = homeView(home, PLAN, everything, lang);
      expect(view.type).toBe('home');
      expect(view.blocks.length).toBeLessThanOrEqual(MAX_HOME_BLOCKS);
    }
  });
});
