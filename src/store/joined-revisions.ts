import type { FigureRevision } from '../domain/records.js';
import type { Db } from './database.js';
import type { Figure, Prisma } from './generated/sqlite/client.js';
import type { KeysById } from './keys.js';

/** A revision with one of its verifications, or with none. */
interface JoinedRow extends Figure {
  verifiedBy: string | null;
  verifiedAt: Date | null;
  verificationNote: string | null;
}

/**
 * The revisions a condition on `"Figure" f` selects, oldest first, each with
 * its verifications, in one statement: a row for each verification, or one
 * with none. Not yet awaited: a caller that batches it keeps its result from
 * outliving the next young-generation collection (see the ledger).
 */
export const joinedRevisions = (db: Db, where: Prisma.Sql) =>
  db.$queryRaw<JoinedRow[]>`
    SELECT f."id", f."zoneId", f."indicatorId", f."period", f."value", f."note", f."source", f."enteredBy", f."enteredAt",
      v."verifiedBy", v."verifiedAt", v."note" AS "verificationNote"
    FROM "Figure" f LEFT JOIN "FigureVerification" v ON v."figureId" = f."id"
    WHERE ${where}
    ORDER BY f."enteredAt", f."id", v."verifiedAt", v."id"`;

/** The joined rows as revisions: a revision's rows come together, one for each of its verifications. */
export function revisionsOf(rows: JoinedRow[], keys: KeysById): FigureRevision[] {
  const revisions: FigureRevision[] = [];
  for (const r of rows) {
    const id = Number(r.id);
    let revision = revisions[revisions.length - 1];
    if (revision?.id !== id) {
      revision = {
        id,
        zone: r.zoneId === null ? null : keys.zone(Number(r.zoneId)),
        indicator: keys.indicator(Number(r.indicatorId)),
        period: r.period,
        value: Number(r.value),
        note: r.note,
        source: r.source,
        enteredBy: r.enteredBy,
        enteredAt: r.enteredAt,
        verifications: [],
      };
      revisions.push(revision);
    }
    if (r.verifiedBy !== null && r.verifiedAt !== null)
      revision.verifications.push({ by: r.verifiedBy, at: r.verifiedAt, note: r.verificationNote });
  }
  return revisions;
}
