import { describe, expect, it } from 'vitest';
import { PlanDataError } from '../../src/plan/expand.js';
import { parsePlan } from '../../src/plan/read.js';

const minimal = `
plan: { key: p, docNumber: 号, title: 方案, titleEn: Plan, issuer: 市政府, issuedOn: 2022-04-02,
        baselineYear: 2020, startsOn: 2021-01-01, endsOn: 2025-12-31, goals: 目标 }
zones:
  - { slug: xuwei, name: 徐圩新区, shortName: 徐圩新区, nameEn: Xuwei New Area, level: functional, county: 市直, aliases: [徐圩] }
  - { slug: donghai, name: 东海经济开发区, shortName: 东海开发区, nameEn: Donghai EDZ, level: provincial, county: 东海县 }
units:
  - { key: commerce, name: 市商务局, nameEn: Bureau of Commerce, kind: department, aliases: [商务局] }
indicators:
  - { key: gdp, name: 地区生产总值, nameEn: GDP, unit: 亿元, unitEn: 100m yuan }
programmes:
  - number: 1
    title: 工程
    titleEn: Programme
    tasks:
      - number: 1
        title: 任务
        titleEn: Task
        body: 正文
        units: [商务局]
        milestones:
          - { key: m1, due: 2022-06-30, title: 事项, titleEn: Item, says: 2022年6月底前, zones: provincial }
milestones:
  - { key: meet, due: 2022-12-31, yearly: { to: 2025 }, title: 会议, titleEn: Meeting, says: 每年, units: [市商务局] }
`;

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

  it.each([
    ['not YAML', 'plan: [', /not valid YAML/],
    ['a bad date', minimal.replace('2022-06-30', '2022-06-31'), /not a real calendar date/],
    ['an unknown zone', minimal.replace('zones: provincial', 'zones: [nowhere]'), /unknown zone "nowhere"/],
    ['an unknown unit', minimal.replace('units: [商务局]', 'units: [财政局]'), /unknown unit "财政局"/],
    ['a duplicate alias', minimal.replace('aliases: [徐圩]', 'aliases: [东海经济开发区]'), /duplicate zone name or alias/],
    ['a missing field', minimal.replace('titleEn: Task', ''), /titleEn/],
  ])('rejects %s with a PlanDataError', (_, text, message) => {
    expect(() => parsePlan(text)).toThrow(PlanDataError);
    expect(() => parsePlan(text)).toThrow(message);
  });
});
