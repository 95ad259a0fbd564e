import type { DiffKind } from '../../plan/diff.js';
import { defineMessages } from '../lang.js';
import { plural } from '../plural.js';

/** `zonebot plan check --diff`: what loading a plan file would do to the database. */
export const planDiffText = defineMessages<{
  noDatabase: (location: string) => string;
  notMigrated: (location: string, pending: number) => string;
  unsound: (location: string, names: string[]) => string;
  against: (location: string) => string;
  newPlan: (key: string) => string;
  loaded: (key: string, sameFile: boolean) => string;
  kind: Record<DiffKind, string>;
  counts: (kind: DiffKind, added: number, changed: number, dropped: number) => string;
  separator: string;
  dropped: (kind: DiffKind) => string;
  nothing: string;
  blocked: string;
  unreachable: (reason: string) => string;
}>({
  zh: {
    noDatabase: (location) => `数据库 ${location} 不存在，以下按空数据库对比。`,
    notMigrated: (location, pending) =>
      `数据库 ${location} 还有 ${pending} 项迁移未应用（zonebot 下次启动时应用），以下按空数据库对比。`,
    unsound: (location, names) =>
      `数据库 ${location} 的迁移记录与本版本 zonebot 不一致（${names.join('、')}），未读取，以下按空数据库对比。`,
    against: (location) => `对比数据库 ${location}：`,
    newPlan: (key) => `方案 ${key} 尚未载入，载入后将新增：`,
    loaded: (key, sameFile) =>
      sameFile
        ? `方案 ${key} 已载入，且正是从这个文件载入的，重启时不会重新载入。`
        : `方案 ${key} 已载入，文件有改动，重启时载入将：`,
    kind: {
      plan: '方案信息',
      zones: '开发区',
      counties: '县区',
      units: '单位',
      indicators: '指标',
      assessmentRules: '考核规则',
      programmes: '工程',
      tasks: '任务',
      milestones: '节点任务',
      targets: '目标',
    },
    counts: (kind, added, changed, dropped) =>
      [
        added ? `新增 ${added}` : '',
        changed ? `改动 ${changed}` : '',
        dropped ? `${kind === 'assessmentRules' ? '删除' : '退役'} ${dropped}` : '',
      ]
        .filter(Boolean)
        .join('，'),
    separator: '；',
    dropped: (kind) => (kind === 'assessmentRules' ? '（删除）' : '（退役，已填报的历史记录保留）'),
    nothing: '载入后数据库不会有任何变化。',
    blocked: '文件有问题，未与数据库对比；改正后再加 --diff 检查。',
    unreachable: (reason) => `无法读取数据库，未对比：${reason}。请检查 DATABASE_URL。`,
  },
  en: {
    noDatabase: (location) => `There is no database at ${location}; compared as against an empty one.`,
    notMigrated: (location, pending) =>
      `The database at ${location} has ${pending} pending ${plural(pending, 'migration', 'migrations')} (zonebot applies them at its next start); compared as against an empty database.`,
    unsound: (location, names) =>
      `The database at ${location} has migrations this zonebot does not match (${names.join(', ')}), so it was not read; compared as against an empty database.`,
    against: (location) => `Against the database at ${location}:`,
    newPlan: (key) => `Plan ${key} is not loaded yet; loading it would add:`,
    loaded: (key, sameFile) =>
      sameFile
        ? `Plan ${key} is loaded, from this very file: a restart would not load it again.`
        : `Plan ${key} is loaded from another version of this file; loading this one would:`,
    kind: {
      plan: 'plan',
      zones: 'zones',
      counties: 'counties',
      units: 'units',
      indicators: 'indicators',
      assessmentRules: 'assessment rules',
      programmes: 'programmes',
      tasks: 'tasks',
      milestones: 'milestones',
      targets: 'targets',
    },
    counts: (kind, added, changed, dropped) =>
      [
        added ? `${added} added` : '',
        changed ? `${changed} changed` : '',
        dropped ? `${dropped} ${kind === 'assessmentRules' ? 'removed' : 'retired'}` : '',
      ]
        .filter(Boolean)
        .join(', '),
    separator: '; ',
    dropped: (kind) =>
      kind === 'assessmentRules' ? ' (removed)' : ' (retired, with the history entered against it kept)',
    nothing: 'Loading it would change nothing in the database.',
    blocked: 'Not compared with the database, since the file has problems: fix them and check with --diff again.',
    unreachable: (reason) => `Not compared: the database cannot be read (${reason}). Check DATABASE_URL.`,
  },
});
