import type { EnteredFigure } from '../domain/digest.js';
import type { ValidFigure } from '../domain/figure-input.js';
import type { PlanWindow } from '../domain/periods.js';
import type { FigureRevision } from '../domain/records.js';
import type { ChangeLog, Db, Tx } from './database.js';
import { type Figure, Prisma } from './generated/sqlite/client.js';
import { joinedRevisions, revisionsOf } from './joined-revisions.js';
import { idsByKey, keysById } from './keys.js';
import { planScopeSql, revisionFilterSql } from './plan-scope-sql.js';

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

/**
 * Every revision matching, oldest first, with its verifications, in one
 * statement that joins them: never by a list of ids, which on SQLite stops at
 * 999.
 */
export async function readRevisions(db: Db, filter: RevisionFilter): Promise<FigureRevision[]> {
  const [keys, rows] = await Promise.all([keysById(db), joinedRevisions(db, revisionFilterSql(filter))]);
  return revisionsOf(rows, keys);
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
    db.$queryRaw<{ id: number; zoneId: number | null; indicatorId: number; period: string }[]>`
      SELECT f."id", f."zoneId", f."indicatorId", f."period" FROM "Figure" f
      WHERE f."enteredAt" >= ${from} AND f."enteredAt" < ${to}${plan ? Prisma.sql` AND ${planScopeSql(plan)}` : Prisma.empty}
      ORDER BY f."id"`,
    db.figure.groupBy({ by: ['zoneId', 'indicatorId', 'period'], _min: { id: true } }),
  ]);
  const first = new Map(firsts.map((f) => [`${f.zoneId}|${f.indicatorId}|${f.period}`, f._min.id ?? 0]));
  return rows.map((r) => {
    const [id, zoneId, indicatorId] = [
      Number(r.id),
      r.zoneId === null ? null : Number(r.zoneId),
      Number(r.indicatorId),
    ];
    return {
      zone: zoneId === null ? null : keys.zone(zoneId),
      indicator: keys.indicator(indicatorId),
      period: r.period,
      corrected: id > (first.get(`${zoneId}|${indicatorId}|${r.period}`) ?? id),
    };
  });
}
