import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseNumeral, parseChineseNumeral, parseNumber } from '../../src/i18n/numerals.js';

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [3, '三'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [21, '二十一'],
    [31, '三十一'],
    [99, '九十九'],
  ])('writes %i as %s', (n, written) => {
    expect(chineseNumeral(n)).toBe(written);
  });

  it('leaves numbers it has no small numeral for in digits', () => {
    expect(chineseNumeral(0)).toBe('0');
    expect(chineseNumeral(100)).toBe('100');
    expect(chineseNumeral(2.5)).toBe('2.5');
  });
});

describe('parseChineseNumeral', () => {
  it.each([
    ['零', 0],
    ['〇', 0],
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十九', 19],
    ['一十九', 19],
    ['二十', 20],
    ['三十一', 31],
    ['九十九', 99],
  ])('reads %s as %i', (written, n) => {
    expect(parseChineseNumeral(written)).toBe(n);
  });

  it.each(['', '十十', '一二', '二十十', '十零', '零十', '百', '一百', '19', '十九项', '两'])(
    'reads "%s" as no number',
    (written) => {
      expect(parseChineseNumeral(written)).toBeNull();
    },
  );

  it('reads back every numeral it writes', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99 }), (n) => parseChineseNumeral(chineseNumeral(n)) === n));
  });
});

describe('parseNumber', () => {
  it('reads Arabic and Chinese numerals alike', () => {
    expect(parseNumber('19')).toBe(19);
    expect(parseNumber('十九')).toBe(19);
    expect(parseNumber('-1')).toBeNull();
    expect(parseNumber('1.5')).toBeNull();
    expect(parseNumber('xuwei')).toBeNull();
  });
});
