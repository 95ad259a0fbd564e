import type { ValidFigure } from '../domain/figure-input.js';
import type { FigureRevision } from '../domain/records.js';
import type { Db } from './database.js';

export type { FigureRevision };

const select = {
  id: true,
  period: true,
  value: true,
  note: true,
  source: true,
  enteredBy: true,
  enteredAt: true,
  zone: { select: { slug: true } },
  indicator: { select: { key: true } },
  verifications: { orderBy: { verifiedAt: 'asc' }, select: { verifiedBy: true, verifiedAt: true, note: true } },
} as const;

type Row = Awaited<ReturnType<Db['figure']['findMany']>>[number] & {
  zone: { slug: string } | null;
  indicator: { key: string };
  verifications: { verifiedBy: string; verifiedAt: Date; note: string | null }[];
};

function toRevision(r: Row): FigureRevision {
  return {
    id: r.id,
    zone: r.zone?.slug ?? null,
    indicator: r.indicator.key,
    period: r.period,
    value: r.value,
    note: r.note,
    source: r.source,
    enteredBy: r.enteredBy,
    enteredAt: r.enteredAt,
    verifications: r.verifications.map((v) => ({ by: v.verifiedBy, at: v.verifiedAt, note: v.note })),
  };
}

/** Zone and indicator ids by slug and key, looked up once for any number of figures. */
async function idsFor(db: Db) {
  const [zones, indicators] = await Promise.all([
    db.zone.findMany({ select: { id: true, slug: true } }),
    db.indicator.findMany({ select: { id: true, key: true } }),
  ]);
  const zone = new Map(zones.map((z) => [z.slug, z.id]));
  const indicator = new Map(indicators.map((i) => [i.key, i.id]));
  return (f: ValidFigure, by: string, at: Date) => {
    const indicatorId = indicator.get(f.indicator);
    const zoneId = f.zone === null ? null : zone.get(f.zone);
    if (indicatorId === undefined || zoneId === undefined)
      throw new Error(`unknown zone or indicator: ${f.zone} ${f.indicator}`);
    return {
      zoneId,
      indicatorId,
      period: f.period,
      value: f.value,
      note: f.note,
      source: f.source,
      enteredBy: by,
      enteredAt: at,
    };
  };
}

export async function insertFigure(db: Db, f: ValidFigure, by: string, at: Date): Promise<FigureRevision> {
  const rowFor = await idsFor(db);
  const row = await db.figure.create({ data: rowFor(f, by, at), select });
  return toRevision(row as Row);
}

/** Several figures at once, all or none. */
export async function insertFigures(db: Db, figures: ValidFigure[], by: string, at: Date): Promise<number> {
  const rowFor = await idsFor(db);
  const rows = figures.map((f) => rowFor(f, by, at));
  return db.$transaction(
    async (tx) => {
      // One statement at a time: a transaction holds one connection, and it runs queries in turn.
      for (const data of rows) await tx.figure.create({ data });
      return rows.length;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** Every revision matching, oldest first; `zone: null` is the city's, undefined any zone's. */
export async function readRevisions(
  db: Db,
  filter: { zone?: string | null; indicator?: string; id?: number },
): Promise<FigureRevision[]> {
  const rows = await db.figure.findMany({
    where: {
      ...(filter.id === undefined ? {} : { id: filter.id }),
      ...(filter.zone === undefined ? {} : filter.zone === null ? { zoneId: null } : { zone: { slug: filter.zone } }),
      ...(filter.indicator === undefined ? {} : { indicator: { key: filter.indicator } }),
    },
    orderBy: [{ enteredAt: 'asc' }, { id: 'asc' }],
    select,
  });
  return (rows as Row[]).map(toRevision);
}

export async function insertVerification(db: Db, figureId: number, by: string, at: Date, note: string | null) {
  await db.figureVerification.create({ data: { figureId, verifiedBy: by, verifiedAt: at, note } });
}
