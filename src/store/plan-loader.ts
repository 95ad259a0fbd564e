import type { PlanSource } from '../plan/read.js';
import type { Inference, PlanData } from '../plan/types.js';
import type { Database, Db, Tx } from './database.js';
import { syncAliases, syncLinks } from './sync-links.js';

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
  const loaded = async (tx: Tx | Db) =>
    (await tx.plan.findUnique({ where: { key: source.data.plan.key }, select: { sourceHash: true } }))?.sourceHash ===
    source.hash;
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

/** A reading the plan's text does not state, as its two columns (null when there is none, so a removed note goes). */
const inferredColumns = (inferred: Inference | undefined) => ({
  inferredZh: inferred?.zh ?? null,
  inferredEn: inferred?.en ?? null,
});

/** An arbitrary constant naming zonebot's plan-load lock among the database's advisory locks. */
const PLAN_LOCK = 720_500_032;

async function writePlan(tx: Tx, { data, hash }: PlanSource): Promise<void> {
  const zoneIds = await writeZones(tx, data);
  const unitIds = await writeUnits(tx, data);
  const indicatorIds = await writeIndicators(tx, data, unitIds);
  const { assessment, ...header } = data.plan;
  const planFields = {
    ...header,
    assessmentOn: assessment?.date ?? null,
    assessmentInferredZh: assessment?.inferred?.zh ?? null,
    assessmentInferredEn: assessment?.inferred?.en ?? null,
    sourceHash: hash,
  };
  const plan = await tx.plan.upsert({
    where: { key: data.plan.key },
    create: { ...planFields, loadedAt: new Date() },
    update: planFields,
  });
  const planId = plan.id;
  await writeAssessmentRules(tx, planId, data);

  const programmeIds = new Map<number, number>();
  for (const p of data.programmes) {
    const row = await tx.programme.upsert({
      where: { planId_number: { planId, number: p.number } },
      create: { planId, ...p },
      update: { title: p.title, titleEn: p.titleEn },
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
    };
    const row = await tx.task.upsert({
      where: { planId_number: { planId, number: t.number } },
      create: { planId, number: t.number, ...fields },
      update: fields,
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
    };
    const row = await tx.milestone.upsert({
      where: { planId_key: { planId, key: m.key } },
      create: { planId, key: m.key, ...fields },
      update: fields,
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
    };
    const row = await tx.target.upsert({
      where: { planId_key: { planId, key: t.key } },
      create: { planId, key: t.key, ...fields },
      update: fields,
    });
    targetIds.push(row.id);
    const targetId = row.id;
    await syncLinks(
      tx.targetZone,
      { targetId },
      t.zones.map((slug) => ({ targetId, zoneId: zoneIds.get(slug) as number })),
    );
  }

  // What a corrected file no longer has goes; history rows (figures, updates) restrict
  // the delete, so a plan change can never silently drop what people reported.
  await deleteStale(tx.target, planId, targetIds);
  await deleteStale(tx.milestone, planId, milestoneIds);
  await deleteStale(tx.task, planId, [...taskIds.values()]);
  await deleteStale(tx.programme, planId, [...programmeIds.values()]);
}

interface PlanRows {
  findMany(args: { where: { planId: number }; select: { id: true } }): Promise<{ id: number }[]>;
  deleteMany(args: { where: { id: { in: number[] } } }): Promise<unknown>;
}

/** Ids per statement: a plan of a province's zones must not meet SQLite's 999 parameters. */
const DELETE_CHUNK = 500;

/** Deletes a plan's rows that the file no longer has, by their ids a chunk at a time. */
async function deleteStale(rows: PlanRows, planId: number, keep: number[]): Promise<void> {
  const kept = new Set(keep);
  const stale = (await rows.findMany({ where: { planId }, select: { id: true } }))
    .map((r) => r.id)
    .filter((id) => !kept.has(id));
  for (let i = 0; i < stale.length; i += DELETE_CHUNK) {
    await rows.deleteMany({ where: { id: { in: stale.slice(i, i + DELETE_CHUNK) } } });
  }
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

async function writeZones(tx: Tx, data: PlanData): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const { aliases: _, inferred, ...rest } of data.zones) {
    const z = { ...rest, ...inferredColumns(inferred) };
    const row = await tx.zone.upsert({ where: { slug: z.slug }, create: z, update: z });
    ids.set(z.slug, row.id);
  }
  await syncAliases(
    tx.zoneAlias,
    data.zones.flatMap((z) => z.aliases.map((alias) => ({ alias, zoneId: ids.get(z.slug) as number }))),
  );
  return ids;
}

async function writeUnits(tx: Tx, data: PlanData): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const { aliases: _, inferred, ...rest } of data.units) {
    const u = { ...rest, ...inferredColumns(inferred) };
    const row = await tx.unit.upsert({ where: { key: u.key }, create: u, update: u });
    ids.set(u.key, row.id);
  }
  await syncAliases(
    tx.unitAlias,
    data.units.flatMap((u) => u.aliases.map((alias) => ({ alias, unitId: ids.get(u.key) as number }))),
  );
  return ids;
}

async function writeIndicators(tx: Tx, data: PlanData, unitIds: Map<string, number>): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const { overseenBy, reporting, ...rest } of data.indicators) {
    const i = {
      ...rest,
      nameEnPlural: rest.nameEnPlural ?? null,
      unitEnOne: rest.unitEnOne ?? null,
      reportingFrequency: reporting?.frequency ?? null,
      reportingDueMonthsAfter: reporting?.due.monthsAfter ?? null,
      reportingDueWorkingDay: reporting?.due.workingDay ?? null,
      reportingInferredZh: reporting?.inferred?.zh ?? null,
      reportingInferredEn: reporting?.inferred?.en ?? null,
    };
    const row = await tx.indicator.upsert({ where: { key: i.key }, create: i, update: i });
    ids.set(i.key, row.id);
    const indicatorId = row.id;
    await syncLinks(
      tx.indicatorUnit,
      { indicatorId },
      overseenBy.map((key) => ({ indicatorId, unitId: unitIds.get(key) as number })),
    );
  }
  return ids;
}
