import type { Db } from '../../src/store/database.js';

const TABLES = [
  'plan',
  'zone',
  'planZone',
  'planZoneAlias',
  'planCounty',
  'planCountyAlias',
  'unit',
  'planUnit',
  'planUnitAlias',
  'indicator',
  'planIndicator',
  'planIndicatorUnit',
  'programme',
  'task',
  'taskUnit',
  'taskZone',
  'milestone',
  'milestoneZone',
  'milestoneUnit',
  'target',
  'targetZone',
] as const;

/** Every row of the plan's tables, to show that an operation changed nothing. */
export async function dumpPlanTables(db: Db): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    const delegate = db[table] as unknown as { findMany(): Promise<unknown[]> };
    out[table] = (await delegate.findMany()).map((row) => JSON.stringify(row)).sort();
  }
  return out;
}
