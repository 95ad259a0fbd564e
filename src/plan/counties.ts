import { foldName } from '../domain/names.js';
import { targetEntries } from './entries.js';
import type { AlsoKnown } from './expand.js';
import type { Path, PathProblem, Problem, Unique } from './problems.js';
import { STAND_IN_TEXT } from './salvage.js';
import type { PlanFile } from './schema.js';
import { suggestions } from './suggest.js';

/**
 * The counties' problems, and those of what refers to them: keys and names
 * used twice; a county that shares a key or name with a zone (both are figure
 * subjects, found by the same words); a zone's `county` that names no county
 * and is not the plan's `cityLevel`; and a growth lead that cannot be judged
 * (no counties to lead, no first year, not zone by zone, or a comparator that
 * is no lead).
 */
export function countyProblems(file: PlanFile, also: AlsoKnown): PathProblem[] {
  const problems: PathProblem[] = [];
  const report = (path: Path, problem: Problem) => problems.push({ path, problem });
  const reported = new Set<string>();
  const unique = (what: Unique, entries: { value: string; path: Path }[]) => {
    const first = new Map<string, Path>();
    for (const { value, path } of entries) {
      const earlier = first.get(value);
      if (!earlier) first.set(value, path);
      else if (!reported.has(path.join('.'))) {
        reported.add(path.join('.'));
        report(path, { kind: 'duplicate', what, value, first: earlier });
      }
    }
  };
  const names = file.counties.map((c, i) => [
    { value: c.key, path: ['counties', i, 'key'] },
    { value: c.name, path: ['counties', i, 'name'] },
    { value: c.nameEn, path: ['counties', i, 'nameEn'] },
    ...c.aliases.map((a, j) => ({ value: a, path: ['counties', i, 'aliases', j] })),
  ]);
  unique(
    'countyKey',
    file.counties.map((c, i) => ({ value: c.key, path: ['counties', i, 'key'] })),
  );
  unique('countyName', [
    ...(file.cityLevel ? [{ value: file.cityLevel, path: ['cityLevel'] }] : []),
    ...names.flat().filter((n) => n.path.at(-1) !== 'nameEn'),
  ]);

  const zoneNames = new Map<string, Path>();
  file.zones.forEach((z, i) => {
    for (const n of [z.slug, z.name, z.shortName, z.nameEn, ...z.aliases]) {
      if (!zoneNames.has(foldName(n))) zoneNames.set(foldName(n), ['zones', i]);
    }
  });
  for (const { value, path } of names.flat()) {
    const zone = zoneNames.get(foldName(value));
    if (zone && value !== STAND_IN_TEXT && !reported.has(path.join('.')))
      report(path, { kind: 'countyClash', value, zone });
  }

  const known = [...also.counties, ...file.counties.flatMap((c) => [c.key, c.name, c.nameEn, ...c.aliases])];
  const folded = new Set(known.map(foldName));
  if (known.length) {
    const shown = [...new Set([...also.counties, ...file.counties.map((c) => c.name)])];
    file.zones.forEach((z, i) => {
      // A county the checker stood in for is reported as it was written.
      if (folded.has(foldName(z.county)) || z.county === file.cityLevel || z.county === STAND_IN_TEXT) return;
      report(['zones', i, 'county'], {
        kind: 'unknownCounty',
        name: z.county,
        known: shown,
        suggestions: suggestions(z.county, shown),
        cityLevel: file.cityLevel ?? null,
      });
    });
  }

  for (const { entry: t, path } of targetEntries(file)) {
    if (t.kind !== 'growth_lead') continue;
    if (!known.length) report(path, { kind: 'noCounties' });
    if (t.zones === 'city' || t.aggregate !== 'each') report(path, { kind: 'leadScope' });
    if (t.comparator === 'lte') report([...path, 'comparator'], { kind: 'leadComparator' });
  }
  return problems;
}
