import type { LoadResult } from './load.js';
import type { ExportResult } from './one-offs.js';
import type { Outcomes } from './outcomes.js';
import type { Dataset, FloorRound, ZonebotRound } from './round.js';
import { median } from './stats.js';

/** A run's figures over the rounds: medians, with the outcomes of this kind of request summed. */
export interface Figures extends Outcomes {
  rounds: number;
  /** Latencies measured, over all rounds. */
  samples: number;
  rps: number | null;
  p50: number | null;
  p99: number | null;
  max: number | null;
  /** Connection errors and timeouts of the whole runs (reads and writes alike). */
  errors: number;
  badExamples: string[];
}

function figures(runs: (LoadResult | undefined)[], kind: 'read' | 'write'): Figures {
  const got = runs.filter((r): r is LoadResult => r !== undefined);
  const lat = got.map((r) => r[kind]);
  const sum = (field: keyof Outcomes) => got.reduce((n, r) => n + r.outcomes[kind][field], 0);
  return {
    rounds: got.length,
    samples: lat.reduce((total, l) => total + (l?.count ?? 0), 0),
    rps: median(got.map((r) => r.rps)),
    p50: median(lat.map((l) => l?.p50)),
    p99: median(lat.map((l) => l?.p99)),
    max: median(lat.map((l) => l?.max)),
    bad: sum('bad'),
    late: sum('late'),
    overdue: sum('overdue'),
    setup: sum('setup'),
    failed: sum('failed'),
    saving: sum('saving'),
    errors: got.reduce((n, r) => n + r.errors + r.timeouts, 0),
    badExamples: got.flatMap((r) => r.badExamples).slice(0, 3),
  };
}

export interface ExportFigures {
  text: string;
  rows: number;
  seconds: number | null;
  peakAboveMB: number | null;
}

function exportFigures(all: ExportResult[], text: string): ExportFigures | null {
  const mine = all.filter((e) => e.text === text);
  if (!mine.length) return null;
  return {
    text,
    rows: Math.max(...mine.map((e) => e.rows)),
    seconds: median(mine.map((e) => e.seconds)),
    peakAboveMB: median(mine.map((e) => e.peakAboveMB)),
  };
}

/** zonebot against the floor measured around it: per round, then the median over rounds. */
export interface VsFloor {
  rps: number | null;
  p99: number | null;
}

export interface Summary {
  /** By case, then by connections; empty without a floor (the scale case). */
  vsFloor: Record<string, Record<string, VsFloor>>;
  coldMs: number | null;
  firstAnswerMs: number | null;
  /** The longest wait for start-up to go idle; null when a round never did. */
  settledS: number | null;
  idleRssMB: number | null;
  loadRssMB: number | null;
  /** By case, then by connections. */
  reads: Record<string, Record<string, Figures>>;
  uncached: Record<string, Figures>;
  writes: Figures | null;
  /** By connections: reads and writes of the mixed load. */
  mixed: Record<string, { read: Figures; write: Figures }>;
  exports: { whole: ExportFigures | null; zone: ExportFigures | null };
}

export interface FloorSummary {
  coldMs: number | null;
  idleRssMB: number | null;
  /** By connections. */
  reads: Record<string, Figures>;
}

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

export function summarizeFloor(rounds: FloorRound[], connections: number[]): FloorSummary {
  const reads: Record<string, Figures> = {};
  for (const c of connections)
    reads[c] = figures(
      rounds.map((r) => r.reads[c]),
      'read',
    );
  return {
    coldMs: round1(median(rounds.map((r) => r.coldMs))),
    idleRssMB: round1(median(rounds.map((r) => r.idleRssMB))),
    reads,
  };
}

const mean = (a: number | undefined, b: number | undefined) =>
  a === undefined ? (b ?? null) : b === undefined ? a : (a + b) / 2;

/**
 * Each zonebot round against the floor runs just before and just after it
 * (the mean of the two), so the other work on the machine weighs on both
 * sides of a ratio alike; the ratios' median over the rounds.
 */
function vsFloor(rounds: ZonebotRound[], floors: FloorRound[], name: string, c: number): VsFloor {
  const per = rounds.map((r, i) => {
    const z = r.reads[`${name}@${c}`];
    const [before, after] = [floors[i]?.reads[c], floors[i + 1]?.reads[c]];
    const rps = mean(before?.rps, after?.rps);
    const p99 = mean(before?.read?.p99, after?.read?.p99);
    return {
      rps: z && rps ? z.rps / rps : null,
      p99: z?.read && p99 ? z.read.p99 / p99 : null,
    };
  });
  return { rps: median(per.map((p) => p.rps)), p99: median(per.map((p) => p.p99)) };
}

export function summarize(rounds: ZonebotRound[], data: Dataset, connections: number[], floors: FloorRound[]): Summary {
  const reads: Record<string, Record<string, Figures>> = {};
  const ratios: Summary['vsFloor'] = {};
  const uncached: Record<string, Figures> = {};
  for (const rc of data.reads) {
    reads[rc.id] = {};
    if (floors.length)
      ratios[rc.id] = Object.fromEntries(connections.map((c) => [c, vsFloor(rounds, floors, rc.id, c)]));
    for (const c of connections)
      (reads[rc.id] as Record<string, Figures>)[c] = figures(
        rounds.map((r) => r.reads[`${rc.id}@${c}`]),
        'read',
      );
    uncached[rc.id] = figures(
      rounds.map((r) => r.uncached[rc.id]),
      'read',
    );
  }
  const mixed: Summary['mixed'] = {};
  if (data.everything) {
    for (const c of connections) {
      const runs = rounds.map((r) => r.mixed[c]);
      mixed[c] = { read: figures(runs, 'read'), write: figures(runs, 'write') };
    }
  }
  const exports = rounds.flatMap((r) => r.exports);
  const writes = rounds.map((r) => r.writes).filter((w): w is LoadResult => w !== null);
  return {
    vsFloor: ratios,
    coldMs: round1(median(rounds.map((r) => r.coldMs))),
    firstAnswerMs: round1(median(rounds.map((r) => r.firstAnswerMs))),
    settledS: rounds.some((r) => r.settledS === null) ? null : Math.max(...rounds.map((r) => r.settledS ?? 0)),
    idleRssMB: round1(median(rounds.map((r) => r.idleRssMB))),
    loadRssMB: round1(median(rounds.map((r) => r.loadRssMB))),
    reads,
    uncached,
    writes: writes.length ? figures(writes, 'write') : null,
    mixed,
    exports: { whole: exportFigures(exports, 'export'), zone: exportFigures(exports, `export ${data.zone}`) },
  };
}
