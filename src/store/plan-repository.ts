import type { PlanFile } from '../plan/schema.js';
import type {
  Aggregate,
  Comparator,
  Frequency,
  Inference,
  Measure,
  PlanData,
  TargetKind,
  TargetScope,
  UnitKind,
  ZoneLevel,
} from '../plan/types.js';
import type { Db } from './database.js';

const byPosition = { orderBy: { position: 'asc' } } as const;

/** The two columns of a reading the plan does not state, back as the plan file writes it (absent when there is none). */
function inference(row: { inferredZh: string | null; inferredEn: string | null }): { inferred?: Inference } {
  return row.inferredZh !== null && row.inferredEn !== null
    ? { inferred: { zh: row.inferredZh, en: row.inferredEn } }
    : {};
}

/** A plan's header row, as the list of plans shows it. */
export type PlanHeader = PlanFile['plan'];

/** The keys of every plan the database holds, whether or not a file still gives it. */
export async function planKeys(db: Db): Promise<string[]> {
  return (await db.plan.findMany({ select: { key: true }, orderBy: { id: 'asc' } })).map((p) => p.key);
}

/**
 * The plan as the database holds it, in the same shape the plan file expands
 * to: its snapshot, kept with its rows when its file was loaded, in one query.
 */
export async function readPlan(db: Db, key: string): Promise<PlanData | null> {
  const row = await db.plan.findUnique({ where: { key }, select: { snapshot: true } });
  if (!row) return null;
  return row.snapshot === null ? readPlanRows(db, key) : (JSON.parse(row.snapshot) as PlanData);
}

/**
 * The plan read back from its rows: what it says of each zone, unit and
 * indicator, and none of what its file has since dropped (retired rows stay,
 * for the history that hangs on them). The same as the snapshot, which a plan
 * loaded before snapshots were kept lacks until its next load.
 */
