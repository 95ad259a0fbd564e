import { daysBetween } from '../domain/dates.js';
import { type DeadlineStatus, type MilestoneReport, PENDING_STATES } from '../domain/milestones.js';
import type { MilestoneLine } from '../domain/zone-status.js';
import { formatDate } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { common } from '../i18n/messages/common.js';
import { planWords } from '../i18n/messages/plan-words.js';
import { inferredAside } from './inferred.js';

export const DEADLINE_ICON: Record<DeadlineStatus, string> = {
  done: '✅',
  done_late: '☑️',
  overdue: '🔴',
  due_soon: '⏰',
  open: '🗓️',
};

/** 🔴 2022年6月30日 · 任务2 内设机构优化 — 已逾期（逾期 1612 天）, with what the encoding read into it. */
export function describeMilestone(line: MilestoneLine, lang: Lang, today: string): string {
  const { milestone: m, status, report } = line;
  const words = planWords(lang);
  const title = lang === 'zh' ? m.title : m.titleEn;
  const task = m.task === null ? '' : `${common(lang).task(m.task)} `;
  const days = daysBetween(today, m.dueOn);
  const when = status === 'overdue' ? words.daysOverdue(-days) : status === 'due_soon' ? words.daysLeft(days) : '';
  const state = when || words.deadline[status];
  const reported = report && report.state !== 'done' ? ` · ${words.reported[report.state]}` : '';
  return `${DEADLINE_ICON[status]} ${formatDate(m.dueOn, lang)} · ${task}${title}${inferredAside(m, lang)} — ${state}${reported}`;
}

/** 待确认 2 · 已退回 1: the parties whose "done" awaits an officer, or was sent back. */
export function pendingCounts(lines: { report: MilestoneReport | undefined }[], lang: Lang): string[] {
  const { pending } = planWords(lang);
  return PENDING_STATES.map((s) => [s, lines.filter((l) => l.report?.state === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => pending[s](n));
}
