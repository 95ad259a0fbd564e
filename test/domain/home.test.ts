import { describe, expect, it } from 'vitest';
import { homeOf } from '../../src/domain/home.js';
import { missingFigures } from '../../src/domain/reporting-calendar.js';
import type { Actor, Grant } from '../../src/domain/roles.js';
import { buildCalendar } from '../../src/domain/workdays.js';
import { homeView, MAX_HOME_BLOCKS, MAX_PERIODS } from '../../src/views/home.js';
import { DEFAULT_THRESHOLDS, factsOf, PLAN } from '../support/command-context.js';
import { MIXED } from './reporting-plan.js';

const AFTER_PLAN = { today: '2026-11-28', thresholds: DEFAULT_THRESHOLDS };
/** The month after the plan's end, while its final figures are chased. */
const FINAL_MONTH = { today: '2026-01-20', thresholds: DEFAULT_THRESHOLDS };
const LATE_2025 = { today: '2025-11-20', thresholds: DEFAULT_THRESHOLDS };
const calendar = buildCalendar([]);
const DONE_ON_TIME = new Date('2022-06-01T02:00:00Z');

const actor = (...grants: Grant[]): Actor => ({ userId: 'U1', terminal: false, configAdmin: false, grants });
const reporter = (zone: string): Grant => ({ role: 'reporter', zone, unit: null });
const officer = (unit: string): Grant => ({ role: 'officer', zone: null, unit });
const LEADERSHIP: Grant = { role: 'leadership', zone: null, unit: null };

