import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/domain/amount.js';
import { PLAN } from '../support/command-context.js';

const gdp = PLAN.indicator('gdp');
const firms = PLAN.indicator('hitech_enterprises');
const rate = PLAN.indicator('safety_risk_assessment_rate');
const fdi = PLAN.indicator('fdi');

describe('parseAmount', () => {
  it.each([
    ['1234.5', 1234.5],
    ['1,234.5', 1234.5],
    ['１２３４．５', 1234.5],
    ['１，２３４', 1234],
    [' 812 ', 812],
    ['12.3亿', 12.3],
    ['12.3亿元', 12.3],
    ['5000万', 0.5],
    ['5000万元', 0.5],
    ['0', 0],
    ['+7', 7],
  ])('reads %j in 亿元 as %d', (text, value) => {
    expect(parseAmount(text, gdp)).toEqual({ ok: true, value });
  });

  it('reads counts, rates and dollars in their own units', () => {
    expect(parseAmount('120家', firms)).toEqual({ ok: true, value: 120 });
    expect(parseAmount('85%', rate)).toEqual({ ok: true, value: 85 });
    expect(parseAmount('4.5亿美元', fdi)).toEqual({ ok: true, value: 4.5 });
  });

  it.each([
    ['', gdp, 'empty'],
    ['abc', gdp, 'not_a_number'],
    ['1e5', gdp, 'not_a_number'],
    ['1,2,3', gdp, 'not_a_number'],
    ['12..3', gdp, 'not_a_number'],
    ['-5', gdp, 'negative'],
    ['12.5', firms, 'not_whole'],
    ['12亿', firms, 'wrong_unit'],
    ['12美元', gdp, 'wrong_unit'],
    ['101', rate, 'over_100'],
    ['9999999999', gdp, 'too_large'],
  ])('refuses %j', (text, indicator, error) => {
    expect(parseAmount(text, indicator)).toEqual({ ok: false, error });
  });
});
