import { z } from 'zod';
import type { AlsoKnown } from './expand.js';
import type { Path } from './problems.js';
import { type PlanFile, planFile } from './schema.js';

/** Each list's entries' places in the draft, kept on the list as entries are set aside. */
const PLACES = Symbol('places in the draft');
type Placed = unknown[] & { [PLACES]?: number[] };

export interface Salvage {
  file: PlanFile;
  /** False when the plan's header was set aside: the checks of its dates cannot run. */
  header: boolean;
  /** Every zone, unit and indicator name the draft has, so that what refers to one set aside is not reported as well. */
  also: AlsoKnown;
  /** A path in the salvaged file as the path of the same place in the draft. */
  original(path: Path): Path;
}

const { zones, units, indicators, programmes } = planFile.shape;

/** The plan file without the rule that its lists have entries, which setting entries aside may leave empty. */
const planFileParts = planFile.extend({
  zones: z.array(zones.element),
  units: z.array(units.element),
  indicators: z.array(indicators.element),
  programmes: z.array(programmes.element.extend({ tasks: z.array(programmes.element.shape.tasks.element) })),
});

/** A header the schema takes, standing in for a broken one; nothing of it is shown. */
const STAND_IN: PlanFile['plan'] = {
  key: 'draft',
  docNumber: '-',
  title: '-',
  titleEn: '-',
  issuer: '-',
  issuedOn: '2000-01-01',
  baselineYear: 2000,
  startsOn: '2000-01-01',
  endsOn: '2000-01-01',
  goals: '-',
};

/**
 * Fields of prose, which nothing refers to: a broken one is stood in for by
 * STAND_IN_TEXT rather than its entry set aside, so that a task with a bad
 * title still has its milestones and targets checked.
 */
const PROSE = new Set([
  'title',
  'titleEn',
  'body',
  'says',
  'nameEn',
  'shortName',
  'county',
  'unit',
  'unitEn',
  'unitEnOne',
  'zh',
  'en',
]);
export const STAND_IN_TEXT = '-';

/** A stand-in or a field dropped can reveal a problem the first parse did not reach; a few rounds settle it. */
const ROUNDS = 10;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function at(root: unknown, path: PropertyKey[]): unknown {
  let node = root;
  for (const seg of path)
    node = isRecord(node) || Array.isArray(node) ? (node as Record<PropertyKey, unknown>)[seg] : undefined;
  return node;
}

function placeLists(node: unknown): void {
  if (Array.isArray(node)) {
    (node as Placed)[PLACES] = node.map((_, i) => i);
    node.forEach(placeLists);
  } else if (isRecord(node)) Object.values(node).forEach(placeLists);
}

const strings = (...values: unknown[]) =>
  values.flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((s) => typeof s === 'string') : []));

/**
 * The part of a draft the schema takes, for the checks that need a whole
 * file: each entry with a schema problem is set aside (a stray field is
 * dropped, broken prose stood in for), so that the cross-references of the
 * rest can still be checked in the same run. Null when a problem lies outside any list entry (a whole
 * section missing or of the wrong type), which leaves nothing sound to check.
 */
export function salvage(raw: unknown, issues: z.core.$ZodIssue[]): Salvage | null {
  if (!isRecord(raw)) return null;
  const copy = structuredClone(raw);
  placeLists(copy);
  const header = !issues.some((i) => i.path[0] === 'plan');
  if (!header) copy.plan = STAND_IN;
  const entries = (list: unknown) => (Array.isArray(list) ? list.filter(isRecord) : []);
  const also: AlsoKnown = {
    zones: entries(raw.zones).flatMap((z) => strings(z.slug)),
    unitNames: entries(raw.units).flatMap((u) => strings(u.name, u.aliases)),
    unitKeys: entries(raw.units).flatMap((u) => strings(u.key)),
    indicators: entries(raw.indicators).flatMap((i) => strings(i.key)),
    counties: entries(raw.counties).flatMap((c) => strings(c.key, c.name, c.nameEn, c.aliases)),
  };
  let current = issues.filter((i) => i.path[0] !== 'plan');
  for (let round = 0; round < ROUNDS; round++) {
    const removals = new Map<Placed, Set<number>>();
    for (const issue of current) {
      if (issue.code === 'unrecognized_keys') {
        const node = at(copy, issue.path);
        if (isRecord(node)) for (const key of issue.keys) delete node[key];
        continue;
      }
      const field = issue.path.at(-1);
      const entry = at(copy, issue.path.slice(0, -1));
      if (typeof field === 'string' && PROSE.has(field) && isRecord(entry)) {
        entry[field] = STAND_IN_TEXT;
        continue;
      }
      const last = issue.path.findLastIndex((seg) => typeof seg === 'number');
      const list = at(copy, issue.path.slice(0, last));
      if (last < 0 || !Array.isArray(list)) return null;
      const set = removals.get(list) ?? new Set<number>();
      removals.set(list, set.add(issue.path[last] as number));
    }
    for (const [list, places] of removals) {
      for (const i of [...places].sort((a, b) => b - a)) {
        list.splice(i, 1);
        list[PLACES]?.splice(i, 1);
      }
    }
    const parsed = planFileParts.safeParse(copy);
    if (parsed.success) {
      return { file: parsed.data as PlanFile, header, also, original: (path) => original(copy, path) };
    }
    current = parsed.error.issues;
  }
  return null;
}

function original(root: unknown, path: Path): Path {
  let node = root;
  return path.map((seg) => {
    const place = typeof seg === 'number' && Array.isArray(node) ? ((node as Placed)[PLACES]?.[seg] ?? seg) : seg;
    node = at(node, [seg]);
    return place;
  });
}
