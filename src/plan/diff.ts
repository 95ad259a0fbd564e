import type { PlanData } from './types.js';

/** The kinds of rows a plan file writes, in the order loading writes them. */
export const DIFF_KINDS = [
  'plan',
  'zones',
  'counties',
  'units',
  'indicators',
  'assessmentRules',
  'programmes',
  'tasks',
  'milestones',
  'targets',
] as const;
export type DiffKind = (typeof DIFF_KINDS)[number];

export type FieldChange =
  | { field: string; before: unknown; after: unknown }
  /** A field that is a set (aliases, owing zones …): what joins it and what leaves. */
  | { field: string; joined: string[]; left: string[] };

export interface KindDiff {
  kind: DiffKind;
  added: string[];
  changed: { key: string; fields: FieldChange[] }[];
  /** What the database has and the file drops: retired on loading (assessment rules are removed). */
  dropped: string[];
}

export interface PlanDiff {
  key: string;
  /** Whether the database holds the plan already. */
  stored: boolean;
  /** Only the kinds where something changes. */
  kinds: KindDiff[];
}

type Row = Record<string, unknown>;

/** Fields whose order means nothing: the store keeps them as links, and reads them back in its own order. */
const SETS: Partial<Record<DiffKind, string[]>> = {
  zones: ['aliases'],
  counties: ['aliases'],
  units: ['aliases'],
  indicators: ['overseenBy'],
  tasks: ['zones'],
  milestones: ['zones', 'units'],
  targets: ['zones'],
};

/** Where a row stands in the file is not what it says: moving a row changes nothing worth showing. */
const IGNORED = new Set(['position']);

/** JSON with its keys in order and absent fields left out, so that equal values read the same. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Row).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

const absent = (v: unknown) => v === undefined || v === null;

function fieldChanges(kind: DiffKind, before: Row, after: Row, keyField: string): FieldChange[] {
  const sets = SETS[kind] ?? [];
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (f) => f !== keyField && !IGNORED.has(f),
  );
  return fields.flatMap((field): FieldChange[] => {
    const [b, a] = [before[field], after[field]];
    if (sets.includes(field)) {
      const [was, now] = [new Set(b as string[]), new Set(a as string[])];
      const joined = [...now].filter((x) => !was.has(x));
      const left = [...was].filter((x) => !now.has(x));
      return joined.length || left.length ? [{ field, joined, left }] : [];
    }
    if ((absent(b) && absent(a)) || canonical(b) === canonical(a)) return [];
    return [{ field, before: b, after: a }];
  });
}

function diffRows(kind: DiffKind, before: Row[], after: Row[], keyField: string): KindDiff {
  const keyOf = (r: Row) => String(r[keyField]);
  const was = new Map(before.map((r) => [keyOf(r), r]));
  const now = new Set(after.map(keyOf));
  return {
    kind,
    added: after.map(keyOf).filter((k) => !was.has(k)),
    changed: after.flatMap((r) => {
      const old = was.get(keyOf(r));
      const fields = old ? fieldChanges(kind, old, r, keyField) : [];
      return fields.length ? [{ key: keyOf(r), fields }] : [];
    }),
    dropped: before.map(keyOf).filter((k) => !now.has(k)),
  };
}

/** A plan's rows of each kind, by the key that loading upserts them by. */
function rowsOf(plan: PlanData | null): Record<DiffKind, { key: string; rows: Row[] }> {
  const rules = plan?.assessmentRules;
  return {
    // Where the zones under the city itself are told apart is the plan's own, as its header is.
    plan: { key: 'key', rows: plan ? [{ ...plan.plan, cityLevel: plan.cityLevel }] : [] },
    zones: { key: 'slug', rows: plan?.zones ?? [] },
    counties: { key: 'key', rows: plan?.counties ?? [] },
    units: { key: 'key', rows: plan?.units ?? [] },
    indicators: { key: 'key', rows: plan?.indicators ?? [] },
    assessmentRules: {
      key: 'rule',
      rows: [
        ...(rules?.interview ? [{ rule: 'interview', ...rules.interview }] : []),
        ...(rules?.commendation ? [{ rule: 'commendation', ...rules.commendation }] : []),
      ],
    },
    programmes: { key: 'number', rows: plan?.programmes ?? [] },
    tasks: { key: 'number', rows: plan?.tasks ?? [] },
    milestones: { key: 'key', rows: plan?.milestones ?? [] },
    targets: { key: 'key', rows: plan?.targets ?? [] },
  } as unknown as Record<DiffKind, { key: string; rows: Row[] }>;
}

/**
 * What loading `file` would do to the plan the database holds (`stored`, as
 * `readPlan` reads it back, or null for a plan it does not have): the rows of
 * each kind it adds, the fields it changes, and the rows it drops.
 */
export function diffPlan(stored: PlanData | null, file: PlanData): PlanDiff {
  const before = rowsOf(stored);
  const after = rowsOf(file);
  const kinds = DIFF_KINDS.map((kind) => diffRows(kind, before[kind].rows, after[kind].rows, after[kind].key)).filter(
    (d) => d.added.length || d.changed.length || d.dropped.length,
  );
  return { key: file.plan.key, stored: stored !== null, kinds };
}
