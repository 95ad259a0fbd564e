// How the load generator judges each answer it gets back, apart from the
// process that sends the requests, so that the judging can be tested.

/** Slack shows the person an error when an acknowledgement takes longer than this. */
export const SLACK_WAITS_MS = 3000;

export type Kind = 'read' | 'write';

export interface Outcomes {
  /** Not what was asked for: an error, a refusal, a field error on a form, Bolt's 404 when nothing acknowledged in time. */
  bad: number;
  /** Reads acknowledged empty because the answer was not ready in time; it follows through response_url. */
  late: number;
  /** Acknowledged after Slack stopped waiting: the person was shown an error. */
  overdue: number;
  /**
   * A connection's first answer acknowledged after Slack's 3 s, counted apart from `overdue`.
   * At 32 connections on a busy server, a few connections of each new load generator took
   * 3–5 s to be taken by the server on this machine, for a plain Node server of 8 ms a
   * request as for zonebot, while no request waited even 0.7 s once its connection was taken.
   */
  setup: number;
  /** Bad or overdue, each answer counted once. */
  failed: number;
  /** Submissions acknowledged with "saving" because the write was still waiting. */
  saving: number;
}

export const noOutcomes = (): Outcomes => ({ bad: 0, late: 0, overdue: 0, setup: 0, failed: 0, saving: 0 });

export interface Answer {
  kind: Kind;
  status: number;
  body: string;
  ms: number;
  /** The first request on its connection. */
  first: boolean;
}

export interface Expected {
  /** A read's answer must contain this. */
  readAnswer: string;
  /** An answer containing any of these is a failure (an internal error, "starting"). */
  failures: string[];
  /** A write acknowledged with this view was still waiting for the database. */
  saving: string;
}

/** Counts one answer in `o`; true when it was bad (not what was asked for). */
export function tally(o: Outcomes, a: Answer, expected: Expected): boolean {
  const wanted = a.kind === 'read' ? expected.readAnswer : '"response_action":"update"';
  // Not ready within Slack's budget: acknowledged empty, answered through response_url.
  const late = a.status === 200 && a.kind === 'read' && a.body === '';
  const bad =
    !late && (a.status !== 200 || !a.body.includes(wanted) || expected.failures.some((f) => a.body.includes(f)));
  const slow = a.ms > SLACK_WAITS_MS;
  if (late) o.late++;
  if (bad) o.bad++;
  if (slow && a.first) o.setup++;
  if (slow && !a.first) o.overdue++;
  if (bad || (slow && !a.first)) o.failed++;
  if (a.kind === 'write' && a.body.includes(expected.saving)) o.saving++;
  return bad;
}
