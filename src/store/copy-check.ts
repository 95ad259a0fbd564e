import BetterSqlite3 from 'better-sqlite3';
import {
  APPLIED_MIGRATIONS_SQL,
  type AppliedMigration,
  type MigrationLevel,
  migrationLevel,
  readMigrations,
} from './migrate.js';

/** Why a backup or a restore did nothing; the terminal says it in the user's language. */
export type Refusal =
  | { reason: 'no-database'; path: string }
  | { reason: 'exists'; path: string }
  | { reason: 'same-file'; path: string }
  | { reason: 'no-copy'; path: string }
  | { reason: 'not-sqlite'; path: string }
  | { reason: 'corrupt'; path: string; problems: string[] }
  | { reason: 'not-zonebot'; path: string }
  | { reason: 'newer'; path: string; unknown: string[] }
  | { reason: 'edited'; path: string; names: string[] }
  | { reason: 'no-plan'; path: string }
  | { reason: 'in-use'; path: string };

export interface Refused {
  ok: false;
  refusal: Refusal;
}

export const refuse = (refusal: Refusal): Refused => ({ ok: false, refusal });

/** What a zonebot database holds, as a restore shows it before and after. */
export interface CopyContents {
  level: MigrationLevel;
  plans: string[];
  figures: number;
  reports: number;
}

/** Waits this long for a lock, which a bot in WAL mode rarely holds against a reader at all. */
export const COPY_BUSY_MS = 10_000;

/** integrity_check lists up to this many problems; a few say enough. */
const PROBLEMS_SHOWN = 5;

function code(err: unknown): unknown {
  return (err as { code?: unknown })?.code;
}

/** The migration level of a SQLite database, or null when it has no migration table. */
export function levelOf(db: BetterSqlite3.Database): MigrationLevel | null {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
  if (!table) return null;
  return migrationLevel(db.prepare(APPLIED_MIGRATIONS_SQL).all() as AppliedMigration[], readMigrations('sqlite'));
}

function contentsOf(db: BetterSqlite3.Database, path: string): { ok: true; contents: CopyContents } | Refused {
  const problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  if (problems.join() !== 'ok') return refuse({ reason: 'corrupt', path, problems: problems.slice(0, PROBLEMS_SHOWN) });
  const level = levelOf(db);
  if (!level) return refuse({ reason: 'not-zonebot', path });
  if (level.unknown.length) return refuse({ reason: 'newer', path, unknown: level.unknown });
  const unsound = [...level.failed, ...level.edited];
  if (unsound.length) return refuse({ reason: 'edited', path, names: unsound });
  if (!level.applied.length) return refuse({ reason: 'not-zonebot', path });
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
  const plans = (db.prepare('SELECT "key" FROM "Plan" ORDER BY "key"').all() as { key: string }[]).map((r) => r.key);
  if (!plans.length) return refuse({ reason: 'no-plan', path });
  return { ok: true, contents: { level, plans, figures: count('Figure'), reports: count('MilestoneUpdate') } };
}

/**
 * Opens a copy read-only and checks it can be restored: sound pages, a migration
 * history this zonebot knows with nothing from a later one (one from an earlier
 * zonebot is fine: the next start migrates it forward), and a plan. The caller
 * closes the connection it returns.
 */
export function openCopy(path: string): { ok: true; db: BetterSqlite3.Database; contents: CopyContents } | Refused {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true, timeout: COPY_BUSY_MS });
  try {
    const checked = contentsOf(db, path);
    if (!checked.ok) db.close();
    return checked.ok ? { ok: true, db, contents: checked.contents } : checked;
  } catch (err) {
    db.close();
    if (code(err) === 'SQLITE_NOTADB') return refuse({ reason: 'not-sqlite', path });
    if (code(err) === 'SQLITE_CORRUPT') return refuse({ reason: 'corrupt', path, problems: [(err as Error).message] });
    // A table the plan needs is missing: some other program's database that happens to have the migration table.
    if (code(err) === 'SQLITE_ERROR') return refuse({ reason: 'not-zonebot', path });
    throw err;
  }
}
