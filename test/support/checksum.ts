import { createHash } from 'node:crypto';
import type { Db } from '../../src/store/database.js';

const MODELS = [
  'plan',
  'zone',
  'planZone',
  'planZoneAlias',
  'unit',
  'planUnit',
  'planUnitAlias',
  'programme',
  'task',
  'taskUnit',
  'taskZone',
  'milestone',
  'milestoneZone',
  'milestoneUnit',
  'indicator',
  'planIndicator',
  'planIndicatorUnit',
  'target',
  'targetZone',
  'figure',
  'figureVerification',
  'milestoneUpdate',
  'milestoneConfirmation',
  'person',
  'roleGrant',
  'change',
  'receipt',
] as const;

/** Every table's row count and a digest of all its rows: equal before and after means nothing changed. */
export async function checksum(db: Db): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const model of MODELS) {
    const delegate = db[model] as unknown as { findMany(): Promise<unknown[]> };
    const rows = (await delegate.findMany()).map((r) => JSON.stringify(r)).sort();
    out[model] = `${rows.length}:${createHash('sha256').update(rows.join('\n')).digest('hex').slice(0, 16)}`;
  }
  return out;
}
