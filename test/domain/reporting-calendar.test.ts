import { describe, expect, it } from 'vitest';
import { reportableIndicators } from '../../src/domain/figure-input.js';
import {
  DEFAULT_REPORTING,
  type DueFigure,
  dueDate,
  dueFigures,
  escalationDate,
  escalations,
  hasFigure,
  missingFigures,
  periodsOf,
  reminderDate,
  reportingOf,
  upcoming,
} from '../../src/domain/reporting-calendar.js';
import { buildCalendar } from '../../src/domain/workdays.js';
import { type FigureRow, factsOf } from '../support/command-context.js';
import { MIXED, MONTHLY, planWith, QUARTERLY, YEARLY } from './reporting-plan.js';

const calendar = buildCalendar([]);
const gdp = MIXED.indicator('gdp');
const rank = MIXED.indicator('provincial_rank');
const hitech = MIXED.indicator('hitech_enterprises');
const agencyShare = MIXED.indicator('economic_agency_share');

/** Due figures as indicator → periods, oldest first. */
function byIndicator(figures: DueFigure[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of figures) out[f.indicator.key] = [...(out[f.indicator.key] ?? []), f.period];
  return out;
}

/** Every month from one to another, both included. */
function months(from: string, to: string): string[] {
  const out: string[] = [];
  for (let y = Number(from.slice(0, 4)), m = Number(from.slice(5)); `${y}-${String(m).padStart(2, '0')}` <= to; ) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out;
}

describe('periodsOf', () => {
  it('gives months, quarters as their last month, and years, each ending within the dates', () => {
    expect(periodsOf(gdp, '2021-01-15', '2021-04-29')).toEqual(['2021-01', '2021-02', '2021-03']);
    expect(periodsOf(hitech, '2021-01-01', '2022-06-30')).toEqual([
      '2021-03',
      '2021-06',
      '2021-09',
      '2021-12',
      '2022-03',
      '2022-06',
    ]);
    expect(periodsOf(rank, '2021-01-01', '2025-12-31')).toEqual(['2021', '2022', '2023', '2024', '2025']);
    expect(periodsOf(rank, '2021-01-01', '2025-12-30')).toEqual(['2021', '2022', '2023', '2024']);
  });

  it('takes an indicator with no rule as monthly, due the 10th working day of the next month', () => {
    const { reporting: _, ...bare } = gdp;
    expect(reportingOf(bare)).toEqual(DEFAULT_REPORTING);
    expect(periodsOf(bare, '2025-11-01', '2025-12-31')).toEqual(['2025-11', '2025-12']);
  });
});

describe('dueDate', () => {
  it('is the 10th working day of the next month, across holidays and 调休 weekends', () => {
    // February 2025: 春节 to the 4th, the 8th (Saturday) worked.
    expect(dueDate(gdp, '2025-01', calendar)).toBe('2025-02-17');
    // October 2023: 中秋节、国庆节 to the 6th, the 7th and 8th worked.
    expect(dueDate(gdp, '2023-09', calendar)).toBe('2023-10-18');
    // January 2026: 元旦 to the 3rd, the 4th (Sunday) worked.
    expect(dueDate(gdp, '2025-12', calendar)).toBe('2026-01-15');
    // February 2026: the 10th working day falls before the Spring Festival.
    expect(dueDate(gdp, '2026-01', calendar)).toBe('2026-02-13');
  });

  it('reaches past the Spring Festival for a later working day', () => {
    const twelfth = { ...gdp, reporting: { ...MONTHLY, due: { monthsAfter: 1, workingDay: 12 } } };
    expect(dueDate(twelfth, '2026-01', calendar)).toBe('2026-02-24');
  });

  it('counts from a quarter’s last month and a year’s December', () => {
    expect(dueDate(hitech, '2025-03', calendar)).toBe('2025-04-15');
    expect(dueDate(rank, '2025', calendar)).toBe('2026-03-13');
  });

  it('is the month’s last working day where admins have left it fewer', () => {
    // March 2026 with its first 13 working days closed has 9 left, the last on the 31st.
    const closed = buildCalendar(
      ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13', '16', '17', '18'].map((d) => ({
        date: `2026-03-${d}`,
        kind: 'holiday' as const,
      })),
    );
    expect(dueDate(rank, '2025', closed)).toBe('2026-03-31');
  });
});

