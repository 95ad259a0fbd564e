import { describe, expect, it } from 'vitest';
import { type DigestInput, weeklyDigest } from '../../src/domain/digest.js';
import { NO_FACTS } from '../../src/domain/facts.js';
import type { GrowthComparison } from '../../src/domain/growth-lead.js';
import type { Reading } from '../../src/domain/progress.js';
import type { CountyData, TargetData } from '../../src/plan/types.js';
import { digestMessage } from '../../src/views/digest.js';
import { comparisonText, describeLead, describeLeadYears, leadGoal, leadTarget } from '../../src/views/lead-text.js';
import { blocksToText } from '../../src/views/plain-text.js';
import { DEFAULT_THRESHOLDS, PLAN } from '../support/command-context.js';

const county = (key: string, name: string, nameEn: string): CountyData => ({
  key,
  name,
  nameEn,
  aliases: [],
  position: 0,
});
const DONGHAI = county('donghai-county', '东海县', 'Donghai County');
const HAIZHOU = county('haizhou-district', '海州区', 'Haizhou District');
const GUANNAN = county('guannan-county', '灌南县', 'Guannan County');
const LEAD = PLAN.data.targets.find((t) => t.key === 'goal-gdp-growth-lead') as TargetData;

const grew = (rate: number | null, missing: string[] = []) => ({ rate, missing });

describe('a growth lead in words', () => {
  it('states the target in the plan’s words, and a margin where the plan file sets one', () => {
    expect(leadTarget('地区生产总值', LEAD, 'zh')).toBe('地区生产总值增幅领先其他县区或所在县区');
    expect(leadTarget('GDP', LEAD, 'en')).toBe(
      "GDP growing faster than the zone's county (every county, for a zone under the city itself)",
    );
    const margin = { ...LEAD, value: 2 };
    expect(leadTarget('地区生产总值', margin, 'zh')).toBe('地区生产总值增幅领先其他县区或所在县区超过2个百分点');
    expect(leadGoal(margin, 'en')).toBe('growth more than 2 points faster every year');
    expect(leadGoal(LEAD, 'zh')).toBe('逐年增幅领先');
  });

  it('names the one county, or the highest of several and whether all are in', () => {
    const one: GrowthComparison = {
      period: '2024',
      zone: grew(12.3),
      counties: [{ county: DONGHAI, ...grew(8.1) }],
      led: true,
    };
    expect(describeLead(one, '🟢', 'zh')).toBe('2024年 12.3% 对 东海县 8.1% · 领先 🟢');
    expect(describeLead(one, '🟢', 'en')).toBe("2024: 12.3% against Donghai County's 8.1% · ahead 🟢");
    const several: GrowthComparison = {
      period: '2025-06',
      zone: grew(9),
      counties: [
        { county: HAIZHOU, ...grew(9.5) },
        { county: DONGHAI, ...grew(4) },
        { county: GUANNAN, ...grew(null, ['2025-06']) },
      ],
      led: false,
    };
    expect(describeLead(several, '🔴', 'zh')).toBe('2025年6月 9% 对 已报县区最高 9.5%（海州区） · 未领先 🔴');
    expect(describeLead(several, '🔴', 'en')).toBe(
      'Jun 2025: 9% against the highest reported, 9.5% (Haizhou District) · not ahead 🔴',
    );
  });

  it('says what keeps a lead from being told, by whom it is owed', () => {
    const waiting: GrowthComparison = {
      period: '2024',
      zone: grew(12),
      counties: [{ county: DONGHAI, ...grew(null, ['2023', '2024']) }],
      led: null,
    };
    expect(describeLead(waiting, '⚪', 'zh')).toBe('2024年 12% · 缺少东海县2023—2024年数据 ⚪');
    expect(describeLead(waiting, '⚪', 'en')).toBe('2024: 12% · no 2023–2024 figures for Donghai County ⚪');
    const fromZero: GrowthComparison = { ...waiting, zone: grew(null), counties: [{ county: DONGHAI, ...grew(3) }] };
    expect(comparisonText(fromZero, 'zh')).toBe('2024年本区上年数据为零或负数，无法计算增幅');
    const countyFromZero: GrowthComparison = { ...waiting, counties: [{ county: DONGHAI, ...grew(null) }] };
    expect(describeLead(countyFromZero, '⚪', 'en')).toBe(
      '2024: 12% · Donghai County had zero or less the year before, so no growth rate ⚪',
    );
  });

  it('sums up the years past the due date, the missing ones together in runs', () => {
    const year = (period: string, zone: number | null, east: number | null, led: boolean | null) => ({
      period,
      zone: grew(zone, zone === null ? [period] : []),
      counties: [{ county: DONGHAI, ...grew(east, east === null ? [period] : []) }],
      led,
    });
    const reading: Extract<Reading, { state: 'years' }> = {
      state: 'years',
      years: [
        { year: 2022, actual: 5.6, met: false },
        { year: 2023, actual: 12, met: true },
      ],
      missing: ['2024', '2025'],
      met: false,
      leads: [
        year('2022', 5.6, 10, false),
        year('2023', 12, 4.2, true),
        year('2024', null, null, null),
        year('2025', 8, null, null),
      ],
    };
    expect(describeLeadYears(reading, 'not_met', '🔴', 'zh')).toBe(
      '2022—2025年逐年领先 1/4 年 · 未领先：2022年 5.6% 对 东海县 10% 🔴 · 逾期未达标 · 缺少本区2024年，东海县2024—2025年数据',
    );
    expect(describeLeadYears(reading, 'not_met', '🔴', 'en')).toBe(
      "2022–2025: ahead in 1 of 4 years · not ahead in 2022: 5.6% against Donghai County's 10% 🔴 · past due, not met · no 2024 figure for this zone; no 2024–2025 figures for Donghai County",
    );
  });
});

describe('the weekly digest', () => {
  it('names a county among the subjects whose figures came in, after the zones', () => {
    const input: DigestInput = {
      plan: PLAN,
      before: NO_FACTS,
      now: NO_FACTS,
      from: '2025-06-23',
      to: '2025-06-30',
      thresholds: DEFAULT_THRESHOLDS,
      entered: [
        { zone: 'donghai-county', indicator: 'gdp', period: '2025-05', corrected: false },
        { zone: 'xuwei', indicator: 'gdp', period: '2025-05', corrected: false },
      ],
      missing: new Map(),
      ranking: null,
    };
    const digest = weeklyDigest(input);
    expect(digest.figures.map((f) => f.zone)).toEqual(['xuwei', 'donghai-county']);
    const zh = blocksToText(digestMessage(digest, PLAN, 'zh', false).blocks);
    expect(zh).toMatch(/东海县.*1/);
    expect(zh).not.toContain('donghai-county');
  });
});
