import type { Db, Tx } from './database.js';

export interface KeysById {
  zone(id: number): string;
  indicator(id: number): string;
  milestone(id: number): string;
}

function lookup(rows: { id: number; key: string }[], table: string): (id: number) => string {
  const byId = new Map(rows.map((r) => [r.id, r.key]));
  return (id) => {
    const found = byId.get(id);
    if (found === undefined) throw new Error(`no ${table} with id ${id}`);
    return found;
  };
}

/**
 * The stable keys of the plan's rows by their ids, read whole (the plan's
 * tables are small), so rows that refer to them are read without a join whose
 * parameters would grow with the number of rows.
 */
export async function keysById(db: Db): Promise<KeysById> {
  const [zones, indicators, milestones] = await Promise.all([
    db.zone.findMany({ select: { id: true, slug: true } }),
    db.indicator.findMany({ select: { id: true, key: true } }),
    db.milestone.findMany({ select: { id: true, key: true } }),
  ]);
  return {
    zone: lookup(
      zones.map((z) => ({ id: z.id, key: z.slug })),
      'zone',
    ),
    indicator: lookup(indicators, 'indicator'),
    milestone: lookup(milestones, 'milestone'),
  };
}

/** Ids by key, for writes that name zones and indicators by their keys. */
export async function idsByKey(db: Db | Tx) {
  // One query after the other: inside a transaction they share one connection.
  const zones = await db.zone.findMany({ select: { id: true, slug: true } });
  const indicators = await db.indicator.findMany({ select: { id: true, key: true } });
  return {
    zone: new Map(zones.map((z) => [z.slug, z.id])),
    indicator: new Map(indicators.map((i) => [i.key, i.id])),
  };
}
