import { cpus } from 'node:os';
import type { Provider } from '../../src/store/database.js';
import type { FloorSummary, Summary } from './aggregate.js';
import type { Timings } from './one-offs.js';
import { PINNING } from './processes.js';
import type { Settings } from './settings.js';

export interface DatasetFacts {
  label: string;
  figures: number;
  periods: number;
  progress: number;
  generatedS: number;
}

export interface ScaleResults {
  dataset: DatasetFacts;
  zonebot: Summary;
  ranking: Timings;
  digest: Timings;
}

export interface ProviderResults {
  provider: Provider;
  dataset: DatasetFacts;
  floor: FloorSummary;
  zonebot: Summary;
  terminal: Timings;
  /** A process that imports Prisma's client and adapter and answers one query on the same database. */
  prismaFloor: Timings;
  ranking: Timings;
  digest: Timings;
  /** `npm start` to healthy, measured once, on SQLite. */
  npmStartMs: number | null;
  /** The bare app by `npm start`, measured beside it. */
  npmStartFloorMs: number | null;
  scale: ScaleResults | null;
}

export interface Machine {
  cores: number;
  model: string;
  node: string;
  pinned: string;
}

export interface Results {
  takenAt: string;
  machine: Machine;
  settings: Settings;
  howUncached: string;
  providers: ProviderResults[];
  /** What was not run, and why. */
  skipped: string[];
}

export function machine(): Machine {
  const all = cpus();
  return {
    cores: all.length,
    model: all[0]?.model.trim() ?? 'unknown',
    node: process.version,
    pinned: PINNING ? 'app on core 0, load generator on core 1 (taskset)' : 'not pinned (no taskset or one core)',
  };
}
