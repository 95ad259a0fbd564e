import type { Config } from '../config.js';
import type { Lang } from '../i18n/lang.js';
import { backupText } from '../i18n/messages/backup.js';
import { backupSqlite } from '../store/backup.js';
import type { Refusal } from '../store/copy-check.js';
import { providerOf, sqlitePath } from '../store/database.js';
import type { MigrationLevel } from '../store/migrate.js';
import { restoreSqlite } from '../store/restore.js';
import type { Io } from './run.js';

type Words = ReturnType<typeof backupText>;

function refusalText(t: Words, r: Refusal): string {
  switch (r.reason) {
    case 'no-database':
      return t.noDatabase(r.path);
    case 'exists':
      return t.exists(r.path);
    case 'same-file':
      return t.sameFile(r.path);
    case 'no-copy':
      return t.noCopy(r.path);
    case 'not-sqlite':
      return t.notSqlite(r.path);
    case 'corrupt':
      return t.corrupt(r.path, r.problems);
    case 'not-zonebot':
      return t.notZonebot(r.path);
    case 'newer':
      return t.newer(r.path, r.unknown);
    case 'edited':
      return t.edited(r.path, r.names);
    case 'no-plan':
      return t.noPlan(r.path);
    case 'in-use':
      return t.inUse(r.path);
  }
}

function levelText(t: Words, level: MigrationLevel | null): string {
  const applied = level?.applied ?? [];
  return t.level(applied.length, applied.at(-1) ?? null, level?.pending.length ?? 0);
}

/** A file name as the shell reads it, for the commands zonebot prints rather than runs. */
function shellWord(word: string): string {
  return /^[\w./:@%+=-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/** The one file a command takes, and whether it was given --force; null for anything else on the line. */
function fileArgument(words: string[], allowForce: boolean): { file: string; force: boolean } | null {
  const force = allowForce && words.includes('--force');
  const rest = words.filter((w) => !(allowForce && w === '--force'));
  return rest.length === 1 && rest[0] ? { file: rest[0], force } : null;
}

/**
 * `zonebot backup <file> [--force]`: a consistent copy of the SQLite database,
 * taken while the bot runs. PostgreSQL has pg_dump for that, which zonebot
 * names rather than runs: the operator's own client and credentials apply.
 */
export function runBackup(words: string[], config: Config, lang: Lang, io: Io): number {
  const t = backupText(lang);
  const argument = fileArgument(words, true);
  if (!argument) {
    io.err(`${t.backupUsage}\n`);
    return 2;
  }
  if (providerOf(config.databaseUrl) === 'postgresql') {
    io.err(`${t.postgresBackup(shellWord(argument.file))}\n`);
    return 2;
  }
  const done = backupSqlite(sqlitePath(config.databaseUrl), argument.file, { force: argument.force });
  if (!done.ok) {
    io.err(`zonebot: ${refusalText(t, done.refusal)}\n`);
    return 2;
  }
  io.out(`${[t.backedUp(done.path), t.size(done.bytes), levelText(t, done.level)].join('\n')}\n`);
  return 0;
}

/** `zonebot restore <file>`: replaces the SQLite database with a checked copy, keeping the one it replaces. */
export function runRestore(words: string[], config: Config, lang: Lang, io: Io, now: Date): number {
  const t = backupText(lang);
  const argument = fileArgument(words, false);
  if (!argument) {
    io.err(`${t.restoreUsage}\n`);
    return 2;
  }
  if (providerOf(config.databaseUrl) === 'postgresql') {
    io.err(`${t.postgresRestore(shellWord(argument.file))}\n`);
    return 2;
  }
  const done = restoreSqlite(argument.file, sqlitePath(config.databaseUrl), now);
  if (!done.ok) {
    io.err(`zonebot: ${refusalText(t, done.refusal)}\n${t.unchanged}\n`);
    return 2;
  }
  const { contents } = done;
  const lines = [
    t.restored(argument.file, done.target),
    t.plans(contents.plans),
    t.counts(contents.figures, contents.reports),
    levelText(t, contents.level),
    done.kept ? t.kept(done.kept) : t.nothingKept,
  ];
  io.out(`${lines.join('\n')}\n`);
  return 0;
}
