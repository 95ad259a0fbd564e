import { countyProblems } from './counties.js';
import { milestoneEntries, targetEntries, taskEntries } from './entries.js';
import type { Path, PathProblem, Problem, Unique } from './problems.js';
import type { PlanFile, TargetEntry, ZoneSelector } from './schema.js';
import { suggestions } from './suggest.js';
import type { MilestoneData, PlanData, TargetData, TargetScope, ZoneData } from './types.js';

export { PlanDataError } from './plan-error.js';

/** Names a draft has beyond those of the file expanded (entries the checker set aside for their own errors), in the draft's order. */
export interface AlsoKnown {
  zones: string[];
  unitNames: string[];
  unitKeys: string[];
  indicators: string[];
  /** Every key and name of the draft's counties. */
  counties: string[];
}

export interface Expansion {
  data: PlanData;
  /** Dangling references, duplicates and other inconsistencies, each with the path of the entry it concerns. */
  problems: PathProblem[];
}

const NOTHING_ELSE: AlsoKnown = { zones: [], unitNames: [], unitKeys: [], indicators: [], counties: [] };

function targetScope(entry: TargetEntry, zones: string[]): TargetScope {
  if (entry.zones === 'city') return 'city';
  if (entry.zones === 'all') return 'all_zones';
  return zones.length === 1 ? 'zone' : 'group';
}

/**
 * Resolves names and selectors, expands yearly milestones, and checks every
 * cross-reference, reporting each problem rather than stopping at the first.
 * What cannot be resolved is left out of the data, which is then of use only
 * for a file without problems.
 */
