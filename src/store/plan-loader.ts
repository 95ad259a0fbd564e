import type { PlanSource } from '../plan/read.js';
import type { PlanData } from '../plan/types.js';
import type { Database, Db, Tx } from './database.js';
import { chunks, inferredColumns, writeCounties, writeIndicators, writeUnits, writeZones } from './plan-members.js';
import { syncLinks } from './sync-links.js';

export type LoadResult = 'loaded' | 'unchanged';

/**
 * Writes the plan into the database, keyed by stable keys (zone slug, unit key,
 * task number, milestone key …) so that loading is idempotent and a corrected
 * file updates rows in place. A file whose hash is already recorded is skipped.
 */
export async function loadPlan(
  database: Database,
  source: PlanSource,
  options: { force?: boolean } = {},
): Promise<LoadResult> {
  const { db, provider } = database;
  // A plan loaded before its snapshot was kept is loaded again, once, to keep one.
  const loaded = async (tx: Tx | Db) => {
    const row = await tx.plan.findUnique({
      where: { key: source.data.plan.key },
      select: { sourceHash: true, snapshot: true },
    });
    return row?.sourceHash === source.hash && row.snapshot !== null;
  };
  if (!options.force && (await loaded(db))) return 'unchanged';
  return database.write(
    async (tx, log) => {
      // Replicas starting together take turns; the ones that wait then find the plan loaded.
      if (provider === 'postgresql') await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${PLAN_LOCK})`);
      if (!options.force && (await loaded(tx))) return 'unchanged';
      await writePlan(tx, source);
      log('plan');
      return 'loaded';
    },
    { timeoutMs: 120_000 },
  );
}

/** An arbitrary constant naming zonebot's plan-load lock among the database's advisory locks. */
const PLAN_LOCK = 720_500_032;

async function writePlan(tx: Tx, { data, hash }: PlanSource): Promise<void> {
  const { assessment, ...header } = data.plan;
  const planFields = {
    ...header,
    assessmentOn: assessment?.date ?? null,
    assessmentInferredZh: assessment?.inferred?.zh ?? null,
    assessmentInferredEn: assessment?.inferred?.en ?? null,
    cityLevel: data.cityLevel ?? null,
    sourceHash: hash,
    snapshot: JSON.stringify(data),
  };
  const { id: planId } = await tx.plan.upsert({
    where: { key: data.plan.key },
    create: { ...planFields, loadedAt: new Date() },
    update: planFields,
    select: { id: true },
  });
  const retiredAt = new Date();
  const zoneIds = await writeZones(tx, planId, data, retiredAt);
  await writeCounties(tx, planId, data, retiredAt);
  const unitIds = await writeUnits(tx, planId, data, retiredAt);
  const indicatorIds = await writeIndicators(tx, planId, data, unitIds, retiredAt);
  await writeAssessmentRules(tx, planId, data);

  const programmeIds = new Map<number, number>();
  for (const p of data.programmes) {
    const fields = { title: p.title, titleEn: p.titleEn, retiredAt: null };
    const row = await tx.programme.upsert({
      where: { planId_number: { planId, number: p.number } },
      create: { planId, number: p.number, ...fields },
      update: fields,
      select: { id: true },
    });
    programmeIds.set(p.number, row.id);
  }

  const taskIds = new Map<number, number>();
  for (const t of data.tasks) {
    const fields = {
      programmeId: programmeIds.get(t.programme) as number,
      title: t.title,
      titleEn: t.titleEn,
      body: t.body,
      retiredAt: null,
    };
    const row = await tx.task.upsert({
      where: { planId_number: { planId, number: t.number } },
      create: { planId, number: t.number, ...fields },
      update: fields,
      select: { id: true },
    });
    taskIds.set(t.number, row.id);
    await syncLinks(
      tx.taskUnit,
      { taskId: row.id },
      t.units.map((u, position) => ({
        taskId: row.id,
        unitId: unitIds.get(u.key) as number,
        position,
        asWritten: u.asWritten,
      })),
    );
    await syncLinks(
      tx.taskZone,
      { taskId: row.id },
      t.zones.map((slug) => ({ taskId: row.id, zoneId: zoneIds.get(slug) as number })),
    );
  }

  const milestoneIds: number[] = [];
  for (const m of data.milestones) {
    const fields = {
      taskId: m.task === null ? null : (taskIds.get(m.task) as number),
      title: m.title,
      titleEn: m.titleEn,
      text: m.text,
      dueOn: m.dueOn,
      position: m.position,
      ...inferredColumns(m.inferred),
      retiredAt: null,
    };
    const row = await tx.milestone.upsert({
      where: { planId_key: { planId, key: m.key } },
      create: { planId, key: m.key, ...fields },
      update: fields,
      select: { id: true },
    });
    milestoneIds.push(row.id);
    const milestoneId = row.id;
    await syncLinks(
      tx.milestoneZone,
      { milestoneId },
      m.zones.map((slug) => ({ milestoneId, zoneId: zoneIds.get(slug) as number })),
    );
    await syncLinks(
      tx.milestoneUnit,
      { milestoneId },
      m.units.map((key) => ({ milestoneId, unitId: unitIds.get(key) as number })),
    );
  }

  const targetIds: number[] = [];
  for (const t of data.targets) {
    const fields = {
      taskId: t.task === null ? null : (taskIds.get(t.task) as number),
      indicatorId: indicatorIds.get(t.indicator) as number,
      kind: t.kind,
      comparator: t.comparator,
      value: t.value,
      valueMax: t.valueMax,
      scope: t.scope,
      aggregate: t.aggregate,
      dueOn: t.dueOn,
      fromYear: t.fromYear,
      text: t.text,
      position: t.position,
      ...inferredColumns(t.inferred),
      retiredAt: null,
    };
    const row = await tx.target.upsert({
      where: { planId_key: { planId, key: t.key } },
      create: { planId, key: t.key, ...fields },
      update: fields,
      select: { id: true },
    });
    targetIds.push(row.id);
    const targetId = row.id;
    await syncLinks(
      tx.targetZone,
      { targetId },
      t.zones.map((slug) => ({ targetId, zoneId: zoneIds.get(slug) as number })),
    );
  }

  // What a corrected file no longer has is retired, never deleted: the reports,
  // notes and figures people entered against it stay, and so does their history.
  await retireRows(tx.target, planId, targetIds, retiredAt);
  await retireRows(tx.milestone, planId, milestoneIds, retiredAt);
  await retireRows(tx.task, planId, [...taskIds.values()], retiredAt);
  await retireRows(tx.programme, planId, [...programmeIds.values()], retiredAt);
}

/** The slice of a plan table's delegate that retiring needs. */
interface PlanRows {
  findMany(args: { where: { planId: number; retiredAt: null }; select: { id: true } }): Promise<{ id: number }[]>;
  updateMany(args: { where: { id: { in: number[] } }; data: { retiredAt: Date } }): Promise<unknown>;
}

/** Marks a plan's live rows that the file no longer has as retired, by their ids a chunk at a time. */
async function retireRows(rows: PlanRows, planId: number, keep: number[], at: Date): Promise<void> {
  const kept = new Set(keep);
  const stale = (await rows.findMany({ where: { planId, retiredAt: null }, select: { id: true } }))
    .map((r) => r.id)
    .filter((id) => !kept.has(id));
  for (const ids of chunks(stale)) await rows.updateMany({ where: { id: { in: ids } }, data: { retiredAt: at } });
}

/** The plan's assessment rules, one row per rule; a rule the file no longer has goes. */
async function writeAssessmentRules(tx: Tx, planId: number, data: PlanData): Promise<void> {
  const { interview, commendation } = data.assessmentRules ?? {};
  const rules = [
    ...(interview ? [{ rule: 'interview', runLength: interview.fallsInARow, ...interview }] : []),
    ...(commendation ? [{ rule: 'commendation', runLength: commendation.risesInARow, ...commendation }] : []),
  ];
  await tx.assessmentRule.deleteMany({ where: { planId, rule: { notIn: rules.map((r) => r.rule) } } });
  for (const r of rules) {
    const fields = {
      runLength: r.runLength,
      indicator: r.indicator,
      over: r.over,
      says: r.says,
      ...inferredColumns(r.inferred),
    };
    await tx.assessmentRule.upsert({
      where: { planId_rule: { planId, rule: r.rule } },
      create: { planId, rule: r.rule, ...fields },
      update: fields,
    });
  }
}
