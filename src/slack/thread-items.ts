import type { PlanIndex } from '../domain/plan-index.js';
import { parseNumber } from '../i18n/numerals.js';

// How people name a task in a reply: 任务2, 任务 二, 第2项, Task 2, #2.
const NAMED = /(?:任务|第|task|#)\s*([0-9]{1,3}|[零〇一二三四五六七八九十]{1,3})/giu;

/** The task numbers a reply names, in the order it names them. */
export function tasksNamed(text: string): number[] {
  const out: number[] = [];
  for (const [, written = ''] of text.matchAll(NAMED)) {
    const n = parseNumber(written);
    if (n !== null && !out.includes(n)) out.push(n);
  }
  return out;
}

/**
 * Which of a nudge's milestones a reply is about: the only one, or those of
 * the task it names; an empty list means the reply names none of them and
 * has to be asked.
 */
export function itemsMeant(text: string, milestones: string[], plan: PlanIndex): string[] {
  if (milestones.length === 1) return milestones;
  const named = tasksNamed(text);
  if (!named.length) return [];
  return milestones.filter((key) => {
    const task = plan.data.milestones.find((m) => m.key === key)?.task;
    return task !== null && task !== undefined && named.includes(task);
  });
}
