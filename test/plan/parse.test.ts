import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PlanDataError } from '../../src/plan/expand.js';
import { parsePlan } from '../../src/plan/read.js';

const minimal = readFileSync(new URL('../fixtures/mini-plan.yaml', import.meta.url), 'utf8');

describe('parsePlan', () => {
  it('resolves selectors, unit names and expands yearly milestones', () => {
    const plan = parsePlan(minimal);
    expect(plan.tasks[0]?.units).toEqual([{ key: 'commerce', asWritten: '商务局' }]);
    expect(plan.milestones.find((m) => m.key === 'm1')?.zones).toEqual(['donghai']);
    expect(plan.milestones.filter((m) => m.key.startsWith('meet-')).map((m) => m.dueOn)).toEqual([
      '2022-12-31',
      '2023-12-31',
      '2024-12-31',
      '2025-12-31',
    ]);
  });

  it('keeps what the encoding reads into the plan, in both languages, where the file says so', () => {
    const marked = minimal
      .replace('says: 十四五末, zones: all }', 'says: 十四五末, zones: all, inferred: { zh: 推定, en: inferred } }')
      .replace('unitEn: 100m yuan }', 'unitEn: 100m yuan, nameEnPlural: false, unitEnOne: 100m yuan }');
    const plan = parsePlan(marked);
    expect(plan.milestones.find((m) => m.key === 'm2')?.inferred).toEqual({ zh: '推定', en: 'inferred' });
    expect(plan.milestones.find((m) => m.key === 'm1')).not.toHaveProperty('inferred');
    expect(plan.indicators[0]).toMatchObject({ nameEnPlural: false, unitEnOne: '100m yuan' });
  });

  it.each([
    ['not YAML', 'plan: [', /line 1: YAML syntax error/],
    [
      'an inference in one language only',
      minimal.replace('says: 十四五末, zones: all }', 'says: 十四五末, zones: all, inferred: { zh: 推定 } }'),
      /inferred/,
    ],
    [
      'an inference with a blank note',
      minimal.replace('county: 东海县,', 'county: 东海县, inferred: { zh: " ", en: x },'),
      /inferred/,
    ],
    ['a bad date', minimal.replace('2022-06-30', '2022-06-31'), /not a real calendar date/],
    ['an unknown zone', minimal.replace('zones: provincial', 'zones: [nowhere]'), /unknown zone "nowhere"/],
    ['an unknown unit', minimal.replace('units: [商务局]', 'units: [财政局]'), /unknown unit "财政局"/],
    [
      'a duplicate alias',
      minimal.replace('aliases: [徐圩]', 'aliases: [东海经济开发区]'),
      /duplicate zone name or alias/,
    ],
    ['a missing field', minimal.replace('titleEn: Task', ''), /titleEn/],
  ])('rejects %s with a PlanDataError', (_, text, message) => {
    expect(() => parsePlan(text)).toThrow(PlanDataError);
    expect(() => parsePlan(text)).toThrow(message);
  });
});
