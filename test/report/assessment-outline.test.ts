import { describe, expect, it } from 'vitest';
import { type AssessmentInput, buildAssessment } from '../../src/domain/assessment/report.js';
import type { Facts } from '../../src/domain/facts.js';
import type { PlanIndex } from '../../src/domain/plan-index.js';
import { monthlyRanking } from '../../src/domain/ranking.js';
import { assessmentOutline } from '../../src/report/assessment-outline.js';
import type { Block, Outline } from '../../src/report/outline.js';
import { zoneSummary } from '../../src/report/zone-parts.js';
import { endOfDay, rankingMonths } from '../../src/services/assessment-service.js';
import { rankingPlan } from '../domain/ranking-fixtures.js';
import { DEFAULT_THRESHOLDS, type FigureRow, factsOf, PLAN, type ReportRow } from '../support/command-context.js';

const row = (zone: string, indicator: string, period: string, value: number): FigureRow => ({
  zone,
  indicator,
  period,
  value,
});
const done = (milestone: string, zone: string, at: string): ReportRow => ({
  milestone,
  zone,
  state: 'done',
  enteredAt: new Date(at),
});

function assess(plan: PlanIndex, facts: Facts, day: string, zone: string | null = null) {
  const input: AssessmentInput = {
    plan,
    facts,
    judging: { today: day, thresholds: DEFAULT_THRESHOLDS },
    asOf: { instant: endOfDay(day), asked: true },
    zone,
    rankings: rankingMonths(plan, day).map((month) => ({
      ranking: monthlyRanking({ plan, facts, month, thresholds: DEFAULT_THRESHOLDS }),
      posted: false,
    })),
  };
  return buildAssessment(input);
}

const headings = (o: Outline, level: 1 | 2 | 3) =>
  o.blocks
    .filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.level === level)
    .map((b) => b.text);
const tables = (o: Outline) => o.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');

// Xuwei: GDP short of its goal, its rank gain without figures for most years, and a milestone done late.
const XUWEI = factsOf(
  [
    row('xuwei', 'gdp', '2020', 450),
    row('xuwei', 'gdp', '2025', 980),
    ...[2021, 2022, 2023, 2024, 2025].map((y, i) => row('xuwei', 'provincial_rank', String(y), 9 - i)),
  ],
  [
    done('t2-internal-agencies', 'xuwei', '2022-07-03T02:00:00Z'),
    done('t19-ftz-linkage-plan', 'xuwei', '2022-09-01T02:00:00Z'),
  ],
);

describe('the summary of a zone, written from its facts alone', () => {
  const report = assess(PLAN, XUWEI, '2026-03-31', 'xuwei');
  const [xuwei] = report.zones;

  it('counts its verdicts, gives its last rank and move, its provincial rank and the rules it meets, in Chinese', () => {
    expect(xuwei && zoneSummary(xuwei, 'zh')).toBe(
      '徐圩新区11项目标中，达标1项、未达标1项、缺数据9项；16项节点任务中，按期完成1项、逾期完成1项、未完成14项。' +
        '2025年12月综合排名第1位，与上年持平；2025年省级开发区综合考评位次第5位；按方案考核规则推算，2025年省级考评位次连续4年进位，应予通报表彰。',
    );
  });

  it('says the same in English, each count agreeing with its verb', () => {
    expect(xuwei && zoneSummary(xuwei, 'en')).toBe(
      "Of Xuwei New Area's 11 targets, 1 was met, 1 was not met, and 9 lack data; of its 16 milestones, 1 was done on time, 1 was done late, and 14 were not done. " +
        "In the Dec 2025 composite ranking it was 1st, the same place as the year before; its provincial assessment rank for 2025 was 5th; under the plan's rules it falls to be commended (通报表彰) for 2025, its provincial rank having risen 4 years running.",
    );
  });

  it('gives a zone with one target and nothing reported its only verdict, and a single one that lacks data', () => {
    const mini = rankingPlan([{ slug: 'east', name: '东区', nameEn: 'East Zone' }]);
    const [east] = assess(mini, factsOf(), '2026-03-31').zones;
    expect(east && zoneSummary(east, 'en')).toBe(
      "East Zone's only target lacks data; all 2 of its milestones were not done. In the Dec 2025 composite ranking it was 1st, the same place as the year before.",
    );
    expect(east && zoneSummary(east, 'zh')).toBe(
      '东区1项目标均缺数据；2项节点任务均未完成。2025年12月综合排名第1位，与上年持平。',
    );
  });
});

