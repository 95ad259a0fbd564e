import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type BadRow, decodeCsv, normalizePeriod, parseFigureCsv } from '../../src/domain/figure-csv.js';
import type { Series } from '../../src/domain/progress.js';
import { PLAN } from '../support/command-context.js';

const TODAY = '2026-11-28';
const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
type Stored = (zone: string | null, indicator: string) => Series;
const parse = (text: string, stored: Stored = () => []) => parseFigureCsv(text, PLAN, TODAY, stored);
const codes = (row: BadRow | undefined) =>
  row?.problems.map((p) => (p.code === 'figure' ? `${p.problem.field}:${p.problem.code}` : p.code));

describe('parseFigureCsv', () => {
  it('reads a Chinese file with a BOM: zone and indicator names, 全市, full-width digits, 亿, 2025年12月', () => {
    const { good, bad } = parse(decodeCsv(fixture('figures-good.csv')));
    expect(bad).toEqual([]);
    expect(good.map((r) => [r.line, r.figure.zone, r.figure.indicator, r.figure.period, r.figure.value])).toEqual([
      [2, 'xuwei', 'gdp', '2020', 500],
      [3, 'xuwei', 'gdp', '2025-12', 1050.5],
      [4, 'xuwei', 'hitech_enterprises', '2025-12', 12],
      [5, null, 'listed_companies', '2025', 20],
      [6, 'xuwei', 'gdp', '2025-12', 1060],
      [7, 'xuwei', 'fdi', '2025-11', 0.5],
    ]);
    expect(good[0]?.figure.note).toBe('基期');
    expect(good[1]?.figure.source).toBe('https://tjj.example.gov.cn/2025-12');
  });

  it('takes a later row for the same zone, indicator and period as a correction of the earlier one', () => {
    const { good } = parse(decodeCsv(fixture('figures-good.csv')));
    expect(good.find((r) => r.line === 6)?.corrects).toBe(3);
    expect(good.find((r) => r.line === 3)?.corrects).toBeNull();
  });

  it('marks a row for a period already stored as a correction of it', () => {
    const stored = (zone: string | null, indicator: string): Series =>
      zone === 'xuwei' && indicator === 'gdp' ? [{ period: '2025-12', value: 1000 }] : [];
    const { good } = parse('zone,indicator,period,value\nxuwei,gdp,2025-12,1001\n', stored);
    expect(good[0]?.corrects).toBe('stored');
  });

  it('sets aside a row whose value is stored already, and one that repeats a row above it', () => {
    const stored = (zone: string | null, indicator: string): Series =>
      zone === 'xuwei' && indicator === 'gdp' ? [{ period: '2025-12', value: 1000 }] : [];
    const text =
      'zone,indicator,period,value,note\nxuwei,gdp,2025-12,1000,同一数值\nxuwei,gdp,2025-11,900,\nxuwei,gdp,2025-11,900,\n';
    const { good, bad, unchanged } = parse(text, stored);
    expect([good.map((r) => r.line), bad, unchanged]).toEqual([[3], [], [2, 4]]);
  });

  it('imports nothing from a file whose rows of a period end on the value stored: its corrections were made before', () => {
    const { good } = parse(decodeCsv(fixture('figures-good.csv')));
    const final = new Map(
      good.map((r) => [`${r.figure.zone}|${r.figure.indicator}|${r.figure.period}`, r.figure.value]),
    );
    const stored = (zone: string | null, indicator: string): Series =>
      [...final]
        .filter(([key]) => key.startsWith(`${zone}|${indicator}|`))
        .map(([key, value]) => ({ period: key.split('|')[2] ?? '', value }));
    const again = parse(decodeCsv(fixture('figures-good.csv')), stored);
    expect([again.good, again.bad, again.unchanged]).toEqual([[], [], [2, 3, 4, 5, 6, 7]]);
  });

  it('still imports a period whose last row changes the value stored', () => {
    const stored = (zone: string | null) => (zone === 'xuwei' ? [{ period: '2025-12', value: 1060 }] : []);
    const { good, unchanged } = parse(
      'zone,indicator,period,value\nxuwei,gdp,2025-12,1060\nxuwei,gdp,2025-12,1070\n',
      stored,
    );
    expect([good.map((r) => [r.line, r.corrects]), unchanged]).toEqual([[[3, 'stored']], [2]]);
  });

  it('lists what else is wrong with a row whose value is stored already, and only that', () => {
    const stored = () => [{ period: '2025-12', value: 1000 }];
    const { bad } = parse('zone,indicator,period,value,source\nxuwei,gdp,2025-12,1000,ftp://x\n', stored);
    expect(codes(bad[0])).toEqual(['source:not_a_link']);
  });

  it('reports every bad row with its line and all of its problems', () => {
    const { good, bad } = parse(decodeCsv(fixture('figures-bad.csv')));
    expect(good.map((r) => r.line)).toEqual([2, 6]);
    expect(bad.map((r) => [r.line, codes(r)])).toEqual([
      [3, ['unknown_zone']],
      [4, ['period:future', 'value:negative']],
      [5, ['value:needs_note']],
      [7, ['source:not_a_link']],
      [8, ['unknown_indicator']],
      [9, ['too_many_fields']],
    ]);
  });

  it('compares a row with the stored figures for the ten-times rule', () => {
    const stored = (zone: string | null) => (zone === 'xuwei' ? [{ period: '2025-10', value: 90 }] : []);
    const { bad } = parse('zone,indicator,period,value\nxuwei,gdp,2025-11,1100\n', stored);
    expect(codes(bad[0])).toEqual(['value:needs_note']);
    expect(parse('zone,indicator,period,value,note\nxuwei,gdp,2025-11,1100,并入新片区\n', stored).bad).toEqual([]);
  });

  it('holds a row to the rows above it: a city total given earlier in the file, and never the row it corrects', () => {
    const withCity = 'zone,indicator,period,value\n全市,gdp,2025-10,5000\nxuwei,gdp,2025-10,6000\n';
    expect(parse(withCity).bad.map((r) => [r.line, codes(r)])).toEqual([[3, ['value:needs_note']]]);
    const corrected = 'zone,indicator,period,value,note\nxuwei,gdp,2025-10,900000,先填错了\nxuwei,gdp,2025-10,900,\n';
    expect(parse(corrected).bad).toEqual([]);
  });

  it('counts lines in the file: a quoted note over two lines, blank lines and empty rows', () => {
    const text = 'zone,indicator,period,value,note\n\nxuwei,gdp,2025-10,900,"两行\n备注"\n,,,,\nxuwei,gdp,2030-01,1,\n';
    const { good, bad } = parse(text);
    expect(good.map((r) => r.line)).toEqual([3]);
    expect(bad.map((r) => r.line)).toEqual([6]);
  });

  it('refuses a header without the needed columns, or with one it does not know, on line 1', () => {
    expect(parse('zone,indicator,value\nxuwei,gdp,1\n').bad).toEqual([
      { line: 1, problems: [{ code: 'missing_columns', columns: ['period'] }] },
    ]);
    expect(codes(parse('zone,indicator,period,value,remark\n').bad[0])).toEqual(['unknown_column']);
    expect(codes(parse('zone,开发区,indicator,period,value\n').bad[0])).toEqual(['repeated_column']);
    expect(codes(parse('').bad[0])).toEqual(['missing_columns']);
    expect(parse('Zone , Indicator,PERIOD,数值\n').bad).toEqual([{ line: 1, problems: [{ code: 'no_rows' }] }]);
  });

  it('reports a quote left open with the line it is on', () => {
    const { bad } = parse('zone,indicator,period,value,note\nxuwei,gdp,2025-10,1,ok\nxuwei,gdp,2025-11,2,"oops\n');
    expect(bad).toEqual([{ line: 3, problems: [{ code: 'malformed' }] }]);
  });

  it('takes only the periods the report form offers: no months of the baseline year', () => {
    expect(codes(parse('zone,indicator,period,value\nxuwei,gdp,2020-12,500\n').bad[0])).toEqual([
      'period:baseline_month',
    ]);
    expect(parse('zone,indicator,period,value\nxuwei,gdp,2020,500\n').bad).toEqual([]);
  });

  it('needs a zone on every row, and does not guess a zone a reporter did not name', () => {
    expect(codes(parse('zone,indicator,period,value\n,gdp,2025-10,1\n').bad[0])).toEqual(['missing_zone']);
    expect(codes(parse('zone,indicator,period,value\n徐圩新区的,gdp,2025-10,1\n').bad[0])).toEqual(['unknown_zone']);
  });

  it('refuses an indicator the zone does not report, and city totals only for city indicators', () => {
    expect(codes(parse('zone,indicator,period,value\nxuwei,listed_companies,2025-10,1\n').bad[0])).toEqual([
      'indicator:not_for_zone',
    ]);
    expect(codes(parse('zone,indicator,period,value\ncity,hitech_enterprises,2025-10,1\n').bad[0])).toEqual([
      'indicator:not_for_zone',
    ]);
  });
});

describe('decodeCsv', () => {
  it('reads UTF-8, and GB18030 as Excel in China saves CSV by default', () => {
    expect(decodeCsv(new TextEncoder().encode('\uFEFF徐圩新区'))).toBe('徐圩新区');
    expect(decodeCsv(Uint8Array.from([0xd0, 0xec, 0xdb, 0xd7, 0xd0, 0xc2, 0xc7, 0xf8]))).toBe('徐圩新区');
  });
});

describe('normalizePeriod', () => {
  it.each([
    ['2024-03', '2024-03'],
    ['2024-3', '2024-03'],
    ['2024/3', '2024-03'],
    ['2024.03', '2024-03'],
    ['2024年3月', '2024-03'],
    ['２０２４年１２月', '2024-12'],
    ['2020', '2020'],
    ['2020年', '2020'],
    ['March 2024', 'March2024'],
  ])('reads %j as %j', (typed, period) => {
    expect(normalizePeriod(typed)).toBe(period);
  });
});
