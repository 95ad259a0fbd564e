import type { RankSnapshot } from './ranking-history.js';

/** A value as posted and as recomputed now. */
export interface Changed<T> {
  from: T;
  to: T;
}

/** What changed for one zone since its ranking was posted: its score, its rank, or both (null where unchanged). */
export interface Correction {
  zone: string;
  score: Changed<number | null> | null;
  rank: Changed<number | null> | null;
}

/**
 * The differences between a ranking as posted and the same month recomputed
 * from today's facts: figures of that time corrected, or come in late. Zones
 * in the posted order, then any the posted ranking did not have.
 */
export function rankingCorrections(posted: RankSnapshot, recomputed: RankSnapshot): Correction[] {
  const now = new Map(recomputed.entries.map((e) => [e.zone, e]));
  const then = new Map(posted.entries.map((e) => [e.zone, e]));
  const zones = [...new Set([...then.keys(), ...now.keys()])];
  const changed = <T>(from: T, to: T): Changed<T> | null => (from === to ? null : { from, to });
  return zones
    .map((zone) => {
      const a = then.get(zone);
      const b = now.get(zone);
      return {
        zone,
        score: changed(a?.score ?? null, b?.score ?? null),
        rank: changed(a?.rank ?? null, b?.rank ?? null),
      };
    })
    .filter((c) => c.score !== null || c.rank !== null);
}
