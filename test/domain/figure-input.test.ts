import { describe, expect, it } from 'vitest';
import { checkFigure, type FigureInput } from '../../src/domain/figure-input.js';
import { reportablePeriods } from '../../src/domain/periods.js';
import type { Series } from '../../src/domain/progress.js';
import { reportText } from '../../src/i18n/messages/report.js';
import { PLAN } from '../support/command-context.js';

const TODAY = '2026-12-01';

const input = (fields: Partial<FigureInput>): FigureInput => ({
  zone: 'xuwei',
  indicator: 'gdp',
  period: '2026-10',
  value: '800',
  note: '',
  source: '',
  ...fields,
});
const check = (fields: Partial<FigureInput>, previous: Series = []) =>
  checkFigure(input(fields), PLAN, TODAY, previous);
const problems = (fields: Partial<FigureInput>, previous: Series = []) => {
  const checked = check(fields, previous);
  return checked.ok ? [] : checked.problems.map((p) => `${p.field}:${p.code}`);
};

describe('checkFigure: only what the form offers', () => {
  it('accepts every period the form offers, and no other', () => {
    const offered = reportablePeriods(TODAY, 2020);
    expect(offered.filter((period) => problems({ period, value: '800', note: '核实' }).length)).toEqual([]);
    const candidates = ['2019', '2019-12', '2020-01', '2020-12', '2026', '2027', '2027-01', '2030-01'];
    expect(candidates.filter((period) => !problems({ period }).length)).toEqual([]);
  });

  it('says why a period is not offered', () => {
    expect(problems({ period: '2020-12' })).toEqual(['period:baseline_month']);
    expect(problems({ period: '2019' })).toEqual(['period:before_baseline']);
    expect(problems({ period: '2026' })).toEqual(['period:year_not_over']);
    expect(problems({ period: '2027-01' })).toEqual(['period:future']);
    expect(problems({ period: '2026-13' })).toEqual(['period:format']);
  });

  it('explains a month of the baseline year in both languages', () => {
    const problem = { field: 'period', code: 'baseline_month' } as const;
    expect(reportText('zh').problem(problem, '亿元', '')).toBe('基期年份只填报全年数据，不按月填报。');
    expect(reportText('en').problem(problem, 'yuan', '')).toBe(
      'The baseline year is reported as a whole year, not month by month.',
    );
  });

  it('refuses an indicator the plan does not know, or one the zone does not report', () => {
    expect(problems({ indicator: 'nonsense' })).toEqual(['indicator:unknown']);
    expect(problems({ indicator: 'listed_companies' })).toEqual(['indicator:not_for_zone']);
    expect(problems({ zone: 'nowhere' })).toEqual(['indicator:not_for_zone']);
    expect(problems({ zone: null, indicator: 'hitech_enterprises' })).toEqual(['indicator:not_for_zone']);
    expect(problems({ zone: null, indicator: 'listed_companies', value: '17' })).toEqual([]);
  });
});
