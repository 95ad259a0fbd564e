import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PlanIndex } from '../../src/domain/plan-index.js';
import { describeProblem } from '../../src/i18n/messages/plan-problems.js';
import { checkPlanText, errorsIn, type PlanCheck } from '../../src/plan/check.js';
import { diffPlan } from '../../src/plan/diff.js';
import { formatPath } from '../../src/plan/problems.js';
import { parsePlan } from '../../src/plan/read.js';

const mini = readFileSync(new URL('../fixtures/mini-plan.yaml', import.meta.url), 'utf8');

const COUNTIES = [
  'cityLevel: 市直',
  'counties:',
  '  - { key: donghai-county, name: 东海县, nameEn: Donghai County, aliases: [连云港市东海县] }',
  '  - { key: haizhou-district, name: 海州区, nameEn: Haizhou District }',
  '',
].join('\n');

const LEAD = [
  '  - key: gdp-lead',
  '    indicator: gdp',
  '    kind: growth_lead',
  '    comparator: gt',
  '    value: 0',
  '    zones: all',
  '    aggregate: each',
  '    due: 2025-12-31',
  '    fromYear: 2022',
  '    says: 各开发区主要指标领先其他县区或所在县区增幅',
  '    inferred: { zh: 按2022—2025年逐年计, en: each year from 2022 to 2025 }',
  '',
].join('\n');

/** The mini plan with counties (before its units) and a growth lead (after its targets), edited by `edit`. */
function draft(edit: (text: string) => string = (t) => t): string {
  return edit(`${mini.replace('units:\n', `${COUNTIES}units:\n`)}${LEAD}`);
}

const found = (check: PlanCheck) => check.findings.map((f) => `${formatPath(f.path)} ${f.problem.kind}`);

describe('a plan with counties', () => {
  it('reads them, and whom each zone is held to: its county, or every county for a zone under the city', () => {
    const text = draft();
    expect(errorsIn(checkPlanText(text))).toEqual([]);
    const data = parsePlan(text);
    expect(data.cityLevel).toBe('市直');
    expect(data.counties.map((c) => [c.key, c.position])).toEqual([
      ['donghai-county', 0],
      ['haizhou-district', 1],
    ]);
    const plan = new PlanIndex(data);
    expect(plan.rivalsOf('donghai').map((c) => c.key)).toEqual(['donghai-county']);
    expect(plan.rivalsOf('xuwei').map((c) => c.key)).toEqual(['donghai-county', 'haizhou-district']);
    expect(plan.counties.exact('连云港市东海县')?.key).toBe('donghai-county');
    // Counties are figure subjects, never zones.
    expect(plan.zones.exact('东海县')).toBeUndefined();
    expect(data.zones.map((z) => z.slug)).toEqual(['xuwei', 'donghai']);
  });

  it('may have none: a zone’s county is then its own words, and the plan as before', () => {
    const data = parsePlan(mini);
    expect(data.counties).toEqual([]);
    expect(data.cityLevel).toBeUndefined();
    expect(new PlanIndex(data).rivalsOf('donghai')).toEqual([]);
  });

  it('reports each problem of the counties and what refers to them, on its line', () => {
    const check = checkPlanText(
      draft((t) =>
        t
          .replace('cityLevel: 市直\n', '')
          .replace('county: 东海县,', 'county: 东海线,')
          .replace('{ key: haizhou-district, name: 海州区,', '{ key: donghai, name: 海州区, aliases: [徐圩],')
          .replace(
            'nameEn: Haizhou District }',
            'nameEn: Haizhou District }\n  - { key: donghai-county, name: 海州, nameEn: H }',
          )
          .replace('    fromYear: 2022\n    says: 各开发区', '    says: 各开发区')
          .replace(
            '    comparator: gt\n    value: 0\n    zones: all\n    aggregate: each',
            '    comparator: lte\n    value: 0\n    zones: all\n    aggregate: total',
          ),
      ),
    );
    expect(found(check)).toEqual([
      'zones[0].county unknownCounty',
      'zones[1].county unknownCounty',
      'counties[1].key countyClash',
      'counties[1].aliases[0] countyClash',
      'counties[2].key duplicate',
      'targets[2] noFromYear',
      'targets[2] leadScope',
      'targets[2].comparator leadComparator',
    ]);
    expect(check.data).toBeNull();
    const at = (path: string) => check.findings.find((f) => formatPath(f.path) === path);
    // A zone under the city is unknown until the plan says how such a zone writes its county.
    expect(at('zones[0].county')?.problem).toMatchObject({ name: '市直', cityLevel: null });
    expect(describeProblem(at('zones[0].county')?.problem as never, 'zh')).toContain('cityLevel: 市直');
    expect(at('zones[1].county')?.problem).toMatchObject({ name: '东海线', suggestions: ['东海县'] });
    // A county named as a zone is named with the zone's line, where the clash shows.
    expect(at('counties[1].key')?.firstLine).toBe(24);
    expect(at('counties[1].aliases[0]')?.firstLine).toBe(15);
    expect(describeProblem(at('counties[1].key')?.problem as never, 'en', 24)).toBe(
      'the county key or name "donghai" is the zone\'s on line 24: counties and zones are both found, and report figures, by their names and keys, so choose another',
    );
    expect(at('counties[2].key')?.problem).toMatchObject({ what: 'countyKey', value: 'donghai-county' });
  });

  it('needs counties for a growth lead to compare zones with', () => {
    const check = checkPlanText(`${mini}${LEAD}`);
    expect(found(check)).toEqual(['targets[2] noCounties']);
    expect(describeProblem(check.findings[0]?.problem as never, 'en')).toBe(
      'a growth_lead target compares growth with the counties: list them in counties',
    );
  });

  it('sets a broken county aside without also reporting the zone that names it', () => {
    const check = checkPlanText(draft((t) => t.replace('key: donghai-county', 'key: Donghai_County')));
    expect(found(check)).toEqual(['counties[0].key format']);
  });

  it('shows what loading would add, change or retire among the counties', () => {
    const before = parsePlan(draft());
    const after = parsePlan(
      draft((t) =>
        t
          .replace('nameEn: Haizhou District }', 'nameEn: Haizhou }')
          .replace('  - { key: donghai-county, name: 东海县, nameEn: Donghai County, aliases: [连云港市东海县] }\n', '')
          .replace('county: 东海县,', 'county: 海州区,'),
      ),
    );
    const counties = diffPlan(before, after).kinds.find((k) => k.kind === 'counties');
    expect(counties).toEqual({
      kind: 'counties',
      added: [],
      changed: [
        { key: 'haizhou-district', fields: [{ field: 'nameEn', before: 'Haizhou District', after: 'Haizhou' }] },
      ],
      dropped: ['donghai-county'],
    });
  });
});
