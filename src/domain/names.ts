/**
 * Folds what people type into one form: full-width to half-width (NFKC), lower
 * case, and no spaces, brackets, dots or dashes, so that "ＸＵＷＥＩ", "Xuwei"
 * and "上合组织（连云港）国际物流园" match their entries.
 */
export function foldName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s()（）[\]【】“”"'‘’·.。,，、\-_—/]+/gu, '');
}

export interface Named<T> {
  item: T;
  names: string[];
}

export type Resolution<T> =
  | { kind: 'found'; item: T }
  | { kind: 'ambiguous'; candidates: T[] }
  | { kind: 'unknown'; suggestions: T[] };

function bigrams(s: string): string[] {
  const chars = [...s];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((c, i) => `${chars[i]}${c}`);
}

/** Dice coefficient over character bigrams: works for Chinese names and ASCII slugs alike. */
function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.length === 0 || y.length === 0) return 0;
  const pool = [...y];
  let shared = 0;
  for (const g of x) {
    const i = pool.indexOf(g);
    if (i >= 0) {
      shared++;
      pool.splice(i, 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

const CJK = /\p{Script=Han}/u;

/**
 * 徐圩新区的情况 names 徐圩新区: Chinese runs words together, so a query may hold a
 * Chinese name. Folded ASCII has lost its spaces, so "lianyungang customs" must
 * not name `lianyun`: there only the whole name counts.
 */
function containsName(query: string, name: string): boolean {
  return name.length >= 2 && CJK.test(name) && query.includes(name);
}

const SUGGEST_MIN = 0.3;
const SUGGEST_MAX = 3;

/**
 * Finds entries by any of their names: an exact (folded) name wins; else a name
 * that contains the query or is contained in it; else the closest names are
 * suggested.
 */
export class NameResolver<T> {
  private readonly byName = new Map<string, T>();
  private readonly entries: { item: T; folded: string[] }[];

  constructor(entries: Named<T>[]) {
    this.entries = entries.map((e) => ({ item: e.item, folded: e.names.map(foldName).filter(Boolean) }));
    for (const e of this.entries) for (const n of e.folded) if (!this.byName.has(n)) this.byName.set(n, e.item);
  }

  /** The entry one of whose names is the query itself, once folded. */
  exact(query: string): T | undefined {
    return this.byName.get(foldName(query));
  }

  resolve(query: string): Resolution<T> {
    const q = foldName(query);
    if (!q) return { kind: 'unknown', suggestions: [] };
    const hit = this.byName.get(q);
    if (hit !== undefined) return { kind: 'found', item: hit };
    const partial = this.entries.filter((e) => e.folded.some((n) => n.includes(q) || containsName(q, n)));
    if (partial.length === 1 && partial[0]) return { kind: 'found', item: partial[0].item };
    if (partial.length > 1) return { kind: 'ambiguous', candidates: partial.map((e) => e.item) };
    return { kind: 'unknown', suggestions: this.closest(q) };
  }

  private closest(q: string): T[] {
    return this.entries
      .map((e) => ({ item: e.item, score: Math.max(...e.folded.map((n) => similarity(q, n))) }))
      .filter((s) => s.score >= SUGGEST_MIN)
      .sort((a, b) => b.score - a.score)
      .slice(0, SUGGEST_MAX)
      .map((s) => s.item);
  }
}
