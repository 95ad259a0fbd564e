import { describe, expect, it } from 'vitest';
import { checkFigure, type FigureInput } from '../../src/domain/figure-input.js';
import { reportablePeriods } from '../../src/domain/periods.js';
import { reportText } from '../../src/i18n/messages/report.js';
import { type FigureRow, factsOf, PLAN } from '../support/command-context.js';

const TODAY = '2025-11-15';

const input = (fields: Partial<FigureInput>): FigureInput => ({
  zone: 'xuwei',
  indicator: 'gdp',
  period: '2025-10',
  value: '800',
  note: '',
  source: '',
  ...fields,
});
const check = (fields: Partial<FigureInput>, rows: FigureRow[] = []) =>
  checkFigure(input(fields), PLAN, TODAY, factsOf(rows));
const problems = (fields: Partial<FigureInput>, rows: FigureRow[] = []) => {
  const checked = check(fields, rows);
  return checked.ok ? [] : checked.problems.map((p) => `${p.field}:${p.code}`);
};
const gdp = (period: string, value: number, zone: string | null = 'xuwei'): FigureRow => ({
  zone,
  indicator: 'gdp',
  period,
  value,
});
/** What a figure needing a note was held against, or null when it needs none. */
const heldAgainst = (fields: Partial<FigureInput>, rows: FigureRow[] = []) => {
  const checked = check(fields, rows);
  if (checked.ok) return null;
  const wild = checked.problems.find((p) => p.code === 'needs_note');
  return wild?.code === 'needs_note' ? { against: wild.against, ...wild.previous } : checked.problems;
};

