import type { ValidFigure } from '../domain/figure-input.js';
import type { Db } from './database.js';

export interface Verification {
  by: string;
  at: Date;
  note: string | null;
}

/** One submitted value, as kept: revisions are never changed, only followed by newer ones. */
export interface FigureRevision extends ValidFigure {
  id: number;
  enteredBy: string;
  enteredAt: Date;
  verifications: Verification[];
}

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

type Writer = Pick<Db, 'figure' | 'zone' | 'indicator'>;

async function rowFor(db: Writer, f: ValidFigure, by: string, at: Date) {
  const [zone, indicator] = await Promise.all([
    f.zone === null ? null : db.zone.findUniqueOrThrow({ where: { slug: f.zone }, select: { id: true } }),
    db.indicator.findUniqueOrThrow({ where: { key: f.indicator }, select: { id: true } }),
  ]);
  return {
    zoneId: zone?.id ?? null,
    indicatorId: indicator.id,
    period: f.period,
    value: f.value,
    note: f.note,
    source: f.source,
    enteredBy: by,
    enteredAt: at,
  };
}

export async function insertFigure(db: Db, f: ValidFigure, by: string, at: Date): Promise<FigureRevision> {
  const row = await db.figure.create({ data: await rowFor(db, f, by, at), select });
  return toRevision(row as Row);
}

/** Several figures at once, all or none. */
export async function insertFigures(db: Db, figures: ValidFigure[], by: string, at: Date): Promise<number> {
  return db.$transaction(
    async (tx) => {
      for (const f of figures) await tx.figure.create({ data: await rowFor(tx, f, by, at) });
      return figures.length;
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