describe('the outline of the report on every zone', () => {
  const report = assess(PLAN, XUWEI, '2026-03-31');
  const zh = assessmentOutline(report, 'zh');
  const en = assessmentOutline(report, 'en');

  it('is numbered 一、（一）1. in Chinese and I., (i), 1. in English, with the notes last', () => {
    expect(headings(zh, 1)).toEqual(['一、总体情况', '二、各开发区情况', '三、考核奖惩', '附：说明']);
    expect(headings(en, 1)).toEqual(['I. Overview', 'II. The zones', 'III. Accountability and commendation', 'Notes']);
    expect(headings(zh, 2).slice(0, 5)).toEqual([
      '（一）目标完成情况',
      '（二）节点任务完成情况',
      '（三）市有关部门节点任务',
      '（四）综合排名',
      '（一）连云港经济技术开发区',
    ]);
    expect(headings(en, 2).at(-1)).toBe('(xii) Guanyun Lingang Industrial Zone');
    expect(headings(zh, 3).slice(0, 4)).toEqual([
      '1. 目标完成情况',
      '2. 节点任务完成情况',
      '3. 年度排名与考核',
      '4. 小结',
    ]);
  });

  it('has a row for every target of the plan and every milestone, and one per zone’s own', () => {
    const [targets, milestones] = tables(zh);
    expect(targets?.rows).toHaveLength(PLAN.data.targets.length);
    expect(milestones?.rows).toHaveLength(PLAN.data.milestones.length);
    const xuwei = tables(zh).filter((t) => t.header[1] === '目标')[3];
    // GDP short of 1,000亿元; no county's growth to hold its own against; up a place every year from 2022 to
    // 2025; nothing else reported.
    const verdicts = [
      '未达标',
      '缺数据',
      '缺数据',
      '缺数据',
      '缺数据',
      '达标',
      '缺数据',
      '缺数据',
      '缺数据',
      '缺数据',
      '缺数据',
    ];
    expect(xuwei?.rows.map((r) => r[5])).toEqual(verdicts);
  });

  it('opens with the plan’s title, its document number and the report’s day, and what the figures stand at', () => {
    expect(zh.blocks.slice(0, 4).map((b) => ('text' in b ? b.text : ''))).toEqual([
      '《连云港市“十四五”开发区高质量发展行动方案》终期评估报告',
      '依据连政发〔2022〕32号　　2026年3月31日',
      '数据截至2026年3月31日24时（北京时间）',
      '评估范围：全市12个开发区',
    ]);
  });
});

describe('an interim report', () => {
  it('is called 中期评估 and shows targets not yet due with their latest figure and light', () => {
    const facts = factsOf([row('xuwei', 'gdp', '2020', 450), row('xuwei', 'gdp', '2022', 600)]);
    const outline = assessmentOutline(assess(PLAN, facts, '2023-06-30', 'xuwei'), 'zh');
    expect(outline.title).toBe('《连云港市“十四五”开发区高质量发展行动方案》中期评估报告');
    const [targets] = tables(outline);
    expect(targets?.header[3]).toBe('最新值');
    expect(targets?.rows[0]?.slice(2)).toEqual([
      '450亿元',
      '600亿元（2022年）',
      '超过1,000亿元',
      // 450 → 600 over 2020–2022 is (600/450)^(1/2) − 1 = 15.5% a year; three more years make 600 × 1.155³ ≈ 924,
      // short of 1,000 by 7.6% (within the 10% of at risk); (1000/600)^(1/3) − 1 = 18.6% a year is needed.
      '未到期（黄灯；完成27.3%，序时进度40%）\n预计2025年末 924亿元，需年均 +18.6% · 有风险',
    ]);
    const summary = outline.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('徐圩新区'));
    expect(summary).toMatchObject({ text: expect.stringContaining('按当前进度，可作预测的1项未到期目标有风险；') });
    const english = assessmentOutline(assess(PLAN, facts, '2023-06-30', 'xuwei'), 'en');
    const summaryEn = english.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('Of Xuwei'));
    expect(summaryEn).toMatchObject({
      text: expect.stringContaining('at the current pace, the one target not yet due that can be projected is at risk'),
    });
    const notes = outline.blocks.filter((b) => b.kind === 'paragraph' && b.text.includes('预测：'));
    expect(notes).toHaveLength(1);
    expect(headings(outline, 1)).toEqual([
      '一、目标完成情况',
      '二、节点任务完成情况',
      '三、年度排名与考核',
      '四、小结',
      '附：说明',
    ]);
  });
});
