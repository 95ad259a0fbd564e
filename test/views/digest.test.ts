import { describe, expect, it } from 'vitest';
import { type DigestInput, weeklyDigest } from '../../src/domain/digest.js';
import type { Facts } from '../../src/domain/facts.js';
import { NO_FACTS } from '../../src/domain/facts.js';
import { digestMessage } from '../../src/views/digest.js';
import { blocksToText } from '../../src/views/plain-text.js';
import { DEFAULT_THRESHOLDS, type FigureRow, factsOf, PLAN } from '../support/command-context.js';

const gdp = (zone: string, period: string, value: number): FigureRow => ({ zone, indicator: 'gdp', period, value });

// 市开发区 300 → 310 and 徐圩新区 300 → 450 over 2020–2022; the ten others flat at 200, short of doubling.
const now = factsOf([
  gdp('kaifaqu', '2020', 300),
  gdp('kaifaqu', '2022', 310),
  gdp('xuwei', '2020', 300),
  gdp('xuwei', '2022', 450),
  ...PLAN.data.zones
    .filter((z) => z.slug !== 'kaifaqu' && z.slug !== 'xuwei')
    .flatMap((z) => [gdp(z.slug, '2020', 200), gdp(z.slug, '2022', 200)]),
]);

const input = (facts: Facts, from: string, to: string): DigestInput => ({
  plan: PLAN,
  before: NO_FACTS,
  now: facts,
  from,
  to,
  thresholds: DEFAULT_THRESHOLDS,
  entered: [],
  missing: new Map(),
  ranking: null,
});

describe('the weekly digest’s targets that will miss at this pace', () => {
  const digest = weeklyDigest(input(now, '2023-06-23', '2023-06-30'));

  it('lists every zone’s own target and the zones’ together that will miss, the furthest short first', () => {
    const listed = digest.willMiss.map((w) => [w.zone, w.target]);
    // 市开发区: 310 × (310/300)^1.5 = 325.6 by 2025, 59.3% short of 800.
    expect(listed[0]).toEqual(['kaifaqu', 'goal-gdp-kaifaqu']);
    expect(digest.willMiss[0]?.projection.shortfall).toBeCloseTo(0.592964, 6);
    // Then the ten flat at 200, half short of 400, in the plan's order; 徐圩新区 at 827, 17.3% short of 1,000.
    expect(listed.slice(1, 11).every(([, key]) => key === 'goal-gdp-others-double')).toBe(true);
    expect(listed[11]).toEqual(['xuwei', 'goal-gdp-xuwei']);
    // All twelve together: 2,600 → 2,760 compounds to 2,760 × (2,760/2,600)^1.5 = 3,018.6 by 2025, 13.8% short of 3,500.
    expect(listed[12]).toEqual([null, 'goal-gdp-total']);
    expect(digest.willMiss[12]?.projection.expected).toBeCloseTo(3018.6495, 4);
    expect(listed).toHaveLength(13);
  });

  it('shows the worst ten with what they need, and counts the rest', () => {
    const zh = blocksToText(digestMessage(digest, PLAN, 'zh', false).blocks);
    expect(zh).toContain('按当前速度难以达标的目标（13项）');
    expect(zh).toContain(
      '• 市开发区 · 地区生产总值超过800亿元（2025年12月31日前）：预计2025年末 326亿元，需年均 +37.2%\n',
    );
    expect(zh).toContain('• 市高新区 · 地区生产总值比2020年翻一番');
    expect(zh.match(/：预计2025年末/g)).toHaveLength(10);
    expect(zh).not.toContain('徐圩新区 · 地区生产总值');
    expect(zh).toContain('另有 3 项未列出。');
    expect(zh).toContain('预测：按最近一期与最早一期可比数据');
    const en = blocksToText(digestMessage(digest, PLAN, 'en', false).blocks);
    expect(en).toContain('Targets that will miss at the current pace (13)');
    expect(en).toContain(
      'Gross domestic product more than 80 bn yuan (by 31 Dec 2025): projected 32.6 bn yuan by end-2025; 37.2% a year needed\n',
    );
    expect(en).toContain('and 3 more not listed.');
  });

  it('leaves the list out when nothing will miss, and after the plan’s end', () => {
    const onCourse = weeklyDigest(
      input(factsOf([gdp('xuwei', '2020', 300), gdp('xuwei', '2022', 700)]), '2023-06-23', '2023-06-30'),
    );
    expect(onCourse.willMiss).toEqual([]);
    expect(blocksToText(digestMessage(onCourse, PLAN, 'zh', false).blocks)).not.toContain('按当前速度');
    const closing = weeklyDigest(input(now, '2026-01-01', '2026-01-05'));
    expect(closing.willMiss).toEqual([]);
    expect(blocksToText(digestMessage(closing, PLAN, 'zh', true).blocks)).not.toContain('难以达标');
  });
});
