import { describe, expect, it } from 'vitest';
import { formatQuantity } from '../../src/i18n/format.js';
import type { IndicatorData } from '../../src/plan/types.js';
import { PLAN } from '../support/command-context.js';

const people: IndicatorData = { ...PLAN.indicator('national_talent'), unitEn: 'people', unitEnOne: 'person' };

describe('formatQuantity', () => {
  it.each([
    [0, '0 people'],
    [1, '1 person'],
    [2, '2 people'],
    [12, '12 people'],
  ])('counts %d in English as %s', (n, said) => {
    expect(formatQuantity(n, people, 'en')).toBe(said);
  });

  it('keeps a unit with one form, and Chinese, as they are', () => {
    expect(formatQuantity(1, { ...people, unitEn: 'enterprises', unitEnOne: undefined }, 'en')).toBe('1 enterprises');
    expect(formatQuantity(1, people, 'zh')).toBe('1人');
    expect(formatQuantity(1, PLAN.indicator('safety_platform_rate'), 'en')).toBe('1%');
    expect(formatQuantity(1, PLAN.indicator('gdp'), 'en')).toBe('0.1 bn yuan');
  });
});