export function expandPlan(file: PlanFile, also: AlsoKnown = NOTHING_ELSE): Expansion {
  const problems: PathProblem[] = [];
  const report = (path: Path, problem: Problem) => problems.push({ path, problem });
  const reported = (path: Path) => problems.some((p) => p.path.join('.') === path.join('.'));
  // A second zone of the same slug is one problem, though its slug is also a name used twice.
  const unique = (what: Unique, entries: { value: string; path: Path; shown?: string }[]) => {
    const first = new Map<string, Path>();
    for (const { value, path, shown = value } of entries) {
      const earlier = first.get(value);
      if (!earlier) first.set(value, path);
      else if (!reported(path)) report(path, { kind: 'duplicate', what, value: shown, first: earlier });
    }
  };

  const zones: ZoneData[] = file.zones.map((z, position) => ({ ...z, position }));
  const units = file.units.map((u, position) => ({ ...u, position }));
  const unitPosition = new Map(units.map((u) => [u.key, u.position]));
  // Kept in the units' order, the order they are read back in.
  const indicators = file.indicators.map((i, position) => ({
    ...i,
    overseenBy: [...i.overseenBy].sort((a, b) => (unitPosition.get(a) ?? 0) - (unitPosition.get(b) ?? 0)),
    position,
  }));

  unique(
    'zoneSlug',
    zones.map((z, i) => ({ value: z.slug, path: ['zones', i, 'slug'] })),
  );
  unique(
    'zoneName',
    zones.flatMap((z, i) => [
      { value: z.slug, path: ['zones', i, 'slug'] },
      { value: z.name, path: ['zones', i, 'name'] },
      ...z.aliases.map((a, j) => ({ value: a, path: ['zones', i, 'aliases', j] })),
    ]),
  );
  unique(
    'unitKey',
    units.map((u, i) => ({ value: u.key, path: ['units', i, 'key'] })),
  );
  unique(
    'unitName',
    units.flatMap((u, i) => [
      { value: u.name, path: ['units', i, 'name'] },
      ...u.aliases.map((a, j) => ({ value: a, path: ['units', i, 'aliases', j] })),
    ]),
  );
  unique(
    'indicatorKey',
    file.indicators.map((ind, i) => ({ value: ind.key, path: ['indicators', i, 'key'] })),
  );

  const zoneSlugs = [...new Set([...also.zones, ...zones.map((z) => z.slug)])];
  const knownZones = new Set(zoneSlugs);
  const knownZone = (slug: string, path: Path) => {
    if (knownZones.has(slug)) return true;
    report(path, { kind: 'unknownZone', slug, known: zoneSlugs, suggestions: suggestions(slug, zoneSlugs) });
    return false;
  };
  const selectZones = (selector: ZoneSelector, path: Path): string[] => {
    if (selector === 'all') return zones.map((z) => z.slug);
    if (typeof selector === 'string') return zones.filter((z) => z.level === selector).map((z) => z.slug);
    if (Array.isArray(selector)) return selector.filter((s, i) => knownZone(s, [...path, i]));
    const except = selector.except.filter((s, i) => knownZone(s, [...path, 'except', i]));
    return zones.filter((z) => !except.includes(z.slug)).map((z) => z.slug);
  };

  const unitNames = [...new Set([...also.unitNames, ...units.flatMap((u) => [u.name, ...u.aliases])])];
  const unitByName = new Map<string, string>();
  for (const u of units) for (const n of [u.name, ...u.aliases]) unitByName.set(n, u.key);
  const unitKey = (name: string, path: Path): string | null => {
    const key = unitByName.get(name);
    if (key) return key;
    // A name of a unit set aside for its own errors is not wrong here.
    if (!also.unitNames.includes(name)) {
      report(path, { kind: 'unknownUnit', name, suggestions: suggestions(name, unitNames) });
    }
    return null;
  };

  const unitKeys = [...new Set([...also.unitKeys, ...units.map((u) => u.key)])];
  file.indicators.forEach((ind, i) => {
    ind.overseenBy.forEach((key, j) => {
      if (unitKeys.includes(key)) return;
      report(['indicators', i, 'overseenBy', j], {
        kind: 'unknownUnitKey',
        key,
        known: unitKeys,
        suggestions: suggestions(key, unitKeys),
      });
    });
  });

  const indicatorKeys = [...new Set([...also.indicators, ...indicators.map((i) => i.key)])];
  const knownIndicator = (key: string, path: Path) => {
    if (indicatorKeys.includes(key)) return true;
    report(path, { kind: 'unknownIndicator', key, known: indicatorKeys, suggestions: suggestions(key, indicatorKeys) });
    return false;
  };

  const milestones: MilestoneData[] = [];
  const milestoneKeys: { value: string; path: Path }[] = [];
  for (const { entry: m, path, task } of milestoneEntries(file)) {
    const firstYear = Number(m.due.slice(0, 4));
    const lastYear = m.yearly?.to ?? firstYear;
    if (lastYear < firstYear) report([...path, 'yearly', 'to'], { kind: 'yearlyBeforeFirst', to: lastYear, firstYear });
    const zoneSlugsOwing = m.zones === undefined ? [] : selectZones(m.zones, [...path, 'zones']);
    const unitKeysOwing = (m.units ?? []).flatMap((n, i) => unitKey(n, [...path, 'units', i]) ?? []);
    for (let year = firstYear; year <= lastYear; year++) {
      const key = m.yearly ? `${m.key}-${year}` : m.key;
      milestoneKeys.push({ value: key, path: [...path, 'key'] });
      milestones.push({
        key,
        task,
        title: m.title,
        titleEn: m.titleEn,
        text: m.says,
        dueOn: `${year}${m.due.slice(4)}`,
        zones: zoneSlugsOwing,
        units: unitKeysOwing,
        ...(m.inferred ? { inferred: m.inferred } : {}),
        position: milestones.length,
      });
    }
  }

  const targets: TargetData[] = targetEntries(file).map(({ entry: t, path, task }, position) => {
    knownIndicator(t.indicator, [...path, 'indicator']);
    if (t.kind === 'range' && t.valueMax === undefined) report(path, { kind: 'rangeWithoutMax' });
    if (t.valueMax !== undefined && t.valueMax < t.value) {
      report([...path, 'valueMax'], { kind: 'maxBelowValue', value: t.value, valueMax: t.valueMax });
    }
    if ((t.kind === 'yearly' || t.kind === 'rank_gain' || t.kind === 'growth_lead') && t.fromYear === undefined) {
      report(path, { kind: 'noFromYear', targetKind: t.kind });
    }
    const slugs = t.zones === 'city' ? [] : selectZones(t.zones, [...path, 'zones']);
    return {
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
      position,
    };
  });

  const programmes = file.programmes.map(({ number, title, titleEn }) => ({ number, title, titleEn }));
  const tasks = taskEntries(file).map(({ entry: t, path, programme }) => {
    const taskUnits = t.units.flatMap((asWritten, i) => {
      const key = unitKey(asWritten, [...path, 'units', i]);
      return key ? [{ key, asWritten, path: [...path, 'units', i] }] : [];
    });
    unique(
      'taskUnit',
      taskUnits.map((u) => ({ value: u.key, path: u.path, shown: u.asWritten })),
    );
    return {
      number: t.number,
      programme,
      title: t.title,
      titleEn: t.titleEn,
      body: t.body,
      units: taskUnits.map(({ key, asWritten }) => ({ key, asWritten })),
      zones: t.zones.length > 0 ? selectZones(t.zones, [...path, 'zones']) : [],
    };
  });

  unique(
    'programmeNumber',
    file.programmes.map((p, i) => ({ value: String(p.number), path: ['programmes', i, 'number'] })),
  );
  unique(
    'taskNumber',
    taskEntries(file).map(({ entry, path }) => ({ value: String(entry.number), path: [...path, 'number'] })),
  );
  unique('milestoneKey', milestoneKeys);
  unique(
    'targetKey',
    targetEntries(file).map(({ entry, path }) => ({ value: entry.key, path: [...path, 'key'] })),
  );

  problems.push(...countyProblems(file, also));

  const { assessmentRules } = file;
  if (assessmentRules?.interview)
    knownIndicator(assessmentRules.interview.indicator, ['assessmentRules', 'interview', 'indicator']);
  if (assessmentRules?.commendation) {
    knownIndicator(assessmentRules.commendation.indicator, ['assessmentRules', 'commendation', 'indicator']);
  }

  const data: PlanData = {
    plan: file.plan,
    zones,
    ...(file.cityLevel ? { cityLevel: file.cityLevel } : {}),
    counties: file.counties.map((c, position) => ({ ...c, position })),
    units,
    indicators,
    programmes,
    tasks,
    milestones,
    targets,
    ...(assessmentRules ? { assessmentRules } : {}),
  };
  return { data, problems };
}