describe('reminderDate and escalationDate', () => {
  it('are working days before and three working days after the due day', () => {
    expect(reminderDate(gdp, '2025-12', calendar)).toBe('2026-01-12');
    expect(reminderDate(gdp, '2025-12', calendar, 5)).toBe('2026-01-08');
    expect(escalationDate(gdp, '2025-12', calendar)).toBe('2026-01-20');
    // Due 13 February 2026: the 14th is worked, then the Spring Festival.
    expect(escalationDate(gdp, '2026-01', calendar)).toBe('2026-02-25');
  });
});

describe('hasFigure', () => {
  it('takes a year’s annual figure for its December and the December for its year', () => {
    const facts = factsOf([
      { zone: 'xuwei', indicator: 'gdp', period: '2024', value: 1 },
      { zone: 'xuwei', indicator: 'provincial_rank', period: '2025-12', value: 3 },
    ]);
    expect(hasFigure(facts, 'xuwei', 'gdp', '2024-12')).toBe(true);
    expect(hasFigure(facts, 'xuwei', 'gdp', '2024-11')).toBe(false);
    expect(hasFigure(facts, 'xuwei', 'provincial_rank', '2025')).toBe(true);
    expect(hasFigure(facts, 'gaoxin', 'provincial_rank', '2025')).toBe(false);
  });
});

describe('dueFigures during the plan', () => {
  const due = byIndicator(dueFigures(MIXED, 'xuwei', '2023-06-15', calendar));

  it('asks for every month of a monthly indicator due by today, from the first after the baseline', () => {
    // May’s figures were due on 14 June 2023.
    expect(due.gdp).toEqual(months('2021-01', '2023-05'));
  });

  it('asks for a quarterly indicator at its quarters’ ends only', () => {
    expect(due.hitech_enterprises).toEqual(months('2021-01', '2023-03').filter((p) => Number(p.slice(5)) % 3 === 0));
  });

  it('never asks for a yearly indicator by the month', () => {
    expect(due.provincial_rank).toEqual(['2021', '2022']);
  });

  it('asks for a yearly indicator where a target of it is judged mid-year', () => {
    // Task 2: the agency share by 30 June 2022.
    expect(due.economic_agency_share).toEqual(['2021', '2022-06', '2022']);
    expect(dueDate(agencyShare, '2022-06', calendar)).toBe('2022-09-15');
  });

  it('asks only for the indicators the zone reports', () => {
    expect(Object.keys(due)).toEqual(reportableIndicators(MIXED, 'xuwei'));
    expect(Object.keys(byIndicator(dueFigures(MIXED, null, '2023-06-15', calendar)))).toEqual(
      reportableIndicators(MIXED, null),
    );
  });
});

describe('missingFigures', () => {
  const reported: FigureRow[] = months('2021-01', '2023-05')
    .filter((p) => p !== '2022-07' && p !== '2021-12')
    .map((period) => ({ zone: 'xuwei', indicator: 'gdp', period, value: 100 }));

  it('is every due figure for a zone that has reported nothing', () => {
    const all = dueFigures(MIXED, 'xuwei', '2023-06-15', calendar);
    expect(missingFigures(MIXED, factsOf(), 'xuwei', '2023-06-15', calendar)).toEqual(all);
  });

  it('leaves out the figures in, an annual one standing for its December', () => {
    const facts = factsOf([...reported, { zone: 'xuwei', indicator: 'gdp', period: '2021', value: 1200 }]);
    const missing = byIndicator(missingFigures(MIXED, facts, 'xuwei', '2023-06-15', calendar));
    expect(missing.gdp).toEqual(['2022-07']);
    expect(missing.budget_revenue).toHaveLength(29);
  });

  it('is a zone’s own: another zone’s figures do not count', () => {
    const facts = factsOf(reported.map((f) => ({ ...f, zone: 'gaoxin' })));
    expect(byIndicator(missingFigures(MIXED, facts, 'xuwei', '2023-06-15', calendar)).gdp).toHaveLength(29);
  });
});

const YEAR_ENDS = ['2021-12', '2022-12', '2023-12', '2024-12', '2025-12'];

