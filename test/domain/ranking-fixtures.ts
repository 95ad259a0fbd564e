import { stringify } from 'yaml';
import { PlanIndex } from '../../src/domain/plan-index.js';
import { parsePlan } from '../../src/plan/read.js';
import type { AssessmentEntry } from '../../src/plan/schema.js';

export interface ZoneSpec {
  slug: string;
  name: string;
  nameEn?: string;
}

/** A zone with a long name of its own in each language, to test Slack's limits. */
export const numberedZone = (n: number): ZoneSpec => ({
  slug: `z${n}`,
  name: `连云港第${n}号经济技术开发区`,
  nameEn: `Lianyungang No. ${n} Economic and Technological Development Zone`,
});

const STANDARD_RULES: AssessmentEntry = {
  interview: { fallsInARow: 2, indicator: 'provincial_rank', over: 'years', says: '连续两年退位' },
  commendation: {
    risesInARow: 2,
    indicator: 'provincial_rank',
    over: 'years',
    says: '持续进位',
    inferred: { zh: '按连续两年计', en: 'taken as two years running' },
  },
};

/**
 * A small plan in the real plan's shape, for rankings whose scores a test
 * can work out by hand: per zone one GDP level of at least 100 by the end of
 * 2025, two milestones owed by every zone (mid-2022 and mid-2023), and the
 * assessment rules (two falls → 约谈整改, two rises → 通报表彰) on the provincial rank.
 */
export function rankingPlan(zones: ZoneSpec[], options: { assessment?: AssessmentEntry | false } = {}): PlanIndex {
  const assessment = options.assessment ?? STANDARD_RULES;
  const file = {
    plan: {
      key: 'p',
      docNumber: '测〔2022〕1号',
      title: '方案',
      titleEn: 'Plan',
      issuer: '市政府',
      issuedOn: '2022-04-02',
      baselineYear: 2020,
      startsOn: '2021-01-01',
      endsOn: '2025-12-31',
      goals: '目标',
    },
    zones: zones.map((z) => ({
      slug: z.slug,
      name: z.name,
      shortName: z.name,
      nameEn: z.nameEn ?? `Zone ${z.slug}`,
      level: 'provincial',
      county: '某县',
    })),
    units: [{ key: 'commerce', name: '市商务局', nameEn: 'Bureau of Commerce', kind: 'department' }],
    indicators: [
      { key: 'gdp', name: '地区生产总值', nameEn: 'GDP', unit: '亿元', unitEn: '100m yuan' },
      {
        key: 'provincial_rank',
        name: '省级开发区综合考评位次',
        nameEn: 'Provincial rank',
        unit: '位',
        unitEn: 'place',
        lowerIsBetter: true,
      },
    ],
    programmes: [
      {
        number: 1,
        title: '工程',
        titleEn: 'Programme',
        tasks: [
          {
            number: 1,
            title: '任务',
            titleEn: 'Task',
            body: '正文',
            units: ['市商务局'],
            milestones: [
              { key: 'm1', due: '2022-06-30', title: '事项一', titleEn: 'One', says: '2022年6月底前', zones: 'all' },
              { key: 'm2', due: '2023-06-30', title: '事项二', titleEn: 'Two', says: '2023年6月底前', zones: 'all' },
            ],
            targets: zones.map((z) => ({
              key: `gdp-${z.slug}`,
              indicator: 'gdp',
              kind: 'level',
              comparator: 'gte',
              value: 100,
              zones: [z.slug],
              aggregate: 'each',
              due: '2025-12-31',
              says: '达到100亿元',
            })),
          },
        ],
      },
    ],
    ...(assessment ? { assessmentRules: assessment } : {}),
  };
  return new PlanIndex(parsePlan(stringify(file)));
}
