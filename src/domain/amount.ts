import type { IndicatorData } from '../plan/types.js';

export type AmountError = 'empty' | 'not_a_number' | 'negative' | 'not_whole' | 'over_100' | 'wrong_unit' | 'too_large';

export type Amount = { ok: true; value: number } | { ok: false; error: AmountError };

/** Units that count whole things. */
const COUNTED = new Set(['家', '个', '人', '位']);

/** What may follow a number, per indicator unit, and what it multiplies the number by. */
const SUFFIXES: Record<string, Record<string, number>> = {
  亿元: { 亿元: 1, 亿: 1, 万元: 1e-4, 万: 1e-4 },
  亿美元: { 亿美元: 1, 亿: 1, 万美元: 1e-4, 万: 1e-4 },
  '%': { '%': 1 },
};

/** Past any real figure of a city's zones; a typo of extra digits, not data. */
const LIMIT = 1e9;

/**
 * Reads a number as people in China type it: `1,234.5`, `1234.5`, full-width
 * `１２３４．５`, `12.3亿` or `5000万` where the unit is 亿元, `85%` for a rate.
 */
export function parseAmount(text: string, indicator: IndicatorData): Amount {
  const typed = text.normalize('NFKC').replace(/\s+/g, '');
  if (!typed) return { ok: false, error: 'empty' };
  const match = /^([+-]?)([\d,]*\.?\d+)(\D*)$/.exec(typed);
  if (!match) return { ok: false, error: 'not_a_number' };
  const [, sign, digits = '', suffix = ''] = match;
  if (digits.includes(',') && !/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits)) return { ok: false, error: 'not_a_number' };
  const allowed = SUFFIXES[indicator.unit] ?? { [indicator.unit]: 1 };
  const factor = suffix === '' ? 1 : allowed[suffix];
  if (factor === undefined) return { ok: false, error: 'wrong_unit' };
  const value = Number(digits.replace(/,/g, '')) * factor;
  if (sign === '-' && value !== 0) return { ok: false, error: 'negative' };
  if (value > LIMIT) return { ok: false, error: 'too_large' };
  if (COUNTED.has(indicator.unit) && !Number.isInteger(value)) return { ok: false, error: 'not_whole' };
  if (indicator.unit === '%' && value > 100) return { ok: false, error: 'over_100' };
  // Binary floating point would turn 12.3亿 × 1 into 12.299999…; keep what was typed.
  return { ok: true, value: Number(value.toPrecision(12)) };
}
