import { PlanDataError } from '../plan/expand.js';
import type { Inference, PlanData } from '../plan/types.js';
import type { Tx } from './database.js';
import { syncAliases, syncLinks } from './sync-links.js';

// What a plan says of its members (zones, counties, units, indicators), each one across plans by its key.

/** A reading the plan's text does not state, as its two columns (null when there is none, so a removed note goes). */
export const inferredColumns = (inferred: Inference | undefined) => ({
  inferredZh: inferred?.zh ?? null,
  inferredEn: inferred?.en ?? null,
});

/** Ids per statement: a plan of a province's zones must not meet SQLite's 999 parameters. */
const CHUNK = 500;

export function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/**
 * The zones one across plans by slug, each with what this plan says of it; a
 * zone this plan no longer names is retired from it, in no other plan.
 */
export async function writeZones(tx: Tx, planId: number, data: PlanData, at: Date): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const { aliases: _, inferred, slug, ...rest } of data.zones) {
    const { id: zoneId } = await tx.zone.upsert({
      where: { slug },
      create: { slug },
      update: {},
      select: { id: true },
    });
    await refuseBoth(tx, zoneId, slug, 'zone');
    const fields = { ...rest, ...inferredColumns(inferred), retiredAt: null };
    await tx.planZone.upsert({
      where: { planId_zoneId: { planId, zoneId } },
      create: { planId, zoneId, ...fields },
      update: fields,
    });
    ids.set(slug, zoneId);
  }
  await retireMembers(tx.planZone, 'zoneId', planId, [...ids.values()], at);
  await syncAliases(
    tx.planZoneAlias,
    { planId },
    data.zones.flatMap((z) => z.aliases.map((alias) => ({ planId, zoneId: ids.get(z.slug) as number, alias }))),
  );
  return ids;
}

/**
 * A subject's figures are one across plans, so a key cannot be a county in
 * one plan and a zone in another: its figures would count for both.
 */
async function refuseBoth(tx: Tx, zoneId: number, key: string, as: 'zone' | 'county'): Promise<void> {
  const other =
    as === 'zone'
      ? await tx.planCounty.findFirst({ where: { zoneId }, select: { plan: { select: { key: true } } } })
      : await tx.planZone.findFirst({ where: { zoneId }, select: { plan: { select: { key: true } } } });
  if (other) {
    const was = as === 'zone' ? 'a county' : 'a zone';
    throw new PlanDataError(`${key} is ${was} in plan ${other.plan.key}: a ${as} needs a key of its own`);
  }
}

/**
 * The counties as figure subjects (Zone rows, one across plans by key), each
 * with what this plan says of it; one the file no longer has is retired from this plan.
 */
export async function writeCounties(tx: Tx, planId: number, data: PlanData, at: Date): Promise<void> {
  const ids = new Map<string, number>();
  for (const { aliases: _, inferred, key, ...rest } of data.counties) {
    const { id: zoneId } = await tx.zone.upsert({
      where: { slug: key },
      create: { slug: key },
      update: {},
      select: { id: true },
    });
    await refuseBoth(tx, zoneId, key, 'county');
    const fields = { ...rest, ...inferredColumns(inferred), retiredAt: null };
    await tx.planCounty.upsert({
      where: { planId_zoneId: { planId, zoneId } },
      create: { planId, zoneId, ...fields },
      update: fields,
    });
    ids.set(key, zoneId);
  }
  await retireMembers(tx.planCounty, 'zoneId', planId, [...ids.values()], at);
  await syncAliases(
    tx.planCountyAlias,
    { planId },
    data.counties.flatMap((c) => c.aliases.map((alias) => ({ planId, zoneId: ids.get(c.key) as number, alias }))),
  );
}

export async function writeUnits(tx: Tx, planId: number, data: PlanData, at: Date): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const { aliases: _, inferred, key, ...rest } of data.units) {
    const { id: unitId } = await tx.unit.upsert({ where: { key }, create: { key }, update: {}, select: { id: true } });
    const fields = { ...rest, ...inferredColumns(inferred), retiredAt: null };
    await tx.planUnit.upsert({
      where: { planId_unitId: { planId, unitId } },
      create: { planId, unitId, ...fields },
      update: fields,
    });
    ids.set(key, unitId);
  }
  await retireMembers(tx.planUnit, 'unitId', planId, [...ids.values()], at);
  await syncAliases(
    tx.planUnitAlias,
    { planId },
    data.units.flatMap((u) => u.aliases.map((alias) => ({ planId, unitId: ids.get(u.key) as number, alias }))),
  );
  return ids;
}

export async function writeIndicators(
  tx: Tx,
  planId: number,
  data: PlanData,
  unitIds: Map<string, number>,
  at: Date,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const { overseenBy, reporting, key, ...rest } of data.indicators) {
    const { id: indicatorId } = await tx.indicator.upsert({
      where: { key },
      create: { key },
      update: {},
      select: { id: true },
    });
    const fields = {
      ...rest,
      nameEnPlural: rest.nameEnPlural ?? null,
      unitEnOne: rest.unitEnOne ?? null,
      reportingFrequency: reporting?.frequency ?? null,
      reportingDueMonthsAfter: reporting?.due.monthsAfter ?? null,
      reportingDueWorkingDay: reporting?.due.workingDay ?? null,
      reportingInferredZh: reporting?.inferred?.zh ?? null,
      reportingInferredEn: reporting?.inferred?.en ?? null,
      retiredAt: null,
    };
    await tx.planIndicator.upsert({
      where: { planId_indicatorId: { planId, indicatorId } },
      create: { planId, indicatorId, ...fields },
      update: fields,
    });
    ids.set(key, indicatorId);
    await syncLinks(
      tx.planIndicatorUnit,
      { planId, indicatorId },
      overseenBy.map((unit) => ({ planId, indicatorId, unitId: unitIds.get(unit) as number })),
    );
  }
  await retireMembers(tx.planIndicator, 'indicatorId', planId, [...ids.values()], at);
  return ids;
}

/** The slice of a plan-member delegate (PlanZone, PlanCounty, PlanUnit, PlanIndicator) that retiring needs. */
interface MemberRows<K extends string> {
  findMany(args: { where: { planId: number; retiredAt: null } }): Promise<Record<K, number>[]>;
  updateMany(args: {
    where: { planId: number } & Record<K, { in: number[] }>;
    data: { retiredAt: Date };
  }): Promise<unknown>;
}

/** Retires the plan's members (zones, counties, units, indicators) that the file no longer has. */
async function retireMembers<K extends string>(
  rows: MemberRows<K>,
  column: K,
  planId: number,
  keep: number[],
  at: Date,
): Promise<void> {
  const kept = new Set(keep);
  const stale = (await rows.findMany({ where: { planId, retiredAt: null } }))
    .map((r) => r[column])
    .filter((id) => !kept.has(id));
  for (const ids of chunks(stale)) {
    await rows.updateMany({
      where: { planId, [column]: { in: ids } } as { planId: number } & Record<K, { in: number[] }>,
      data: { retiredAt: at },
    });
  }
}
