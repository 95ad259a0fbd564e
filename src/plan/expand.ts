import type { MilestoneEntry, PlanFile, TargetEntry, ZoneSelector } from './schema.js';
import type { MilestoneData, PlanData, TargetData, TargetScope, ZoneData } from './types.js';

/** A plan file that is well-formed but inconsistent: a dangling reference, a duplicate key. */
export class PlanDataError extends Error {
  override name = 'PlanDataError';
}

function uniqueOrThrow(what: string, values: string[]): void {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) throw new PlanDataError(`duplicate ${what}: ${v}`);
    seen.add(v);
  }
}

function selectZones(zones: ZoneData[], selector: ZoneSelector, where: string): string[] {
  const known = new Set(zones.map((z) => z.slug));
  const check = (slugs: string[]) => {
    for (const s of slugs) if (!known.has(s)) throw new PlanDataError(`${where}: unknown zone "${s}"`);
  };
  if (selector === 'all') return zones.map((z) => z.slug);
  if (typeof selector === 'string') return zones.filter((z) => z.level === selector).map((z) => z.slug);
  if (Array.isArray(selector)) {
    check(selector);
    return [...selector];
  }
  check(selector.except);
  return zones.filter((z) => !selector.except.includes(z.slug)).map((z) => z.slug);
}

function targetScope(entry: TargetEntry, zones: string[]): TargetScope {
  if (entry.zones === 'city') return 'city';
  if (entry.zones === 'all') return 'all_zones';
  return zones.length === 1 ? 'zone' : 'group';
}

/** Resolves names and selectors, expands yearly milestones, and checks every cross-reference. */
export function expandPlan(file: PlanFile): PlanData {
  const zones: ZoneData[] = file.zones.map((z, position) => ({ ...z, position }));
  const units = file.units.map((u, position) => ({ ...u, position }));
  const unitPosition = new Map(units.map((u) => [u.key, u.position]));
  // Kept in the units' order, the order they are read back in.
  const indicators = file.indicators.map((i, position) => ({
    ...i,
    overseenBy: [...i.overseenBy].sort((a, b) => (unitPosition.get(a) ?? 0) - (unitPosition.get(b) ?? 0)),
    position,
  }));

  const { assessment, endsOn } = file.plan;
  if (assessment && assessment.date <= endsOn) {
    throw new PlanDataError(`plan: the assessment (${assessment.date}) is not after the plan's end (${endsOn})`);
  }

  uniqueOrThrow(
    'zone slug',
    zones.map((z) => z.slug),
  );
  uniqueOrThrow(
    'zone name or alias',
    zones.flatMap((z) => [z.slug, z.name, ...z.aliases]),
  );
  uniqueOrThrow(
    'unit key',
    units.map((u) => u.key),
  );
  uniqueOrThrow(
    'unit name or alias',
    units.flatMap((u) => [u.name, ...u.aliases]),
  );
  uniqueOrThrow(
    'indicator key',
    indicators.map((i) => i.key),
  );

  const unitByName = new Map<string, string>();
  for (const u of units) for (const n of [u.name, ...u.aliases]) unitByName.set(n, u.key);
  const unitKey = (name: string, where: string): string => {
    const key = unitByName.get(name);
    if (!key) throw new PlanDataError(`${where}: unknown unit "${name}"`);
    return key;
  };
  const indicatorKeys = new Set(indicators.map((i) => i.key));
  const unitKeys = new Set(units.map((u) => u.key));
  for (const i of indicators) {
    for (const key of i.overseenBy) {
      if (!unitKeys.has(key)) throw new PlanDataError(`indicator ${i.key}: unknown unit key "${key}" in overseenBy`);
    }
  }

  const milestones: MilestoneData[] = [];
  const targets: TargetData[] = [];

  const addMilestone = (m: MilestoneEntry, task: number | null) => {
    const where = `milestone ${m.key}`;
    const firstYear = Number(m.due.slice(0, 4));
    const lastYear = m.yearly?.to ?? firstYear;
    if (lastYear < firstYear) throw new PlanDataError(`${where}: yearly.to is before its first year`);
    for (let year = firstYear; year <= lastYear; year++) {
      milestones.push({
        key: m.yearly ? `${m.key}-${year}` : m.key,
        task,
        title: m.title,
        titleEn: m.titleEn,
        text: m.says,
        dueOn: `${year}${m.due.slice(4)}`,
        zones: m.zones === undefined ? [] : selectZones(zones, m.zones, where),
        units: (m.units ?? []).map((n) => unitKey(n, where)),
        ...(m.inferred ? { inferred: m.inferred } : {}),
        position: milestones.length,
      });
    }
  };

  const addTarget = (t: TargetEntry, task: number | null) => {
    const where = `target ${t.key}`;
    if (!indicatorKeys.has(t.indicator)) throw new PlanDataError(`${where}: unknown indicator "${t.indicator}"`);
    if (t.kind === 'range' && t.valueMax === undefined) throw new PlanDataError(`${where}: a range needs valueMax`);
    if (t.kind === 'yearly' || t.kind === 'rank_gain') {
      if (t.fromYear === undefined) throw new PlanDataError(`${where}: a yearly target needs fromYear`);
    }
    const slugs = t.zones === 'city' ? [] : selectZones(zones, t.zones, where);
    targets.push({
      key: t.key,
      task,
      indicator: t.indicator,
      kind: t.kind,
      comparator: t.comparator,
      value: t.value,
      valueMax: t.valueMax ?? null,
      scope: targetScope(t, slugs),
      aggregate: t.aggregate,
      dueOn: t.due,
      fromYear: t.fromYear ?? null,
      zones: slugs,
      text: t.says,
      ...(t.inferred ? { inferred: t.inferred } : {}),
      position: targets.length,
    });
  };

  for (const t of file.targets) addTarget(t, null);
  const programmes = file.programmes.map(({ number, title, titleEn }) => ({ number, title, titleEn }));
  const tasks = file.programmes.flatMap((p) =>
    p.tasks.map((t) => {
      const where = `task ${t.number}`;
      for (const m of t.milestones) addMilestone(m, t.number);
      for (const tg of t.targets) addTarget(tg, t.number);
      return {
        number: t.number,
        programme: p.number,
        title: t.title,
        titleEn: t.titleEn,
        body: t.body,
        units: t.units.map((asWritten) => ({ key: unitKey(asWritten, where), asWritten })),
        zones: t.zones.length > 0 ? selectZones(zones, t.zones, where) : [],
      };
    }),
  );
  for (const m of file.milestones) addMilestone(m, null);

  uniqueOrThrow(
    'programme number',
    programmes.map((p) => String(p.number)),
  );
  uniqueOrThrow(
    'task number',
    tasks.map((t) => String(t.number)),
  );
  uniqueOrThrow(
    'milestone key',
    milestones.map((m) => m.key),
  );
  uniqueOrThrow(
    'target key',
    targets.map((t) => t.key),
  );
  for (const t of tasks)
    uniqueOrThrow(
      `unit of task ${t.number}`,
      t.units.map((u) => u.key),
    );

  const { assessmentRules } = file;
  for (const rule of [assessmentRules?.interview, assessmentRules?.commendation]) {
    if (rule && !indicatorKeys.has(rule.indicator)) {
      throw new PlanDataError(`assessmentRules: unknown indicator "${rule.indicator}"`);
    }
  }

  return {
    plan: file.plan,
    zones,
    units,
    indicators,
    programmes,
    tasks,
    milestones,
    targets,
    ...(assessmentRules ? { assessmentRules } : {}),
  };
}
