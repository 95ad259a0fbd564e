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

/** The plan as the database holds it, in the same shape the plan file expands to. */
export async function readPlan(db: Db, key: string): Promise<PlanData | null> {
  const plan = await db.plan.findUnique({ where: { key } });
  if (!plan) return null;
  const planId = plan.id;
  const [rules, zones, units, indicators, programmes, tasks, milestones, targets] = await Promise.all([
    db.assessmentRule.findMany({ where: { planId } }),
    db.zone.findMany({ ...byPosition, include: { aliases: { orderBy: { id: 'asc' } } } }),
    db.unit.findMany({ ...byPosition, include: { aliases: { orderBy: { id: 'asc' } } } }),
    db.indicator.findMany({
      ...byPosition,
      include: { overseers: { include: { unit: true }, orderBy: { unit: { position: 'asc' } } } },
    }),
    db.programme.findMany({ where: { planId }, orderBy: { number: 'asc' } }),
    db.task.findMany({
      where: { planId },
      orderBy: { number: 'asc' },
      include: {
        programme: true,
        units: { orderBy: { position: 'asc' }, include: { unit: true } },
        zones: { include: { zone: true }, orderBy: { zone: { position: 'asc' } } },
      },
    }),
    db.milestone.findMany({
      where: { planId },
      ...byPosition,
      include: {
        task: true,
        zones: { include: { zone: true }, orderBy: { zone: { position: 'asc' } } },
        units: { include: { unit: true }, orderBy: { unit: { position: 'asc' } } },
      },
    }),
    db.target.findMany({
      where: { planId },
      ...byPosition,
      include: {
        task: true,
        indicator: true,
        zones: { include: { zone: true }, orderBy: { zone: { position: 'asc' } } },
      },
    }),
  ]);
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
    zones: zones.map(({ id: _, aliases, level, inferredZh, inferredEn, ...z }) => ({
      ...z,
      level: level as ZoneLevel,
      aliases: aliases.map((a) => a.alias),
      ...inference({ inferredZh, inferredEn }),
    })),
    units: units.map(({ id: _, aliases, kind, inferredZh, inferredEn, ...u }) => ({
      ...u,
      kind: kind as UnitKind,
      aliases: aliases.map((a) => a.alias),
      ...inference({ inferredZh, inferredEn }),
    })),
    indicators: indicators.map(
      ({
        id: _,
        measure,
        overseers,
        nameEnPlural,
        unitEnOne,
        reportingFrequency,
        reportingDueMonthsAfter,
        reportingDueWorkingDay,
        reportingInferredZh,
        reportingInferredEn,
        ...i
      }) => ({
        ...i,
        measure: measure as Measure,
        overseenBy: overseers.map((o) => o.unit.key),
        ...(nameEnPlural === null ? {} : { nameEnPlural }),
        ...(unitEnOne === null ? {} : { unitEnOne }),
        ...(reportingFrequency === null || reportingDueWorkingDay === null
          ? {}
          : {
              reporting: {
                frequency: reportingFrequency as Frequency,
                due: { monthsAfter: reportingDueMonthsAfter ?? 1, workingDay: reportingDueWorkingDay },
                ...inference({ inferredZh: reportingInferredZh, inferredEn: reportingInferredEn }),
              },
            }),
      }),
    ),
    programmes: programmes.map(({ number, title, titleEn }) => ({ number, title, titleEn })),
    tasks: tasks.map((t) => ({
      number: t.number,
      programme: t.programme.number,
      title: t.title,
      titleEn: t.titleEn,
      body: t.body,
      units: t.units.map((u) => ({ key: u.unit.key, asWritten: u.asWritten })),
      zones: t.zones.map((z) => z.zone.slug),
    })),
    milestones: milestones.map((m) => ({
      key: m.key,
      task: m.task?.number ?? null,
      title: m.title,
      titleEn: m.titleEn,
      text: m.text,
      dueOn: m.dueOn,
      zones: m.zones.map((z) => z.zone.slug),
      units: m.units.map((u) => u.unit.key),
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
      zones: t.zones.map((z) => z.zone.slug),
      text: t.text,
      position: t.position,
      ...inference(t),
    })),
  };
}
