import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffPlan } from '../../src/plan/diff.js';
import { parsePlan } from '../../src/plan/read.js';
import type { PlanData } from '../../src/plan/types.js';

const mini = readFileSync(new URL('../fixtures/mini-plan.yaml', import.meta.url), 'utf8');
const plan = parsePlan(mini);

describe('what loading a plan file would change', () => {
  it('is nothing for the plan as stored, whatever order its links come back in', () => {
    const reordered: PlanData = {
      ...plan,
      zones: plan.zones.map((z) => ({ ...z, aliases: [...z.aliases].reverse() })),
      milestones: plan.milestones.map((m) => ({ ...m, zones: [...m.zones].reverse() })),
      targets: plan.targets.map((t) => ({ ...t, zones: [...t.zones].reverse() })),
    };
    expect(diffPlan(reordered, plan)).toEqual({ key: 'p', stored: true, kinds: [] });
  });

  it('is every row added for a plan the database does not hold', () => {
    const diff = diffPlan(null, plan);
    expect(diff.stored).toBe(false);
    expect(diff.kinds.map((k) => [k.kind, k.added])).toEqual([
      ['plan', ['p']],
      ['zones', ['xuwei', 'donghai']],
      ['units', ['commerce']],
      ['indicators', ['gdp']],
      ['programmes', ['1']],
      ['tasks', ['1']],
      ['milestones', ['m1', 'm2', 'meet-2022', 'meet-2023', 'meet-2024', 'meet-2025']],
      ['targets', ['gdp-total', 'gdp-xuwei']],
    ]);
    expect(diff.kinds.every((k) => k.changed.length === 0 && k.dropped.length === 0)).toBe(true);
  });

  it('names each field that changes, with its old and new value, and what joins or leaves a set', () => {
    const edited = parsePlan(
      mini
        .replace('value: 3500,', 'value: 3600,')
        .replace(
          'says: 十四五末, zones: all }',
          'says: 十四五末, zones: [xuwei], inferred: { zh: 推定, en: inferred } }',
        )
        .replace('aliases: [徐圩]', 'aliases: [徐圩, 徐圩区]'),
    );
    const diff = diffPlan(plan, edited);
    expect(diff.kinds).toEqual([
      {
        kind: 'zones',
        added: [],
        changed: [{ key: 'xuwei', fields: [{ field: 'aliases', joined: ['徐圩区'], left: [] }] }],
        dropped: [],
      },
      {
        kind: 'milestones',
        added: [],
        changed: [
          {
            key: 'm2',
            fields: [
              { field: 'zones', joined: [], left: ['donghai'] },
              { field: 'inferred', before: undefined, after: { zh: '推定', en: 'inferred' } },
            ],
          },
        ],
        dropped: [],
      },
      {
        kind: 'targets',
        added: [],
        changed: [{ key: 'gdp-total', fields: [{ field: 'value', before: 3500, after: 3600 }] }],
        dropped: [],
      },
    ]);
  });

  it('drops what the file no longer has: a zone, a milestone, the assessment rules', () => {
    const stored: PlanData = {
      ...plan,
      assessmentRules: { interview: { fallsInARow: 2, indicator: 'gdp', over: 'years', says: '连续两年退位' } },
    };
    const edited = parsePlan(
      mini
        .replace(/ {2}- \{\n {6}slug: donghai,[^}]*\}\n/, '')
        .replace('zones: provincial }', 'units: [商务局] }')
        .replace(/ {10}- \{ key: m2.*\n/, ''),
    );
    const diff = diffPlan(stored, edited);
    expect(diff.kinds.map((k) => [k.kind, k.dropped])).toEqual([
      ['zones', ['donghai']],
      ['assessmentRules', ['interview']],
      ['milestones', ['m2']],
      ['targets', []],
    ]);
    // Rows after the dropped one move up; where a row stands is no change.
    expect(diff.kinds.find((k) => k.kind === 'milestones')?.changed).toEqual([
      {
        key: 'm1',
        fields: [
          { field: 'zones', joined: [], left: ['donghai'] },
          { field: 'units', joined: ['commerce'], left: [] },
        ],
      },
    ]);
    expect(diff.kinds.find((k) => k.kind === 'targets')?.changed).toEqual([
      { key: 'gdp-total', fields: [{ field: 'zones', joined: [], left: ['donghai'] }] },
    ]);
  });
});
