import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { commandBody, EVENTS_PATH, signed, submissionBody, type Writer } from './slack-body.js';
import { type Latency, latencyOf } from './stats.js';

// The load generator: a process of its own (never the app's), given a job as a
// JSON file, printing its result as one JSON line. Each request is built and
// signed as it is sent, so every one carries a fresh timestamp and differs from
// every other; its latency is timed from then until its response is read.

/** Slack shows the person an error when an acknowledgement takes longer than this. */
const SLACK_WAITS_MS = 3000;

export type Step = { kind: 'read'; text: string } | { kind: 'write' };

export interface LoadJob {
  url: string;
  connections: number;
  durationS?: number;
  /** Total requests: a fixed number instead of a duration. */
  amount?: number;
  /** What is sent, request after request across all connections, over and over. */
  pattern: Step[];
  readers: string[];
  writers: Writer[];
  /** Submissions built by earlier jobs of this run. */
  firstWrite: number;
  responseUrl: string;
  /** A read's answer must contain this. */
  readAnswer: string;
  /** An answer containing any of these is a failure (an internal error, "starting"). */
  failures: string[];
  /** A write acknowledged with this view was still waiting for the database. */
  saving: string;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  rps: number;
  read: Latency | null;
  write: Latency | null;
  status: Record<string, number>;
  errors: number;
  timeouts: number;
  /** How each kind of request fared. */
  outcomes: Record<Kind, Outcomes>;
  /** The first few bad answers, to say what went wrong. */
  badExamples: string[];
  /** Submissions built, sent or not: where the next job's count starts. */
  writesBuilt: number;
}

type Kind = 'read' | 'write';

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

interface Sent {
  kind: Kind;
  at: number;
  /** Whether this request is the first on its connection (the context is the connection's own). */
  first: boolean;
  opened?: boolean;
}

const none = (): Outcomes => ({ bad: 0, late: 0, overdue: 0, setup: 0, failed: 0, saving: 0 });

function run(job: LoadJob): Promise<LoadResult> {
  const samples = { read: [] as number[], write: [] as number[] };
  const tally = { made: 0, writes: 0, examples: [] as string[] };
  const outcomes: Record<Kind, Outcomes> = { read: none(), write: none() };
  const build = (request: autocannon.Request, context: object) => {
    const n = tally.made++;
    const step = job.pattern[n % job.pattern.length] as Step;
    // Counted across the run, so each writer's next value differs from the one it stored last.
    const w = job.firstWrite + tally.writes;
    const sent = context as Sent;
    sent.kind = step.kind;
    sent.first = !sent.opened;
    sent.opened = true;
    const body =
      step.kind === 'read'
        ? commandBody(step.text, job.readers[n % job.readers.length] as string, job.responseUrl)
        : submissionBody(job.writers[w % job.writers.length] as Writer, Math.floor(w / job.writers.length));
    if (step.kind === 'write') tally.writes++;
    sent.at = performance.now();
    return { ...request, method: 'POST' as const, path: EVENTS_PATH, headers: signed(body), body };
  };
  const onResponse = (status: number, body: string, context: object) => {
    const sent = context as Sent;
    const ms = performance.now() - sent.at;
    samples[sent.kind].push(ms);
    const o = outcomes[sent.kind];
    const wanted = sent.kind === 'read' ? job.readAnswer : '"response_action":"update"';
    // Not ready within Slack's budget: acknowledged empty, answered through response_url.
    const late = status === 200 && sent.kind === 'read' && body === '';
    const bad = !late && (status !== 200 || !body.includes(wanted) || job.failures.some((f) => body.includes(f)));
    if (late) o.late++;
    if (bad) {
      o.bad++;
      if (tally.examples.length < 3) tally.examples.push(`${status} ${body.slice(0, 300)}`);
    }
    const overdue = ms > SLACK_WAITS_MS && !sent.first;
    if (ms > SLACK_WAITS_MS && sent.first) o.setup++;
    if (overdue) o.overdue++;
    if (bad || overdue) o.failed++;
    if (sent.kind === 'write' && body.includes(job.saving)) o.saving++;
  };
  const started = performance.now();
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: job.url,
        connections: job.connections,
        ...(job.amount ? { amount: job.amount } : { duration: job.durationS ?? 3 }),
        timeout: 30,
        requests: [{ setupRequest: build, onResponse }],
      },
      (err, result) => {
        if (err) return reject(err);
        const seconds = (performance.now() - started) / 1000;
        const requests = samples.read.length + samples.write.length;
        const status: Record<string, number> = {};
        for (const [code, { count = 0 } = {}] of Object.entries(result.statusCodeStats ?? {})) status[code] = count;
        resolve({
          requests,
          seconds: Math.round(seconds * 100) / 100,
          rps: Math.round(requests / seconds),
          read: latencyOf(samples.read),
          write: latencyOf(samples.write),
          status,
          errors: result.errors,
          timeouts: result.timeouts,
          outcomes,
          badExamples: tally.examples,
          writesBuilt: tally.writes,
        });
      },
    );
  });
}

const job = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as LoadJob;
run(job).then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (err: unknown) => {
    process.stderr.write(`load generator failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
