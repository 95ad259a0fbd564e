import { describe, expect, it } from 'vitest';
import { escalationDate, reportingOf } from '../../src/domain/reporting-calendar.js';
import { buildCalendar } from '../../src/domain/workdays.js';
import { readPlanFile } from '../../src/plan/read.js';
import { REAL_PLAN_FILE } from '../support/plan-files.js';

const { plan, indicators } = readPlanFile(REAL_PLAN_FILE).data;
const byKey = (key: string) => indicators.find((i) => i.key === key);
const WORDS = {
  monthly: { zh: '按月报送', en: 'monthly' },
  quarterly: { zh: '按季报送', en: 'each quarter' },
  yearly: { zh: '按年报送', en: 'yearly' },
} as const;
const ORDINAL = ['', '1st', '2nd', '3rd'];

describe('the plan file’s reporting rules', () => {
  it('gives every indicator one, marked as read in, since the plan states none', () => {
    for (const i of indicators) {
      expect(i.reporting, i.key).toBeDefined();
      expect(i.reporting?.inferred?.zh, i.key).toMatch(/^方案未写明报送频次和时限/);
      expect(i.reporting?.inferred?.en, i.key).toMatch(/^the plan sets no reporting frequency or deadline/);
    }
  });

  it('says in each note the frequency and due day the rule holds', () => {
    for (const i of indicators) {
      const { frequency, due, inferred } = reportingOf(i);
      expect(inferred?.zh, i.key).toContain(WORDS[frequency].zh);
      expect(inferred?.en, i.key).toContain(WORDS[frequency].en);
      expect(inferred?.zh, i.key).toContain(`第${due.workingDay}个工作日`);
      expect(inferred?.en, i.key).toContain(`${ORDINAL[due.workingDay] ?? `${due.workingDay}th`} working day`);
      if (frequency === 'yearly') {
        expect(due.monthsAfter, i.key).toBe(3);
        expect(inferred?.zh, i.key).toContain('次年3月');
        expect(inferred?.en, i.key).toContain('March of the next year');
      } else expect(due.monthsAfter, i.key).toBe(1);
    }
  });

  it('asks for the rank and the agency share once a year, and GDP by the quarter, as they are compiled', () => {
    expect(byKey('provincial_rank')?.reporting?.frequency).toBe('yearly');
    expect(byKey('economic_agency_share')?.reporting?.frequency).toBe('yearly');
    expect(byKey('gdp')?.reporting?.frequency).toBe('quarterly');
    expect(byKey('budget_revenue')?.reporting?.frequency).toBe('monthly');
  });

  it('dates the final assessment after the last final figure’s escalation', () => {
    expect(plan.assessment?.date).toBe('2026-03-31');
    expect(plan.assessment?.inferred?.zh).toContain('方案未写明终期评估时间');
    const calendar = buildCalendar([]);
    for (const i of indicators) {
      const final = reportingOf(i).frequency === 'yearly' ? plan.endsOn.slice(0, 4) : plan.endsOn.slice(0, 7);
      expect(escalationDate(i, final, calendar) < (plan.assessment?.date ?? ''), i.key).toBe(true);
    }
  });
});
