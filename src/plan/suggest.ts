import { NameResolver } from '../domain/names.js';

/** Edits (insert, delete, replace, swap two neighbours) between two words: xuwie is one from xuwei. */
function distance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const d = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (d[x.length] as number[])[y.length] as number;
}

const SHOWN = 3;

/**
 * The few of `known` that what was written most likely meant: a slip of a
 * letter or two (gpd for gdp), else the names that share most with it, as
 * the commands suggest zones and units.
 */
export function suggestions(written: string, known: string[]): string[] {
  const allowed = written.length <= 4 ? 1 : 2;
  const close = known
    .map((k) => ({ k, d: distance(written.toLowerCase(), k.toLowerCase()) }))
    .filter(({ d }) => d <= allowed)
    .sort((a, b) => a.d - b.d)
    .map(({ k }) => k);
  const found = new NameResolver(known.map((k) => ({ item: k, names: [k] }))).resolve(written);
  const alike =
    found.kind === 'found' ? [found.item] : found.kind === 'ambiguous' ? found.candidates : found.suggestions;
  return [...new Set([...close, ...alike])].slice(0, SHOWN);
}
