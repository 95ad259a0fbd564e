import { common } from '../../src/i18n/messages/common.js';
import { savingText } from '../../src/i18n/messages/saving.js';
import { AFTER_START_QUIET } from '../../src/jobs/quiet.js';
import type { Provider } from '../../src/store/database.js';
import type { SlackEmulator } from '../support/slack-emulator.js';
import { type AppSettings, type Running, startBare, startZonebot, timedCommand } from './apps.js';
import type { Children } from './children.js';
import type { Generated } from './data.js';
import { BENCH_ADMIN } from './data-people.js';
import { type LoadResult, type LoadSpec, runLoad, type Target } from './load.js';
import { type ExportResult, measureExport } from './one-offs.js';
import { highestRss, rssMB, settle } from './processes.js';
import { mixedPattern, type ReadCase, read, type Settings } from './settings.js';

export interface Bench {
  settings: Settings;
  children: Children;
  /** Where load jobs are written for the load generator. */
  dir: string;
  emulator: SlackEmulator;
}

export interface Dataset {
  label: string;
  provider: Provider;
  pristine: string;
  planFile?: string;
  /** The zone `status` and `history` ask about. */
  zone: string;
  generated: Generated;
  reads: ReadCase[];
  /** Writes, the mixed load and the ledger: the 12-zone data only. */
  everything: boolean;
}

export interface FloorRound {
  coldMs: number;
  idleRssMB: number;
  /** By connections. */
  reads: Record<string, LoadResult>;
}

export interface ZonebotRound {
  coldMs: number;
  firstAnswerMs: number;
  /** Seconds from the first answer until the process was idle (its catch-up jobs done); null if not within two minutes. */
  settledS: number | null;
  idleRssMB: number;
  loadRssMB: number;
  /** By `case@connections`. */
  reads: Record<string, LoadResult>;
  /** By case: each read right after a write. */
  uncached: Record<string, LoadResult>;
  writes: LoadResult | null;
  /** By connections. */
  mixed: Record<string, LoadResult>;
  exports: ExportResult[];
}

const FAILURES = [common('zh').internalError, common('zh').starting];

function target(bench: Bench, app: Running, data: Dataset, readAnswer: string): Target {
  return {
    url: app.url,
    readers: data.generated.readers,
    writers: data.generated.writers,
    responseUrl: bench.emulator.responseUrl('bench'),
    readAnswer,
    failures: FAILURES,
    saving: savingText('zh').title,
  };
}

/** `status` right after the start, timed until the answer: in the acknowledgement, or through response_url when late. */
async function firstAnswer(app: Running, emulator: SlackEmulator, data: Dataset): Promise<number> {
  const reader = data.generated.readers[0] as string;
  const asked = await timedCommand(app.url, `status ${data.zone}`, reader, emulator.responseUrl('first'));
  if (asked.status === 200 && asked.body.includes('ephemeral')) return asked.ms;
  if (asked.status !== 200 || asked.body !== '')
    throw new Error(`first answer: ${asked.status} ${asked.body.slice(0, 300)}`);
  const since = performance.now() - asked.ms;
  await emulator.waitForResponse('first', 60_000);
  return performance.now() - since;
}

const load = (bench: Bench, t: Target, spec: LoadSpec) => runLoad(bench.children.loadWorker, bench.dir, t, spec);

/**
 * Every cached read the round will time, in turn, at the most connections:
 * what a bot that has been answering a while has done (its code optimised).
 * Timed from a cold start instead, the first case of a round ran at 0.6–0.8×
 * of its own later runs. Not `history`, whose slow answers at 32 connections
 * left the reads after them slower still.
 */
function warmUp(bench: Bench, t: Target, data: Dataset) {
  const pattern = data.reads.filter((rc) => rc.cached).map((rc) => read(rc, data.zone));
  return load(bench, t, {
    connections: Math.max(...bench.settings.connections),
    durationS: bench.settings.warmupS,
    pattern,
  });
}

