import { formatNumber } from '../format.js';
import { defineMessages } from '../lang.js';
import { plural } from '../plural.js';

const UNITS = ['KB', 'MB', 'GB'];

/** 1.2 MB, with the exact count beside it for anyone comparing files. */
function size(bytes: number): string {
  let value = bytes;
  let unit = '';
  for (const next of UNITS) {
    if (value < 1024) break;
    value /= 1024;
    unit = next;
  }
  return unit ? `${value.toFixed(1)} ${unit}` : '';
}

export const backupText = defineMessages<{
  backupUsage: string;
  restoreUsage: string;
  backedUp: (path: string) => string;
  size: (bytes: number) => string;
  /** `pending`: migrations the copy lacks, from an older zonebot. */
  level: (applied: number, latest: string | null, pending: number) => string;
  postgresBackup: (file: string) => string;
  postgresRestore: (file: string) => string;
  restored: (copy: string, target: string) => string;
  plans: (keys: string[]) => string;
  counts: (figures: number, reports: number) => string;
  kept: (path: string) => string;
  nothingKept: string;
  unchanged: string;
  noDatabase: (path: string) => string;
  exists: (path: string) => string;
  sameFile: (path: string) => string;
  noCopy: (path: string) => string;
  notSqlite: (path: string) => string;
  corrupt: (path: string, problems: string[]) => string;
  notZonebot: (path: string) => string;
  newer: (path: string, unknown: string[]) => string;
  edited: (path: string, names: string[]) => string;
  noPlan: (path: string) => string;
  inUse: (path: string) => string;
}>({
  zh: {
    backupUsage: '用法：zonebot backup <文件> [--force]（--force 覆盖已有文件）',
    restoreUsage: '用法：zonebot restore <文件>',
    backedUp: (path) => `已备份到 ${path}`,
    size: (bytes) => `大小：${[size(bytes), `${formatNumber(bytes, 'zh')} 字节`].filter(Boolean).join('，')}`,
    level: (applied, latest, pending) =>
      (latest ? `迁移：已应用 ${applied} 项，最新为 ${latest}` : '迁移：尚未应用任何迁移') +
      (pending ? `（另有 ${pending} 项将在下次启动时应用）` : ''),
    postgresBackup: (file) =>
      `当前数据库是 PostgreSQL，zonebot 不替它备份，请用 pg_dump（可在机器人运行时进行）：\n  pg_dump -Fc -f ${file} "$DATABASE_URL"`,
    postgresRestore: (file) =>
      `当前数据库是 PostgreSQL，zonebot 不替它恢复。请先停止机器人，再用 pg_restore：\n  pg_restore --clean --if-exists -d "$DATABASE_URL" ${file}\n启动后，/healthz 会显示数据库的迁移版本；来自更新版本 zonebot 的备份，本版本会拒绝启动。`,
    restored: (copy, target) => `已从 ${copy} 恢复到 ${target}`,
    plans: (keys) => `规划：${keys.join('、')}`,
    counts: (figures, reports) => `指标数据 ${figures} 条，节点进展 ${reports} 条`,
    kept: (path) => `被替换的数据库已保留为 ${path}`,
    nothingKept: '目标位置原先没有数据库。',
    unchanged: '未做任何更改。',
    noDatabase: (path) => `${path} 没有数据库，无从备份。请检查 DATABASE_URL。`,
    exists: (path) => `${path} 已存在，未覆盖。请换一个文件名，或加上 --force 覆盖。`,
    sameFile: (path) => `备份文件和数据库是同一个文件（${path}）。`,
    noCopy: (path) => `找不到文件 ${path}。`,
    notSqlite: (path) => `${path} 不是 SQLite 数据库文件。`,
    corrupt: (path, problems) => `${path} 已损坏，完整性检查未通过：\n  ${problems.join('\n  ')}`,
    notZonebot: (path) => `${path} 不是 zonebot 的数据库（没有 zonebot 的迁移记录）。`,
    newer: (path, unknown) =>
      `${path} 来自更新版本的 zonebot，含本版本不认识的迁移：${unknown.join('、')}。请先升级 zonebot 再恢复。`,
    edited: (path, names) => `${path} 的迁移记录与本版本的不一致（未完成或脚本不同）：${names.join('、')}。`,
    noPlan: (path) => `${path} 里没有规划数据。`,
    inUse: (path) => `${path} 正被运行中的 zonebot 使用（机器人或终端指令）。请先停止机器人，再恢复。`,
  },
  en: {
    backupUsage: 'usage: zonebot backup <file> [--force] (--force overwrites an existing file)',
    restoreUsage: 'usage: zonebot restore <file>',
    backedUp: (path) => `Backed up to ${path}`,
    size: (bytes) =>
      `Size: ${[size(bytes), `${formatNumber(bytes, 'en')} ${plural(bytes, 'byte', 'bytes')}`].filter(Boolean).join(', ')}`,
    level: (applied, latest, pending) =>
      (latest ? `Migrations: ${applied} applied, the latest ${latest}` : 'Migrations: none applied yet') +
      (pending ? ` (${pending} more will be applied at the next start)` : ''),
    postgresBackup: (file) =>
      `The database is PostgreSQL, which zonebot does not back up itself. Use pg_dump (it may run while the bot does):\n  pg_dump -Fc -f ${file} "$DATABASE_URL"`,
    postgresRestore: (file) =>
      `The database is PostgreSQL, which zonebot does not restore itself. Stop the bot, then use pg_restore:\n  pg_restore --clean --if-exists -d "$DATABASE_URL" ${file}\nOnce started, /healthz shows the database's migration level; this zonebot refuses to start on a dump from a later one.`,
    restored: (copy, target) => `Restored ${copy} to ${target}`,
    plans: (keys) => `${plural(keys.length, 'Plan', 'Plans')}: ${keys.join(', ')}`,
    counts: (figures, reports) =>
      `${figures} ${plural(figures, 'figure', 'figures')}, ${reports} milestone ${plural(reports, 'report', 'reports')}`,
    kept: (path) => `The database it replaced is kept as ${path}`,
    nothingKept: 'There was no database there before.',
    unchanged: 'Nothing was changed.',
    noDatabase: (path) => `There is no database at ${path} to back up. Check DATABASE_URL.`,
    exists: (path) =>
      `${path} already exists and was not overwritten. Choose another name, or add --force to overwrite it.`,
    sameFile: (path) => `The copy and the database are the same file (${path}).`,
    noCopy: (path) => `There is no file ${path}.`,
    notSqlite: (path) => `${path} is not a SQLite database file.`,
    corrupt: (path, problems) => `${path} is damaged; its integrity check failed:\n  ${problems.join('\n  ')}`,
    notZonebot: (path) => `${path} is not a zonebot database (it has no zonebot migration history).`,
    newer: (path, unknown) =>
      `${path} comes from a later zonebot, with migrations this one does not know: ${unknown.join(', ')}. Upgrade zonebot, then restore it.`,
    edited: (path, names) =>
      `${path} has a migration history that differs from this zonebot's (unfinished, or from other scripts): ${names.join(', ')}.`,
    noPlan: (path) => `${path} holds no plan.`,
    inUse: (path) =>
      `${path} is open in a running zonebot (the bot, or a terminal command). Stop the bot, then restore.`,
  },
});
