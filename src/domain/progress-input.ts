import type { MilestoneData } from '../plan/types.js';
import { MAX_TEXT } from './figure-input.js';
import { isReportedState, type ReportedState } from './milestones.js';
import type { PlanIndex } from './plan-index.js';

/** A milestone's progress as someone reported it in the modal. */
export interface ProgressInput {
  milestone: string;
  /** The zone reporting, or null when the owing unit reports for itself. */
  zone: string | null;
  state: string;
  note: string;
  evidence: string;
}

export interface ValidProgress {
  milestone: MilestoneData;
  zone: string | null;
  state: ReportedState;
  note: string | null;
  evidence: string | null;
}

export type ProgressProblem =
  | { field: 'milestone'; code: 'unknown' }
  | { field: 'zone'; code: 'not_owed' }
  | { field: 'state'; code: 'unknown' }
  | { field: 'note'; code: 'too_long' | 'needs_reason' }
  | { field: 'evidence'; code: 'too_long' | 'not_a_link' };

function linkProblem(evidence: string): ProgressProblem | null {
  if (evidence.length > MAX_TEXT) return { field: 'evidence', code: 'too_long' };
  if (!evidence) return null;
  try {
    return ['http:', 'https:'].includes(new URL(evidence).protocol) ? null : { field: 'evidence', code: 'not_a_link' };
  } catch {
    return { field: 'evidence', code: 'not_a_link' };
  }
}

/** Checks a progress report against the plan: the milestone, who owes it, the state, and its note and link. */
export function checkProgress(
  input: ProgressInput,
  plan: PlanIndex,
): { ok: true; progress: ValidProgress } | { ok: false; problems: ProgressProblem[] } {
  const problems: ProgressProblem[] = [];
  const milestone = plan.data.milestones.find((m) => m.key === input.milestone);
  if (!milestone) problems.push({ field: 'milestone', code: 'unknown' });
  else {
    const owed = input.zone === null ? milestone.units.length > 0 : milestone.zones.includes(input.zone);
    if (!owed) problems.push({ field: 'zone', code: 'not_owed' });
  }
  const state = isReportedState(input.state) ? input.state : null;
  if (!state) problems.push({ field: 'state', code: 'unknown' });
  const note = input.note.trim();
  const evidence = input.evidence.trim();
  if (note.length > MAX_TEXT) problems.push({ field: 'note', code: 'too_long' });
  // Supervisors need to know what is in the way, or there is nothing to act on.
  else if (state === 'blocked' && !note) problems.push({ field: 'note', code: 'needs_reason' });
  const link = linkProblem(evidence);
  if (link) problems.push(link);
  if (problems.length || !milestone || !state) return { ok: false, problems };
  return { ok: true, progress: { milestone, zone: input.zone, state, note: note || null, evidence: evidence || null } };
}