describe('homeOf: a zone reporter', () => {
  it('owes every milestone not done once the plan is over, and no figure after its assessment', () => {
    const home = homeOf(MIXED, actor(reporter('xuwei')), factsOf(), AFTER_PLAN, calendar);
    const [xuwei] = home.zones;
    expect(xuwei?.zone.slug).toBe('xuwei');
    expect(xuwei?.milestones).toHaveLength(PLAN.milestonesOfZone('xuwei').length);
    expect(xuwei?.milestones.every((l) => l.status === 'overdue')).toBe(true);
    expect(xuwei?.missing).toEqual([]);
    expect(home.units).toEqual([]);
    expect(home.overview).toBeNull();
  });

  it('owes the figures due and not in, by the reporting calendar’s rule', () => {
    const facts = factsOf([{ zone: 'xuwei', indicator: 'gdp', period: '2025-12', value: 1020 }]);
    const [xuwei] = homeOf(MIXED, actor(reporter('xuwei')), facts, FINAL_MONTH, calendar).zones;
    expect(xuwei?.missing).toEqual(missingFigures(MIXED, facts, 'xuwei', FINAL_MONTH.today, calendar));
    const owed = xuwei?.missing.map((f) => `${f.indicator.key} ${f.period}`);
    expect(owed).not.toContain('gdp 2025-12');
    expect(owed).toContain('budget_revenue 2025-12');
  });

  it('never asks for a yearly indicator’s figures by the month', () => {
    const [xuwei] = homeOf(MIXED, actor(reporter('xuwei')), factsOf(), LATE_2025, calendar).zones;
    const rank = xuwei?.missing.filter((f) => f.indicator.key === 'provincial_rank').map((f) => f.period);
    expect(rank).toEqual(['2021', '2022', '2023', '2024']);
    const gdp = xuwei?.missing.filter((f) => f.indicator.key === 'gdp').map((f) => f.period);
    expect(gdp?.at(-1)).toBe('2025-10');
  });

  it('drops milestones reported done and figures given, not those of another period', () => {
    const facts = factsOf(
      [
        { zone: 'xuwei', indicator: 'gdp', period: '2025-12', value: 900 },
        { zone: 'xuwei', indicator: 'foreign_trade', period: '2025-11', value: 300 },
        { zone: 'gaoxin', indicator: 'budget_revenue', period: '2025-12', value: 30 },
      ],
      [{ milestone: 't19-ftz-linkage-plan', zone: 'xuwei', state: 'done', enteredAt: DONE_ON_TIME }],
    );
    const [xuwei] = homeOf(MIXED, actor(reporter('xuwei')), facts, FINAL_MONTH, calendar).zones;
    expect(xuwei?.milestones.map((l) => l.milestone.key)).not.toContain('t19-ftz-linkage-plan');
    const missing = xuwei?.missing.filter((f) => f.period === '2025-12').map((f) => f.indicator.key);
    expect(missing).not.toContain('gdp');
    expect(missing).toContain('foreign_trade');
    expect(missing).toContain('budget_revenue');
  });

  it('takes a year’s annual figure for its December', () => {
    const facts = factsOf([{ zone: 'xuwei', indicator: 'gdp', period: '2025', value: 980 }]);
    const [xuwei] = homeOf(MIXED, actor(reporter('xuwei')), facts, FINAL_MONTH, calendar).zones;
    const gdp = xuwei?.missing.filter((f) => f.indicator.key === 'gdp').map((f) => f.period);
    // The earlier years' ends are owed too, for the growth compared with the counties'.
    expect(gdp).toEqual(['2021-12', '2022-12', '2023-12', '2024-12']);
  });

  it('names each missing indicator once, with its newest periods, in both languages', () => {
    const me = actor(reporter('xuwei'));
    const home = homeOf(MIXED, me, factsOf(), LATE_2025, calendar);
    const gdp = home.zones[0]?.missing.filter((f) => f.indicator.key === 'gdp') ?? [];
    const text = (lang: 'zh' | 'en') => JSON.stringify(homeView(home, MIXED, me, lang).blocks);
    expect(text('zh')).toContain(
      `• 地区生产总值：2025年10月、2025年9月、2025年8月，另有更早 ${gdp.length - MAX_PERIODS} 期`,
    );
    expect(text('zh')).toContain('• 省级开发区综合考评位次：2024年、2023年、2022年，另有更早 1 期');
    expect(text('en')).toContain(
      `• Gross domestic product: Oct 2025, Sep 2025, Aug 2025, and ${gdp.length - MAX_PERIODS} earlier`,
    );
    const none = homeOf(MIXED, me, factsOf(), AFTER_PLAN, calendar);
    expect(JSON.stringify(homeView(none, MIXED, me, 'zh').blocks)).toContain('到期的数据已全部填报');
    expect(JSON.stringify(homeView(none, MIXED, me, 'en').blocks)).toContain('Every figure due is in');
  });

  it('keeps a done awaiting confirmation among what is owed, and says it awaits confirmation', () => {
    const facts = factsOf(
      [],
      [{ milestone: 't19-ftz-linkage-plan', zone: 'xuwei', state: 'awaiting_confirmation', enteredAt: DONE_ON_TIME }],
    );
    const me = actor(reporter('xuwei'));
    const home = homeOf(PLAN, me, facts, AFTER_PLAN, calendar);
    expect(home.zones[0]?.milestones.map((l) => l.milestone.key)).toContain('t19-ftz-linkage-plan');
    const text = (lang: 'zh' | 'en') => JSON.stringify(homeView(home, PLAN, me, lang).blocks);
    expect(text('zh')).toMatch(/任务19 [^"]* — 逾期 \d+ 天 · 待确认/);
    expect(text('en')).toMatch(/Task 19 [^"]* — \d+ days overdue · awaiting confirmation/);
  });

  it('lists what falls due soon, earliest first, and leaves later deadlines out', () => {
    const judging = { today: '2022-06-15', thresholds: DEFAULT_THRESHOLDS };
    const [xuwei] = homeOf(PLAN, actor(reporter('xuwei')), factsOf(), judging, calendar).zones;
    expect(xuwei?.milestones.length).toBeGreaterThan(0);
    expect(xuwei?.milestones.every((l) => l.status === 'due_soon' && l.milestone.dueOn === '2022-06-30')).toBe(true);
  });
});

describe('homeOf: a unit officer', () => {
  const home = homeOf(PLAN, actor(officer('commerce')), factsOf(), AFTER_PLAN, calendar);
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
    const overview = homeOf(PLAN, actor(LEADERSHIP), facts, AFTER_PLAN, calendar).overview ?? [];
    expect(overview.map((z) => z.zone.slug).sort()).toEqual(PLAN.data.zones.map((z) => z.slug).sort());
    // With the plan over, a target missed and a target without its final figure are both red.
    const lianyun = overview.find((z) => z.zone.slug === 'lianyun');
    const own = PLAN.targetsOfZone('lianyun').filter((t) => t.aggregate !== 'total').length;
    expect(lianyun?.lights).toEqual({ red: own, yellow: 0, green: 0, grey: 0 });
    const keys = overview.map((z) => [z.lights.red, z.overdue] as const);
    expect(keys).toEqual([...keys].sort((a, b) => b[0] - a[0] || b[1] - a[1]));
    const admin = { ...actor(), configAdmin: true };
    expect(homeOf(PLAN, admin, facts, AFTER_PLAN, calendar).overview).toHaveLength(PLAN.data.zones.length);
  });

  it('is not for anyone else, who owes nothing', () => {
    expect(homeOf(PLAN, actor(), factsOf(), AFTER_PLAN, calendar)).toMatchObject({
      zones: [],
      units: [],
      overview: null,
    });
  });
});

describe('homeView', () => {
  it('stays within Slack’s limit for someone who holds every role there is', () => {
    const everything = actor(
      LEADERSHIP,
      ...PLAN.data.zones.map((z) => reporter(z.slug)),
      ...PLAN.data.units.map((u) => officer(u.key)),
    );
    // Late in the plan, when a zone that has reported nothing owes the most.
    const home = homeOf(MIXED, everything, factsOf(), LATE_2025, calendar);
    for (const lang of ['zh', 'en'] as const) {
      const view = homeView(home, MIXED, everything, lang);
      expect(view.type).toBe('home');
      expect(view.blocks.length).toBeLessThanOrEqual(MAX_HOME_BLOCKS);
    }
  });
});