/** The floor: the bare Bolt app acknowledging `/zone` at each number of connections. */
export async function floorRound(bench: Bench, data: Dataset): Promise<FloorRound> {
  const { settings: s } = bench;
  const app = await startBare(bench.children.bareApp);
  try {
    await settle(app.proc.pid);
    const idleRssMB = rssMB(app.proc.pid);
    const t = target(bench, app, data, 'ok');
    await warmUp(bench, t, data);
    const pattern = [read(data.reads[0] as ReadCase, data.zone)];
    const reads: Record<string, LoadResult> = {};
    for (const c of s.connections) reads[c] = await load(bench, t, { connections: c, durationS: s.durationS, pattern });
    return { coldMs: app.coldMs, idleRssMB, reads };
  } finally {
    await app.proc.stop();
  }
}

async function readsAtLoad(bench: Bench, app: Running, t: Target, data: Dataset) {
  const { settings: s } = bench;
  const reads: Record<string, LoadResult> = {};
  let loadRssMB = 0;
  for (const c of s.connections) {
    for (const rc of data.reads) {
      const run = load(bench, t, { connections: c, durationS: s.durationS, pattern: [read(rc, data.zone)] });
      const { value, rssMB: highest } = await highestRss(app.proc.pid, run);
      if (c === Math.max(...s.connections)) loadRssMB = Math.max(loadRssMB, highest);
      reads[`${rc.id}@${c}`] = value;
    }
  }
  return { reads, loadRssMB };
}

/**
 * One turn of zonebot on a fresh copy of the data: start to healthy, the
 * first answer, idle memory, every read at every number of connections, the
 * same reads uncached, then (12-zone data, `withWrites`) forty people
 * writing, the mixed load and the ledger.
 */
export async function zonebotRound(
  bench: Bench,
  data: Dataset,
  databaseUrl: string,
  withWrites: boolean,
): Promise<ZonebotRound> {
  const { settings: s, emulator } = bench;
  emulator.reset();
  const settings: AppSettings = {
    databaseUrl,
    apiUrl: emulator.apiUrl,
    planFile: data.planFile,
    admins: [BENCH_ADMIN],
  };
  const app = await startZonebot(settings);
  try {
    const first = await firstAnswer(app, emulator, data);
    // The jobs start only once the bot has been idle a while: a quiet that short is not yet the end of the catch-up.
    const settledS = await settle(app.proc.pid, AFTER_START_QUIET.quietMs + 2_000);
    const idleRssMB = rssMB(app.proc.pid);
    const t = target(bench, app, data, '"response_type":"ephemeral"');
    await warmUp(bench, t, data);
    const { reads, loadRssMB } = await readsAtLoad(bench, app, t, data);
    const uncached: Record<string, LoadResult> = {};
    for (const rc of data.reads) {
      uncached[rc.id] = await load(bench, t, {
        connections: 1,
        amount: 2 * s.probes,
        pattern: [{ kind: 'write' }, read(rc, data.zone)],
      });
    }
    const round: ZonebotRound = {
      coldMs: app.coldMs,
      firstAnswerMs: first,
      settledS,
      idleRssMB,
      loadRssMB,
      reads,
      uncached,
      writes: null,
      mixed: {},
      exports: [],
    };
    if (!data.everything || !withWrites) return round;
    round.writes = await load(bench, t, { connections: 40, amount: 40 * s.writesEach, pattern: [{ kind: 'write' }] });
    for (const c of s.connections) {
      round.mixed[c] = await load(bench, t, {
        connections: c,
        durationS: s.durationS,
        pattern: mixedPattern(data.zone),
      });
    }
    for (const text of ['export', `export ${data.zone}`])
      round.exports.push(await measureExport(app, emulator, text, BENCH_ADMIN));
    return round;
  } finally {
    await app.proc.stop();
  }
}