describe('checkFigure: only what the form offers', () => {
  it('accepts every period the form offers, and no other', () => {
    const offered = reportablePeriods(TODAY, PLAN);
    expect(offered.filter((period) => problems({ period, value: '800', note: '核实' }).length)).toEqual([]);
    const candidates = ['2019', '2019-12', '2020-01', '2020-12', '2026', '2027', '2027-01', '2030-01'];
    expect(candidates.filter((period) => !problems({ period }).length)).toEqual([]);
  });

  it('says why a period is not offered', () => {
    expect(problems({ period: '2020-12' })).toEqual(['period:baseline_month']);
    expect(problems({ period: '2019' })).toEqual(['period:before_baseline']);
    expect(problems({ period: '2025' })).toEqual(['period:year_not_over']);
    expect(problems({ period: '2025-12' })).toEqual(['period:future']);
    const late = checkFigure(input({ period: '2026-01' }), PLAN, '2026-12-01', factsOf([]));
    expect(late.ok ? [] : late.problems).toEqual([{ field: 'period', code: 'after_plan' }]);
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

describe('checkFigure: a figure wildly off what the plan knows needs a note', () => {
  it("warns of an absurd first figure, held against the plan's target", () => {
    expect(heldAgainst({ value: '1,000,000' })).toEqual({ against: 'target', period: '2025', value: 1000 });
    expect(problems({ value: '1,000,000', note: '含新并入片区，已与统计局核对' })).toEqual([]);
  });

  it('accepts the correction of an absurd figure without a note: the value it replaces is no yardstick', () => {
    expect(heldAgainst({ value: '800' }, [gdp('2025-10', 1_000_000)])).toBeNull();
    // Nor does an absurd figure for another period make a sensible one look wrong.
    expect(heldAgainst({ value: '800' }, [gdp('2025-09', 1_000_000)])).toBeNull();
  });

  it("warns of a zone's figure above the city's total for the same period", () => {
    const rows = [gdp('2025-10', 5000, null)];
    expect(heldAgainst({ value: '6000' }, rows)).toEqual({ against: 'city', period: '2025-10', value: 5000 });
    expect(heldAgainst({ value: '4000' }, rows)).toBeNull();
  });

  it('warns of a ten-times jump on the month before, a year-to-date total taken as a whole year', () => {
    expect(heldAgainst({ value: '1100' }, [gdp('2025-09', 90)])).toEqual({
      against: 'period',
      period: '2025-09',
      value: 90,
    });
    // January's total is a twelfth of the year's: against an annual 2024 figure it is no jump.
    expect(heldAgainst({ period: '2025-01', value: '80' }, [gdp('2024', 900)])).toBeNull();
    const stock = (period: string, value: number): FigureRow => ({
      zone: 'xuwei',
      indicator: 'hitech_enterprises',
      period,
      value,
    });
    expect(heldAgainst({ indicator: 'hitech_enterprises', value: '400' }, [stock('2025-09', 30)])).toEqual({
      against: 'period',
      period: '2025-09',
      value: 30,
    });
    expect(heldAgainst({ indicator: 'hitech_enterprises', value: '290' }, [stock('2025-09', 30)])).toBeNull();
  });

  it('holds a figure to its 2020 baseline, unless the baseline is itself wildly off the plan', () => {
    expect(heldAgainst({ value: '2500' }, [gdp('2020', 200)])).toEqual({
      against: 'baseline',
      period: '2020',
      value: 200,
    });
    expect(heldAgainst({ value: '900' }, [gdp('2020', 60_000)])).toBeNull();
  });

  it('takes the zones’ goal together as a ceiling only: one zone may be far below it, never ten times above', () => {
    // 徐圩新区 has no goal of its own for R&D institutions; the zones together are to reach 300.
    const rd = (value: string) => heldAgainst({ indicator: 'rd_institutions', value });
    expect(rd('2')).toBeNull();
    expect(rd('4000')).toEqual({ against: 'target', period: '2025', value: 300 });
  });

  it('says in both languages what the figure was held against', () => {
    const say = (lang: 'zh' | 'en', against: 'period' | 'baseline' | 'target' | 'city', previous: string) =>
      reportText(lang).problem(
        { field: 'value', code: 'needs_note', previous: { period: '2025', value: 1 }, against },
        '',
        previous,
      );
    expect(say('zh', 'target', '1,000亿元，2025年')).toBe(
      '与方案目标（1,000亿元，2025年）相差十倍以上。如确认无误，请在备注中说明。',
    );
    expect(say('zh', 'city', '5,000亿元，2026年10月')).toBe(
      '超过了全市同期总量（5,000亿元，2026年10月）。如确认无误，请在备注中说明。',
    );
    expect(say('en', 'baseline', '6 bn yuan, 2020')).toBe(
      'That is more than ten times off the baseline (6 bn yuan, 2020). If it is right, say why in the note.',
    );
    expect(say('en', 'period', '9 bn yuan, Sep 2026')).toBe(
      'That is more than ten times off the figure reported for another period (9 bn yuan, Sep 2026). If it is right, say why in the note.',
    );
  });
});

describe('checkFigure: the value a period has already', () => {
  const stored = [gdp('2025-10', 1050.5)];

  it('is nothing new to store, whatever its note or source say', () => {
    expect(problems({ value: '1,050.5' }, stored)).toEqual(['value:unchanged']);
    expect(problems({ value: '1050.5亿', note: '再报一次', source: 'https://tjj.example.gov.cn' }, stored)).toEqual([
      'value:unchanged',
    ]);
  });

  it('is a new value for another period, or a correction when it differs', () => {
    expect(problems({ value: '1060' }, stored)).toEqual([]);
    expect(problems({ period: '2025-09', value: '1050.5' }, stored)).toEqual([]);
  });

  it('tells the reporter it was already recorded, in both languages', () => {
    const problem = { field: 'value', code: 'unchanged' } as const;
    expect(reportText('zh').problem(problem, '亿元', '')).toBe(
      '这个期间已经记录了同样的数值，无需重复提交，未作保存。如需更正，请填写新的数值。',
    );
    expect(reportText('en').problem(problem, 'yuan', '')).toBe(
      'That period already has this value, so nothing was saved. To correct it, enter the new value.',
    );
  });
});
