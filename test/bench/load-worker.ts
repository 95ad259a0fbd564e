import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { type Kind, noOutcomes, type Outcomes, tally } from './outcomes.js';
import { commandBody, EVENTS_PATH, signed, submissionBody, type Writer } from './slack-body.js';
import { type Latency, latencyOf } from './stats.js';

// The load generator: a process of its own (never the app's), given a job as a
// JSON file, printing its result as one JSON line. Each request is built and
// signed as it is sent, so every one carries a fresh timestamp and differs from
// every other; its latency is timed from then until its response is read.

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

interface Sent {
  kind: Kind;
  at: number;
  /** Whether this request is the first on its connection (the context is the connection's own). */
  first: boolean;
  opened?: boolean;
}

function run(job: LoadJob): Promise<LoadResult> {
  const samples = { read: [] as number[], write: [] as number[] };
  const made = { count: 0, writes: 0, examples: [] as string[] };
  const outcomes: Record<Kind, Outcomes> = { read: noOutcomes(), write: noOutcomes() };
  const build = (request: autocannon.Request, context: object) => {
    const n = made.count++;
    const step = job.pattern[n % job.pattern.length] as Step;
    // Counted across the run, so each writer's next value differs from the one it stored last.
    const w = job.firstWrite + made.writes;
    const sent = context as Sent;
    sent.kind = step.kind;
    sent.first = !sent.opened;
    sent.opened = true;
    const body =
      step.kind === 'read'
        ? commandBody(step.text, job.readers[n % job.readers.length] as string, job.responseUrl)
        : submissionBody(job.writers[w % job.writers.length] as Writer, Math.floor(w / job.writers.length));
    if (step.kind === 'write') made.writes++;
    sent.at = performance.now();
    return { ...request, method: 'POST' as const, path: EVENTS_PATH, headers: signed(body), body };
  };
  const onResponse = (status: number, body: string, context: object) => {
    const sent = context as Sent;
    const ms = performance.now() - sent.at;
    samples[sent.kind].push(ms);
    const bad = tally(outcomes[sent.kind], { kind: sent.kind, status, body, ms, first: sent.first }, job);
    if (bad && made.examples.length < 3) made.examples.push(`${status} ${body.slice(0, 300)}`);
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
          badExamples: made.examples,
          writesBuilt: made.writes,
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
