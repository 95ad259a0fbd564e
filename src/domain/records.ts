import type { ValidFigure } from './figure-input.js';
import type { ReportedState } from './milestones.js';
import type { Grant } from './roles.js';

// What people have reported, as kept: plain records the store reads and the
// views, the ledger and the services work with.

/** Who the records name for what was done at the server's terminal, which has no Slack user. */
export const TERMINAL_RECORDED_AS = 'terminal';

export interface Verification {
  by: string;
  at: Date;
  note: string | null;
}

/** One submitted value. Revisions are never changed, only followed by newer ones. */
export interface FigureRevision extends ValidFigure {
  id: number;
  enteredBy: string;
  enteredAt: Date;
  verifications: Verification[];
}

/** An officer's decision on a zone's "done". */
export interface Decision {
  confirmed: boolean;
  by: string;
  at: Date;
  note: string | null;
}

/** One progress report on a milestone, with the officer's decision when it needed one. */
export interface ProgressReport {
  id: number;
  /** The plan's key: a milestone key is unique only within its plan. */
  plan: string;
  milestone: string;
  zone: string | null;
  state: ReportedState;
  note: string | null;
  evidence: string | null;
  enteredBy: string;
  enteredAt: Date;
  needsConfirmation: boolean;
  decision: Decision | null;
}

/** A note on a milestone, from a reply in a nudge's thread: who wrote what, and when. */
export interface ProgressNote {
  id: number;
  plan: string;
  milestone: string;
  zone: string | null;
  text: string;
  enteredBy: string;
  enteredAt: Date;
}

/** A role as granted: who holds it, who gave it and when, and whether and when it was revoked. */
export interface GrantRecord extends Grant {
  id: number;
  userId: string;
  grantedBy: string;
  grantedAt: Date;
  revokedBy: string | null;
  revokedAt: Date | null;
}

/** Where a page of a figure history begins: after this group (a period and an indicator's key). */
export interface GroupCursor {
  period: string;
  indicator: string;
}

export interface RevisionPage {
  /** Every revision of the page's groups, oldest first. */
  revisions: FigureRevision[];
  /** Where the next page begins; null on the last. */
  next: GroupCursor | null;
}
