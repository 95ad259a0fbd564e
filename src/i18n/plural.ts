const ENGLISH = new Intl.PluralRules('en');

/** The English form for a count: 1 person, 0 people, 1.5 people. */
export function plural(n: number, one: string, other: string): string {
  return ENGLISH.select(n) === 'one' ? one : other;
}

const ORDINALS = new Intl.PluralRules('en', { type: 'ordinal' });
const SUFFIX: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'st', two: 'nd', few: 'rd' };

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
export function ordinal(n: number): string {
  return `${n}${SUFFIX[ORDINALS.select(n)] ?? 'th'}`;
}