export async function readPlanRows(db: Db, key: string): Promise<PlanData | null> {
  const plan = await db.plan.findUnique({ where: { key } });
  if (!plan) return null;
  const planId = plan.id;
  const live = { planId, retiredAt: null };
  const [rules, zones, counties, units, indicators, programmes, tasks, milestones, targets] = await Promise.all([
    db.assessmentRule.findMany({ where: { planId } }),
    db.planZone.findMany({
      where: live,
      ...byPosition,
      include: { zone: true, aliases: { orderBy: { id: 'asc' } } },
    }),
    db.planCounty.findMany({
      where: live,
      ...byPosition,
      include: { zone: true, aliases: { orderBy: { id: 'asc' } } },
    }),
    db.planUnit.findMany({
      where: live,
      ...byPosition,
      include: { unit: true, aliases: { orderBy: { id: 'asc' } } },
    }),
    db.planIndicator.findMany({
      where: live,
      ...byPosition,
      include: { indicator: true, overseers: { include: { unit: true } } },
    }),
    db.programme.findMany({ where: live, orderBy: { number: 'asc' } }),
    db.task.findMany({
      where: live,
      orderBy: { number: 'asc' },
      include: {
        programme: true,
        units: { orderBy: { position: 'asc' }, include: { unit: true } },
        zones: { include: { zone: true } },
      },
    }),
    db.milestone.findMany({
      where: live,
      ...byPosition,
      include: { task: true, zones: { include: { zone: true } }, units: { include: { unit: true } } },
    }),
    db.target.findMany({
      where: live,
      ...byPosition,
      include: { task: true, indicator: true, zones: { include: { zone: true } } },
    }),
  ]);
  // Link rows come back in the plan's order of zones and units, which is this plan's, not a global one.
  const zoneOrder = new Map(zones.map((z) => [z.zone.slug, z.position]));
  const unitOrder = new Map(units.map((u) => [u.unit.key, u.position]));
  const inOrder = (order: Map<string, number>, keys: string[]) =>
    keys.filter((k) => order.has(k)).sort((a, b) => (order.get(a) as number) - (order.get(b) as number));
  const zoneSlugs = (rows: { zone: { slug: string } }[]) =>
    inOrder(
      zoneOrder,
      rows.map((r) => r.zone.slug),
    );
  const unitKeys = (rows: { unit: { key: string } }[]) =>
    inOrder(
      unitOrder,
      rows.map((r) => r.unit.key),
    );
  const header: PlanFile['plan'] = {
    key: plan.key,
    docNumber: plan.docNumber,
    title: plan.title,
    titleEn: plan.titleEn,
    issuer: plan.issuer,
    issuedOn: plan.issuedOn,
    baselineYear: plan.baselineYear,
    startsOn: plan.startsOn,
    endsOn: plan.endsOn,
    goals: plan.goals,
    ...(plan.assessmentOn === null
      ? {}
      : {
          assessment: {
            date: plan.assessmentOn,
            ...inference({ inferredZh: plan.assessmentInferredZh, inferredEn: plan.assessmentInferredEn }),
          },
        }),
  };
  const rule = (name: string) => rules.find((r) => r.rule === name);
  const base = (r: NonNullable<ReturnType<typeof rule>>) => ({
    indicator: r.indicator,
    over: r.over as 'years',
    says: r.says,
    ...inference(r),
  });
  const interview = rule('interview');
  const commendation = rule('commendation');
  const assessmentRules =
    interview || commendation
      ? {
          ...(interview ? { interview: { fallsInARow: interview.runLength, ...base(interview) } } : {}),
          ...(commendation ? { commendation: { risesInARow: commendation.runLength, ...base(commendation) } } : {}),
        }
      : null;
  return {
    ...(assessmentRules ? { assessmentRules } : {}),
    plan: header,
    zones: zones.map((z) => ({
      slug: z.zone.slug,
      name: z.name,
      shortName: z.shortName,
      nameEn: z.nameEn,
      level: z.level as ZoneLevel,
      county: z.county,
      position: z.position,
      aliases: z.aliases.map((a) => a.alias),
      ...inference(z),
    })),
    ...(plan.cityLevel === null ? {} : { cityLevel: plan.cityLevel }),
    counties: counties.map((c) => ({
      key: c.zone.slug,
      name: c.name,
      nameEn: c.nameEn,
      position: c.position,
      aliases: c.aliases.map((a) => a.alias),
      ...inference(c),
    })),
    units: units.map((u) => ({
      key: u.unit.key,
      name: u.name,
      nameEn: u.nameEn,
      kind: u.kind as UnitKind,
      position: u.position,
      aliases: u.aliases.map((a) => a.alias),
      ...inference(u),
    })),
    indicators: indicators.map((i) => ({
      key: i.indicator.key,
      name: i.name,
      nameEn: i.nameEn,
      unit: i.unit,
      unitEn: i.unitEn,
      lowerIsBetter: i.lowerIsBetter,
      measure: i.measure as Measure,
      position: i.position,
      overseenBy: unitKeys(i.overseers),
      ...(i.nameEnPlural === null ? {} : { nameEnPlural: i.nameEnPlural }),
      ...(i.unitEnOne === null ? {} : { unitEnOne: i.unitEnOne }),
      ...(i.reportingFrequency === null || i.reportingDueWorkingDay === null
        ? {}
        : {
            reporting: {
              frequency: i.reportingFrequency as Frequency,
              due: { monthsAfter: i.reportingDueMonthsAfter ?? 1, workingDay: i.reportingDueWorkingDay },
              ...inference({ inferredZh: i.reportingInferredZh, inferredEn: i.reportingInferredEn }),
            },
          }),
    })),
    programmes: programmes.map(({ number, title, titleEn }) => ({ number, title, titleEn })),
    tasks: tasks.map((t) => ({
      number: t.number,
      programme: t.programme.number,
      title: t.title,
      titleEn: t.titleEn,
      body: t.body,
      units: t.units.map((u) => ({ key: u.unit.key, asWritten: u.asWritten })),
      zones: zoneSlugs(t.zones),
    })),
    milestones: milestones.map((m) => ({
      key: m.key,
      task: m.task?.number ?? null,
      title: m.title,
      titleEn: m.titleEn,
      text: m.text,
      dueOn: m.dueOn,
      zones: zoneSlugs(m.zones),
      units: unitKeys(m.units),
      position: m.position,
      ...inference(m),
    })),
    targets: targets.map((t) => ({
      key: t.key,
      task: t.task?.number ?? null,
      indicator: t.indicator.key,
      kind: t.kind as TargetKind,
      comparator: t.comparator as Comparator,
      value: t.value,
      valueMax: t.valueMax,
      scope: t.scope as TargetScope,
      aggregate: t.aggregate as Aggregate,
      dueOn: t.dueOn,
      fromYear: t.fromYear,
      zones: zoneSlugs(t.zones),
      text: t.text,
      position: t.position,
      ...inference(t),
    })),
  };
}
