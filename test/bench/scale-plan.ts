import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { z } from 'zod';
import { readPlanFile } from '../../src/plan/read.js';
import type { planFile } from '../../src/plan/schema.js';

// A province's worth of zones for the scale case: 150 zones, 20 indicators
// reported monthly, a target on each for every zone and 30 tasks with a
// milestone each that every zone owes. Written as a plan file, valid against
// src/plan/schema.ts, and loaded as zonebot loads any plan.

export const SCALE = { zones: 150, indicators: 20, tasks: 30 } as const;
export const SCALE_PLAN_KEY = 'bench-scale';

const pad = (n: number) => String(n).padStart(3, '0');
const monthly = { frequency: 'monthly' as const, due: { monthsAfter: 1, workingDay: 10 } };
const UNITS = ['发改', '财政', '商务', '工信', '科技'];

/** Indicator i: money (a year-to-date flow), a count of enterprises, or a rate. */
function indicator(i: number) {
  const kind = i % 4 === 0 ? 'rate' : i % 4 === 2 ? 'count' : 'money';
  const common = { key: `ind_${pad(i)}`, overseenBy: [`dept-${i % UNITS.length}`], reporting: monthly };
  if (kind === 'money')
    return {
      ...common,
      name: `经济指标${pad(i)}`,
      nameEn: `Economic measure ${pad(i)}`,
      unit: '亿元',
      unitEn: '100 million yuan',
      measure: 'flow' as const,
    };
  if (kind === 'count')
    return {
      ...common,
      name: `企业数量${pad(i)}`,
      nameEn: `Enterprises of kind ${pad(i)}`,
      nameEnPlural: true,
      unit: '家',
      unitEn: 'enterprises',
      unitEnOne: 'enterprise',
    };
  return { ...common, name: `达标率${pad(i)}`, nameEn: `Compliance rate ${pad(i)}`, unit: '%', unitEn: '%' };
}

function target(i: number) {
  const rate = i % 4 === 0;
  return {
    key: `t-ind-${pad(i)}`,
    indicator: `ind_${pad(i)}`,
    kind: rate ? ('level' as const) : ('multiple' as const),
    comparator: 'gte' as const,
    value: rate ? 100 : 2,
    zones: 'all' as const,
    aggregate: 'each' as const,
    due: '2025-12-31',
    says: rate ? `各开发区指标${pad(i)}达到100%` : `各开发区指标${pad(i)}翻一番`,
  };
}

function task(n: number) {
  const year = 2022 + (n % 4);
  const month = String(((n * 5) % 12) + 1).padStart(2, '0');
  const due = new Date(Date.UTC(year, Number(month), 0)).toISOString().slice(0, 10);
  return {
    number: n,
    title: `规模任务${pad(n)}`,
    titleEn: `Scale task ${pad(n)}`,
    body: `各开发区于${year}年${Number(month)}月底前完成规模任务${pad(n)}。`,
    units: [`市${UNITS[n % UNITS.length]}局`],
    milestones: [
      {
        key: `m-${pad(n)}`,
        due,
        title: `完成规模任务${pad(n)}`,
        titleEn: `Finish scale task ${pad(n)}`,
        says: `各开发区于${year}年${Number(month)}月底前完成规模任务${pad(n)}`,
        zones: 'all' as const,
      },
    ],
    targets: n <= SCALE.indicators ? [target(n)] : [],
  };
}

/** The plan file as written (defaults left out), as zonebot's schema reads it. */
export function scalePlan(): z.input<typeof planFile> {
  const zones = Array.from({ length: SCALE.zones }, (_, i) => ({
    slug: `z${pad(i + 1)}`,
    name: `规模开发区${pad(i + 1)}`,
    shortName: `规模区${pad(i + 1)}`,
    nameEn: `Scale Zone ${pad(i + 1)}`,
    level: 'provincial' as const,
    county: `第${(i % 10) + 1}县`,
    aliases: [],
  }));
  const tasks = Array.from({ length: SCALE.tasks }, (_, i) => task(i + 1));
  return {
    plan: {
      key: SCALE_PLAN_KEY,
      docNumber: '基准〔2026〕1号',
      title: '规模基准行动方案',
      titleEn: 'Scale benchmark action plan',
      issuer: '基准市人民政府',
      issuedOn: '2021-01-01',
      baselineYear: 2020,
      startsOn: '2021-01-01',
      endsOn: '2025-12-31',
      goals: '一个省的开发区，用来测量zonebot在规模上的表现。',
    },
    zones,
    units: UNITS.map((u, i) => ({
      key: `dept-${i}`,
      name: `市${u}局`,
      nameEn: `Municipal bureau ${i}`,
      kind: 'department' as const,
      aliases: [],
    })),
    indicators: Array.from({ length: SCALE.indicators }, (_, i) => indicator(i + 1)),
    targets: [],
    programmes: [0, 1, 2].map((p) => ({
      number: p + 1,
      title: `规模工程${p + 1}`,
      titleEn: `Scale programme ${p + 1}`,
      tasks: tasks.slice(p * 10, p * 10 + 10),
    })),
    milestones: [],
  };
}

/** Writes the plan file into `dir` and reads it back as zonebot would, so a plan the schema refuses fails here. */
export function writeScalePlan(dir: string): string {
  const path = join(dir, `${SCALE_PLAN_KEY}.yaml`);
  writeFileSync(path, stringify(scalePlan()));
  readPlanFile(path);
  return path;
}
