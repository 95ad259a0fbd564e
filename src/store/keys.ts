import type { Db, Tx } from './database.js';

/** A milestone by its plan's key and its own, which is unique only within its plan. */
export interface MilestoneRef {
  plan: string;
  key: string;
}

export interface KeysById {
  zone(id: number): string;
  indicator(id: number): string;
  milestone(id: number): MilestoneRef;
}

function lookup<K>(rows: { id: number; key: K }[], table: string): (id: number) => K {
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
 * parameters would grow with the number of rows. Rows are only ever added to
 * these tables, so what was read stays true until one of them grows: each call
 * asks only for their highest ids, and reads them again when one has changed.
 */
export async function keysById(db: Db): Promise<KeysById> {
  const [stamp] = await db.$queryRaw<{ stamp: string }[]>`
    SELECT (SELECT COALESCE(MAX("id"), 0) FROM "Zone") || '/' || (SELECT COALESCE(MAX("id"), 0) FROM "Indicator")
      || '/' || (SELECT COALESCE(MAX("id"), 0) FROM "Milestone") || '/' || (SELECT COALESCE(MAX("id"), 0) FROM "Plan")
      AS "stamp"`;
  const held = known.get(db);
  if (held && stamp && held.stamp === stamp.stamp) return held.keys;
  const keys = await readKeys(db);
  if (stamp) known.set(db, { stamp: stamp.stamp, keys });
  return keys;
}

/** What each database's keys were when last read, by the highest ids of their tables. */
const known = new WeakMap<Db, { stamp: string; keys: KeysById }>();

async function readKeys(db: Db): Promise<KeysById> {
  const [zones, indicators, milestones, plans] = await Promise.all([
    db.zone.findMany({ select: { id: true, slug: true } }),
    db.indicator.findMany({ select: { id: true, key: true } }),
    db.milestone.findMany({ select: { id: true, key: true, planId: true } }),
    db.plan.findMany({ select: { id: true, key: true } }),
  ]);
  const planKey = new Map(plans.map((p) => [p.id, p.key]));
  return {
    zone: lookup(
      zones.map((z) => ({ id: z.id, key: z.slug })),
      'zone',
    ),
    indicator: lookup(indicators, 'indicator'),
    milestone: lookup(
      milestones.map((m) => ({ id: m.id, key: { plan: planKey.get(m.planId) as string, key: m.key } })),
      'milestone',
    ),
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
