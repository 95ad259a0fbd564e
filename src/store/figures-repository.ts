import type { EnteredFigure } from '../domain/digest.js';
import type { ValidFigure } from '../domain/figure-input.js';
import { type PlanWindow, periodRange } from '../domain/periods.js';
import type { FigureRevision } from '../domain/records.js';
import type { ChangeLog, Db, Tx } from './database.js';
import type { Figure, Prisma } from './generated/sqlite/client.js';
import { idsByKey, keysById } from './keys.js';

export type { FigureRevision };

/** Rows per INSERT: eight values each keeps a statement well under SQLite's 999 parameters. */
const INSERT_CHUNK = 100;

type RowFor = (f: ValidFigure) => Omit<Figure, 'id'>;

type Ids = { zone: Map<string, number>; indicator: Map<string, number> };

function rowMaker(ids: Ids, by: string, at: Date): RowFor {
  return (f) => {
    const indicatorId = ids.indicator.get(f.indicator);
    const zoneId = f.zone === null ? null : ids.zone.get(f.zone);
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

/** The ids of one figure's zone and indicator, in one query: a submission's write is on everyone's path. */
async function idsOf(tx: Tx, f: ValidFigure): Promise<Ids> {
  const [row] = await tx.$queryRaw<{ zoneId: number | bigint | null; indicatorId: number | bigint | null }[]>`
    SELECT (SELECT "id" FROM "Zone" WHERE "slug" = ${f.zone ?? ''}) AS "zoneId",
      (SELECT "id" FROM "Indicator" WHERE "key" = ${f.indicator}) AS "indicatorId"`;
  const ids: Ids = { zone: new Map(), indicator: new Map() };
  if (f.zone !== null && row?.zoneId != null) ids.zone.set(f.zone, Number(row.zoneId));
  if (row?.indicatorId != null) ids.indicator.set(f.indicator, Number(row.indicatorId));
  return ids;
}

/** Stores one figure; returns its id and how many revisions its zone, indicator and period now have. */
export async function insertFigure(
  tx: Tx,
  log: ChangeLog,
  f: ValidFigure,
  by: string,
  at: Date,
): Promise<{ id: number; revisionNumber: number }> {
  const data = rowMaker(await idsOf(tx, f), by, at)(f);
  const { id } = await tx.figure.create({ data, select: { id: true } });
  const revisionNumber = await tx.figure.count({
    where: { zoneId: data.zoneId, indicatorId: data.indicatorId, period: data.period },
  });
  log('figure', { fromId: id, toId: id });
  return { id, revisionNumber };
}

/** Several figures at once, in the caller's transaction, so they are stored all or none. */
export async function insertFigures(tx: Tx, log: ChangeLog, figures: ValidFigure[], by: string, at: Date) {
  const rowFor = rowMaker(await idsByKey(tx), by, at);
  let fromId = Number.POSITIVE_INFINITY;
  let toId = 0;
  for (let i = 0; i < figures.length; i += INSERT_CHUNK) {
    const rows = await tx.figure.createManyAndReturn({
      data: figures.slice(i, i + INSERT_CHUNK).map(rowFor),
      select: { id: true },
    });
    for (const { id } of rows) {
      fromId = Math.min(fromId, id);
      toId = Math.max(toId, id);
    }
  }
  if (toId > 0) log('figure', { fromId, toId });
  return figures.length;
}

/** A plan's figures: its periods, and its own zones' (its counties', the city's) figures of its own indicators. */
export interface PlanScope extends PlanWindow {
  key: string;
}

export interface RevisionFilter {
  id?: number;
  /** A zone's slug, null for the city's own figures, undefined for all. */
  zone?: string | null;
  indicator?: string;
  /** Only the figures a plan reads. */
  plan?: PlanScope;
}

/** By joins, never by lists of keys: the query is the same size however large the plan. */
function scopeOf(plan: PlanScope | undefined) {
  if (!plan) return {};
  const { from, to, notYear } = periodRange(plan);
  const ofPlan = { some: { plan: { key: plan.key }, retiredAt: null } };
  return {
    period: { gte: from, lte: to, ...(notYear ? { not: notYear } : {}) },
    indicator: { plans: ofPlan },
    OR: [{ zoneId: null }, { zone: { plans: ofPlan } }, { zone: { asCounty: ofPlan } }],
  };
}

function whereOf(filter: RevisionFilter): Prisma.FigureWhereInput {
  const scope = scopeOf(filter.plan);
  return {
    ...(filter.id === undefined ? {} : { id: filter.id }),
    ...scope,
    ...(filter.zone === undefined ? {} : filter.zone === null ? { zoneId: null } : { zone: { slug: filter.zone } }),
    ...(filter.indicator === undefined ? {} : { indicator: { ...scope.indicator, key: filter.indicator } }),
  };
}

/**
 * Every revision matching, oldest first, with its verifications. Both are read
 * by the same filter (a join), never by a list of ids, which on SQLite stops
 * at 999.
 */
export function readRevisions(db: Db, filter: RevisionFilter): Promise<FigureRevision[]> {
  return revisionsWhere(db, whereOf(filter));
}

/** The revisions a where clause selects, oldest first, with their verifications, read by the same clause. */
async function revisionsWhere(db: Db, where: Prisma.FigureWhereInput): Promise<FigureRevision[]> {
  const [keys, rows, verifications] = await Promise.all([
    keysById(db),
    db.figure.findMany({ where, orderBy: [{ enteredAt: 'asc' }, { id: 'asc' }] }),
    db.figureVerification.findMany({
      where: { figure: where },
      orderBy: [{ verifiedAt: 'asc' }, { id: 'asc' }],
      select: { figureId: true, verifiedBy: true, verifiedAt: true, note: true },
    }),
  ]);
  const byFigure = new Map<number, FigureRevision['verifications']>();
  for (const v of verifications) {
    const list = byFigure.get(v.figureId) ?? [];
    list.push({ by: v.verifiedBy, at: v.verifiedAt, note: v.note });
    byFigure.set(v.figureId, list);
  }
  return rows.map((r) => ({
    id: r.id,
    zone: r.zoneId === null ? null : keys.zone(r.zoneId),
    indicator: keys.indicator(r.indicatorId),
    period: r.period,
    value: r.value,
    note: r.note,
    source: r.source,
    enteredBy: r.enteredBy,
    enteredAt: r.enteredAt,
    verifications: byFigure.get(r.id) ?? [],
  }));
}

/** An officer vouches for a revision; false when they already had. */
export async function insertVerification(
  tx: Tx,
  log: ChangeLog,
  figureId: number,
  by: string,
  at: Date,
  note: string | null,
): Promise<boolean> {
  if (await tx.figureVerification.findFirst({ where: { figureId, verifiedBy: by }, select: { id: true } }))
    return false;
  await tx.figureVerification.create({ data: { figureId, verifiedBy: by, verifiedAt: at, note } });
  log('verification', { fromId: figureId, toId: figureId });
  return true;
}

/**
 * The revisions entered in a window, each saying whether it corrected an
 * earlier one: a revision is a correction when its zone, indicator and
 * period had a figure with a smaller id. The first ids come from one grouped
 * query, as many rows as there are periods, never a list of ids.
 */
export async function readEntered(db: Db, from: Date, to: Date, plan?: PlanScope): Promise<EnteredFigure[]> {
  const [keys, rows, firsts] = await Promise.all([
    keysById(db),
    db.figure.findMany({
      where: { enteredAt: { gte: from, lt: to }, ...scopeOf(plan) },
      orderBy: { id: 'asc' },
      select: { id: true, zoneId: true, indicatorId: true, period: true },
    }),
    db.figure.groupBy({ by: ['zoneId', 'indicatorId', 'period'], _min: { id: true } }),
  ]);
  const first = new Map(firsts.map((f) => [`${f.zoneId}|${f.indicatorId}|${f.period}`, f._min.id ?? 0]));
  return rows.map((r) => ({
    zone: r.zoneId === null ? null : keys.zone(r.zoneId),
    indicator: keys.indicator(r.indicatorId),
    period: r.period,
    corrected: r.id > (first.get(`${r.zoneId}|${r.indicatorId}|${r.period}`) ?? r.id),
  }));
}
