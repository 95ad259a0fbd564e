import type { Step } from './load.js';

export interface Settings {
  quick: boolean;
  /** Rounds in which the floor and zonebot take turns; medians are reported. */
  rounds: number;
  durationS: number;
  warmupS: number;
  connections: number[];
  /** Write-then-read samples for each uncached case in each round. */
  probes: number;
  /** Submissions each of the forty people makes in the write case. */
  writesEach: number;
  terminalRuns: number;
  jobRuns: number;
  /** Revisions the 12-zone database is generated with: BENCH_REVISIONS, 40,000 by default. */
  revisions: number;
  scale: boolean;
}

/** `BENCH_QUICK=1`: 32 connections, 3 s runs, the 12-zone data on SQLite, no scale case, in under three minutes. */
export function settings(env: NodeJS.ProcessEnv): Settings {
  const quick = env.BENCH_QUICK === '1';
  return {
    quick,
    rounds: 3,
    durationS: quick ? 3 : 8,
    warmupS: 3,
    connections: quick ? [32] : [1, 8, 32],
    probes: quick ? 10 : 30,
    writesEach: quick ? 3 : 5,
    terminalRuns: quick ? 1 : 5,
    jobRuns: quick ? 1 : 3,
    revisions: Number(env.BENCH_REVISIONS) || 40_000,
    scale: !quick,
  };
}

export interface ReadCase {
  id: string;
  text: (zone: string) => string;
  /** Answered from the reply cache once asked (history is read from the database every time). */
  cached: boolean;
}

export const READS: ReadCase[] = [
  { id: 'status', text: (zone) => `status ${zone}`, cached: true },
  { id: 'tasks overdue', text: () => 'tasks overdue', cached: true },
  { id: 'task 19', text: () => 'task 19', cached: true },
  { id: 'targets', text: () => 'targets', cached: true },
  { id: 'help', text: () => 'help', cached: true },
  { id: 'history', text: (zone) => `history ${zone}`, cached: false },
];

/** The scale case asks what grows with the zones. */
export const SCALE_READS = READS.filter((c) => c.id === 'status' || c.id === 'targets');

export const read = (c: ReadCase, zone: string): Step => ({ kind: 'read', text: c.text(zone) });

/** Nine reads of every kind, then a figure submission: 10% writes. */
export function mixedPattern(zone: string): Step[] {
  const byId = (id: string) => read(READS.find((c) => c.id === id) as ReadCase, zone);
  return [
    ...READS.map((c) => read(c, zone)),
    byId('status'),
    byId('tasks overdue'),
    byId('targets'),
    { kind: 'write' },
  ];
}

export const HOW_UNCACHED =
  'each uncached read follows a figure submission by the same connection, acknowledged as saved: the write replaces the facts the reply cache is keyed on, so the read is computed afresh';
