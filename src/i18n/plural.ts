const ENGLISH = new Intl.PluralRules('en');

/** The English form for a count: 1 person, 0 people, 1.5 people. */
export function plural(n: number, one: string, other: string): string {
  return ENGLISH.select(n) === 'one' ? one : other;
}
