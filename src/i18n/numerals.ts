// Chinese numerals as the plan and its readers write small numbers: 三, 十九, 二十一, 九十九.

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const TEN = '十';

function digit(char: string | undefined): number | null {
  const n = (DIGITS as readonly string[]).indexOf(char ?? '');
  return n < 0 ? null : n;
}

/**
 * 1 … 99 in Chinese numerals: 三, 十, 十九, 二十, 九十九. The plan numbers its
 * programmes this way: （三）创新体系建设工程.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones] as string;
  return `${tens === 1 ? '' : DIGITS[tens]}${TEN}${ones === 0 ? '' : DIGITS[ones]}`;
}

/**
 * Reads 0 … 99 written in Chinese numerals, as people type them: 十九, 一十九,
 * 二十, 二十一, 〇; null for anything else (十十, 一二, 二十十, 百).
 */
export function parseChineseNumeral(text: string): number | null {
  const chars = [...text.replace(/〇/gu, '零')];
  const at = chars.indexOf(TEN);
  if (at < 0) return chars.length === 1 ? digit(chars[0]) : null;
  if (at > 1 || chars.length > at + 2) return null;
  const tens = at === 0 ? 1 : digit(chars[0]);
  const ones = chars.length === at + 2 ? digit(chars[at + 1]) : 0;
  if (tens === null || tens === 0 || ones === null || (ones === 0 && chars.length === at + 2)) return null;
  return tens * 10 + ones;
}

/** A whole number typed in Arabic or Chinese numerals: 19 or 十九. */
export function parseNumber(text: string): number | null {
  if (/^\d{1,9}$/u.test(text)) return Number(text);
  return parseChineseNumeral(text);
}

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 … 3999 in Roman numerals, as English reports number their parts: I, II, IV, XII. */
export function romanNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) return String(n);
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}
