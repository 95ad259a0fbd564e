import { formatDate } from '../format.js';
import { defineMessages } from '../lang.js';
import { plural } from '../plural.js';

export interface PlanSummary {
  key: string;
  docNumber: string;
  startsOn: string;
  endsOn: string;
  zones: number;
  /** The counties zones' growth is compared with; none in most plans. */
  counties: number;
  tasks: number;
  milestones: number;
  targets: number;
}

/** `zonebot plan check`: the frame around the problems (plan-problems.ts words each one). */
export const planCheckText = defineMessages<{
  usage: string;
  unreadable: (file: string, reason: string) => string;
  /** Why a file could not be read, by the system's error code. */
  reasons: Record<'ENOENT' | 'EISDIR' | 'EACCES', string>;
  /** Where a finding stands; `path` is empty for a YAML syntax error. */
  at: (line: number, column: number, path: string, warning: boolean) => string;
  count: (errors: number, warnings: number) => string;
  incomplete: string;
  good: (s: PlanSummary) => string;
  noProblems: string;
}>({
  zh: {
    usage: '用法：zonebot plan check <方案文件.yaml> [--diff]（--diff 显示载入后数据库将有的变化）',
    unreadable: (file, reason) => `无法读取 ${file}：${reason}`,
    reasons: { ENOENT: '没有这个文件', EISDIR: '这是一个文件夹，请给出方案文件', EACCES: '没有读取权限' },
    at: (line, column, path, warning) =>
      `第 ${line} 行第 ${column} 列${warning ? '（提醒）' : ''}${path ? `，${path}` : ''}：`,
    count: (errors, warnings) =>
      `发现 ${[errors ? `${errors} 个问题` : '', warnings ? `${warnings} 条提醒` : ''].filter(Boolean).join('、')}`,
    incomplete: '以上问题改正后才能检查其余各项（引用、重复、期限），请改正后再检查一次。',
    good: (s) =>
      `${s.key}（${s.docNumber}），${formatDate(s.startsOn, 'zh')}至${formatDate(s.endsOn, 'zh')}：开发区 ${s.zones} 个，${s.counties ? `县区 ${s.counties} 个，` : ''}任务 ${s.tasks} 项，节点任务 ${s.milestones} 项，目标 ${s.targets} 项`,
    noProblems: '未发现问题。',
  },
  en: {
    usage: 'usage: zonebot plan check <plan.yaml> [--diff] (--diff shows what loading it would change in the database)',
    unreadable: (file, reason) => `cannot read ${file}: ${reason}`,
    reasons: {
      ENOENT: 'there is no such file',
      EISDIR: 'it is a folder: name a plan file',
      EACCES: 'permission denied',
    },
    at: (line, column, path, warning) =>
      `line ${line}, column ${column}${warning ? ' (warning)' : ''}${path ? `, ${path}` : ''}: `,
    count: (errors, warnings) =>
      `${[
        errors ? `${errors} ${plural(errors, 'problem', 'problems')}` : '',
        warnings ? `${warnings} ${plural(warnings, 'warning', 'warnings')}` : '',
      ]
        .filter(Boolean)
        .join(' and ')} found`,
    incomplete: 'The other checks (references, duplicates, dates) need these fixed first: fix them and check again.',
    good: (s) =>
      `${s.key} (${s.docNumber}), ${formatDate(s.startsOn, 'en')} to ${formatDate(s.endsOn, 'en')}: ${s.zones} ${plural(s.zones, 'zone', 'zones')}, ${s.counties ? `${s.counties} ${plural(s.counties, 'county', 'counties')}, ` : ''}${s.tasks} ${plural(s.tasks, 'task', 'tasks')}, ${s.milestones} ${plural(s.milestones, 'milestone', 'milestones')}, ${s.targets} ${plural(s.targets, 'target', 'targets')}`,
    noProblems: 'No problems found.',
  },
});