describe('after the plan’s end', () => {
  it('asks only for what the final assessment reads', () => {
    const due = byIndicator(dueFigures(MIXED, 'xuwei', '2026-01-20', calendar));
    // A growth lead compares each year's end with the year before's, from 2022: 2021's end to 2025's.
    expect(due.gdp).toEqual(YEAR_ENDS);
    expect(due.hitech_enterprises).toEqual(YEAR_ENDS);
    expect(due.manufacturing_value_added).toEqual(['2025-12']);
    // 累计实际利用外资 sums every year's; 每年引进百亿元以上项目 counts each year from 2022.
    expect(due.fdi).toEqual(YEAR_ENDS);
    expect(due.projects_10bn).toEqual(['2022-12', '2023-12', '2024-12', '2025-12']);
    // A rank's gain needs the rank of the year before 2022; 2025's is due in March.
    expect(due.provincial_rank).toEqual(['2021', '2022', '2023', '2024']);
    expect(due.economic_agency_share).toEqual(['2022-06']);
    expect(due.safety_risk_assessment_rate).toEqual(['2022-12']);
  });

  it('asks the city for the totals its shares are taken of', () => {
    const due = byIndicator(dueFigures(MIXED, null, '2026-01-20', calendar));
    expect(due).toEqual(Object.fromEntries(reportableIndicators(MIXED, null).map((key) => [key, ['2025-12']])));
  });

  it('asks for a yearly indicator’s final year once it falls due', () => {
    expect(byIndicator(dueFigures(MIXED, 'xuwei', '2026-03-13', calendar)).provincial_rank).toContain('2025');
  });

  it('stops after the assessment date', () => {
    expect(dueFigures(MIXED, 'xuwei', '2026-03-31', calendar)).not.toEqual([]);
    expect(dueFigures(MIXED, 'xuwei', '2026-04-01', calendar)).toEqual([]);
    expect(missingFigures(MIXED, factsOf(), null, '2026-11-28', calendar)).toEqual([]);
  });

  it('goes on asking for the final figures where the plan sets no assessment date', () => {
    const open = planWith({ provincial_rank: YEARLY }, null);
    expect(byIndicator(dueFigures(open, 'xuwei', '2030-01-01', calendar)).gdp).toEqual(YEAR_ENDS);
  });

  it('counts a final figure in when it is', () => {
    const years = ['2021', '2022', '2023', '2024', '2025'];
    const facts = factsOf(years.map((period) => ({ zone: 'xuwei', indicator: 'gdp', period, value: 1020 })));
    expect(byIndicator(missingFigures(MIXED, facts, 'xuwei', '2026-02-01', calendar)).gdp).toBeUndefined();
  });
});

describe('upcoming and escalations', () => {
  const quarterlyGdp = planWith({ gdp: QUARTERLY });
  const inForGdp = factsOf([{ zone: 'xuwei', indicator: 'gdp', period: '2025-11', value: 900 }]);

  it('lists the figures falling due within the working days ahead, not those in', () => {
    // 2025-11's figures are due on 12 December 2025 (the 10th working day).
    const soon = upcoming(MIXED, inForGdp, 'xuwei', '2025-12-09', calendar);
    expect(soon.every((f) => f.period === '2025-11' && f.dueOn === '2025-12-12')).toBe(true);
    expect(soon.map((f) => f.indicator.key)).not.toContain('gdp');
    expect(soon.map((f) => f.indicator.key)).toContain('budget_revenue');
    expect(upcoming(MIXED, inForGdp, 'xuwei', '2025-12-08', calendar)).toEqual([]);
    expect(upcoming(MIXED, inForGdp, 'xuwei', '2025-12-08', calendar, 4)).toHaveLength(soon.length);
  });

  it('leaves what is due today to the missing figures', () => {
    expect(upcoming(MIXED, factsOf(), 'xuwei', '2025-12-12', calendar)).toEqual([]);
    const today = missingFigures(MIXED, factsOf(), 'xuwei', '2025-12-12', calendar);
    expect(today.some((f) => f.period === '2025-11')).toBe(true);
  });

  it('never reminds of a quarterly indicator between quarters', () => {
    const soon = upcoming(quarterlyGdp, factsOf(), 'xuwei', '2025-12-09', calendar);
    expect(soon.map((f) => f.indicator.key)).not.toContain('gdp');
  });

  it('escalates a missing figure from three working days after its due day', () => {
    const gdpOf = (figures: DueFigure[]) => figures.filter((f) => f.indicator.key === 'gdp').map((f) => f.period);
    const earlier = factsOf(
      YEAR_ENDS.slice(0, -1).map((period) => ({ zone: 'xuwei', indicator: 'gdp', period, value: 900 })),
    );
    expect(gdpOf(escalations(MIXED, earlier, 'xuwei', '2026-01-19', calendar))).toEqual([]);
    expect(gdpOf(escalations(MIXED, earlier, 'xuwei', '2026-01-20', calendar))).toEqual(['2025-12']);
    const inNow = factsOf(YEAR_ENDS.map((period) => ({ zone: 'xuwei', indicator: 'gdp', period, value: 990 })));
    expect(gdpOf(escalations(MIXED, inNow, 'xuwei', '2026-01-20', calendar))).toEqual([]);
  });
});
