import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { NO_FACTS } from '../../src/domain/facts.js';
import { monthlyRanking, type Ranking } from '../../src/domain/ranking.js';
import { rankingCorrections } from '../../src/domain/ranking-corrections.js';
import type { RankSnapshot } from '../../src/domain/ranking-history.js';
import { MAX_BLOCKS, MAX_HEADER_TEXT, MAX_SECTION_TEXT } from '../../src/views/blocks.js';
import { blocksToText } from '../../src/views/plain-text.js';
import { rankingView } from '../../src/views/ranking.js';
import { numberedZone, rankingPlan } from '../domain/ranking-fixtures.js';
import { DEFAULT_THRESHOLDS, type FigureRow, factsOf, PLAN } from '../support/command-context.js';
import { refusal } from '../support/slack/spec.js';

const ZONES = [
  { slug: 'xuwei', name: '徐圩新区', nameEn: 'Xuwei New Area' },
  { slug: 'donghai', name: '东海开发区', nameEn: 'Donghai EDZ' },
  { slug: 'an', name: '安区', nameEn: 'An Zone' },
  { slug: 'bei', name: '北区', nameEn: 'Bei Zone' },
];
const MINI = rankingPlan(ZONES);

const figure = (zone: string, indicator: string, period: string, value: number): FigureRow => ({
  zone,
  indicator,
  period,
  value,
});
const provincial = (zone: string, ranks: number[]) =>
  ranks.map((value, i) => figure(zone, 'provincial_rank', String(2022 + i), value));

// As of Nov 2026: 东海 70 (rose in the province twice), 安区 and 徐圩 63 (徐圩 fell twice), 北区 0.
const FACTS = factsOf([
  figure('xuwei', 'gdp', '2025', 90),
  figure('donghai', 'gdp', '2025', 100),
  figure('an', 'gdp', '2025', 90),
  ...provincial('xuwei', [5, 7, 9]),
  ...provincial('donghai', [9, 7, 5]),
]);
const snapshot = (month: string, ranks: Record<string, number>): RankSnapshot => ({
  month,
  entries: Object.entries(ranks).map(([zone, rank]) => ({ zone, rank, score: null })),
});
const HISTORY = [
  snapshot('2026-08', { bei: 4 }),
  snapshot('2026-09', { bei: 1, donghai: 4 }),
  snapshot('2026-10', { bei: 2, donghai: 3, xuwei: 1 }),
];
const RANKING = monthlyRanking({
  plan: MINI,
  facts: FACTS,
  month: '2026-11',
  thresholds: DEFAULT_THRESHOLDS,
  history: HISTORY,
});

const text = (blocks: KnownBlock[]) => blocksToText(blocks);

describe('the ranking message', () => {
  it.each([
    [
      'zh',
      [
        '2026年11月 开发区综合排名',
        '截至 2026年11月30日（北京时间）',
        '第1名 东海开发区 · 70.0分（目标 100.0 · 节点 0.0） · 进位 ↑2 · 🏛 通报表彰',
        '第2名（并列） 安区 · 63.0分（目标 90.0 · 节点 0.0） · 新上榜',
        '第2名（并列） 徐圩新区 · 63.0分（目标 90.0 · 节点 0.0） · 退位 ↓1 · 🏛 约谈整改',
        '第4名 北区 · 0.0分（目标 0.0 · 节点 0.0） · 退位 ↓2 · ⚠️ 约谈整改预警（月度排名连续2个月退位）',
        '综合得分 = 目标得分 × 70% + 节点得分 × 30%',
        '是本机器人根据自己的月度排名作出的预警提示，不是考核结论',
        '对截至2024年的省级开发区综合考评位次推算（🏛），不是本机器人的月度排名',
        '通报表彰：连续2年进位（方案原文：“持续进位”；按连续两年计）',
        '• 东海开发区：通报表彰 — 2023年 第9位→第7位，2024年 第7位→第5位',
        '• 徐圩新区：约谈整改 — 2023年 第5位→第7位，2024年 第7位→第9位',
      ],
    ],
    [
      'en',
      [
        'Development zone composite ranking, Nov 2026',
        'As of 30 Nov 2026 (China Standard Time)',
        '#1 Donghai EDZ · score 70.0 (targets 100.0 · milestones 0.0) · ↑ up 2 places · 🏛 public commendation',
        '#2 (tied) An Zone · score 63.0 (targets 90.0 · milestones 0.0) · new',
        '#2 (tied) Xuwei New Area · score 63.0 (targets 90.0 · milestones 0.0) · ↓ down 1 place · 🏛 interview and rectification',
        '#4 Bei Zone · score 0.0 (targets 0.0 · milestones 0.0) · ↓ down 2 places · ⚠️ interview warning (down in the monthly ranking 2 months running)',
        'Composite score = targets score × 70% + milestones score × 30%',
        "are this bot's early warnings from its own monthly rankings, not an assessment verdict",
        "applied to the provincial assessment ranks up to 2024 (🏛). This is not the bot's monthly ranking",
        'public commendation: up 2 years running (taken as two years running)',
        '• Donghai EDZ: public commendation — 2023: rank 9 → 7, 2024: rank 7 → 5',
        '• Xuwei New Area: interview and rectification — 2023: rank 5 → 7, 2024: rank 7 → 9',
      ],
    ],
  ] as const)('speaks %s', (lang, lines) => {
    const shown = text(rankingView(RANKING, MINI, lang).blocks);
    for (const line of lines) expect(shown).toContain(line);
  });

  it('sums up the leaders and the flags in its notification text', () => {
    expect(rankingView(RANKING, MINI, 'zh').text).toBe(
      '2026年11月 开发区综合排名：第1名 东海开发区（70.0分）、第2名（并列） 安区（63.0分）、第2名（并列） 徐圩新区（63.0分）；' +
        '约谈整改预警 1 个，通报表彰候选 0 个；按方案考核规则推算：约谈整改 1 个，通报表彰 1 个',
    );
    expect(rankingView(RANKING, MINI, 'en').text).toBe(
      'Development zone composite ranking, Nov 2026: #1 Donghai EDZ (score 70.0), #2 (tied) An Zone (score 63.0), #2 (tied) Xuwei New Area (score 63.0); ' +
        "1 interview warning, 0 commendation candidates; by the plan's assessment rules: 1 for interview, 1 for commendation",
    );
  });

  it('names a commendation candidate in both languages', () => {
    const history = [
      snapshot('2026-08', { donghai: 4 }),
      snapshot('2026-09', { donghai: 3 }),
      snapshot('2026-10', { donghai: 2 }),
    ];
    const r = monthlyRanking({ plan: MINI, facts: FACTS, month: '2026-11', thresholds: DEFAULT_THRESHOLDS, history });
    expect(text(rankingView(r, MINI, 'zh').blocks)).toContain(
      '进位 ↑1 · ⭐ 通报表彰候选（月度排名连续3个月进位） · 🏛 通报表彰',
    );
    expect(text(rankingView(r, MINI, 'en').blocks)).toContain(
      '↑ up 1 place · ⭐ commendation candidate (up in the monthly ranking 3 months running)',
    );
  });

  it('shows no change on a first ranking, and says so when nobody has a provincial rank yet', () => {
    const r = monthlyRanking({ plan: MINI, facts: NO_FACTS, month: '2026-11', thresholds: DEFAULT_THRESHOLDS });
    const shown = text(rankingView(r, MINI, 'zh').blocks);
    expect(shown).toContain('第1名（并列） 安区 · 0.0分（目标 0.0 · 节点 0.0）\n');
    expect(shown).toContain('尚无省级开发区综合考评位次数据');
    expect(text(rankingView(r, MINI, 'en').blocks)).toContain('There are no provincial assessment ranks yet');
  });

  it('says where the rules flag no zone, and leaves them out for a plan without them', () => {
    const quiet = factsOf([...provincial('xuwei', [5, 5, 5])]);
    const r = monthlyRanking({ plan: MINI, facts: quiet, month: '2026-11', thresholds: DEFAULT_THRESHOLDS });
    expect(text(rankingView(r, MINI, 'zh').blocks)).toContain(
      '截至2024年的省级考评位次中，没有开发区符合约谈整改或通报表彰的规则',
    );
    const bare = rankingPlan(ZONES, { assessment: false });
    const plain = monthlyRanking({ plan: bare, facts: FACTS, month: '2026-11', thresholds: DEFAULT_THRESHOLDS });
    expect(text(rankingView(plain, bare, 'zh').blocks)).not.toContain('🏛');
  });

  it('marks a zone with nothing to score, and shows the weights configured', () => {
    const r = monthlyRanking({
      plan: MINI,
      facts: NO_FACTS,
      month: '2021-06',
      thresholds: DEFAULT_THRESHOLDS,
      weights: { targets: 0, milestones: 2 },
    });
    const zh = text(rankingView(r, MINI, 'zh').blocks);
    expect(zh).toContain('未排名 安区 · 未评分（尚无到期的目标或节点）');
    expect(zh).toContain('综合得分 = 目标得分 × 0% + 节点得分 × 100%');
    expect(rankingView(r, MINI, 'en').text).toContain('no score (no target or milestone due yet)');
  });

  it('lists the corrections made since a stored ranking was posted', () => {
    const posted: Ranking = {
      ...RANKING,
      entries: RANKING.entries.map((e) => (e.zone === 'xuwei' ? { ...e, score: 71.2, rank: 1 } : e)),
    };
    const corrections = rankingCorrections(posted, RANKING);
    const zh = text(rankingView(posted, MINI, 'zh', { corrections }).blocks);
    expect(zh).toContain('⚠️ 发布后数据有更正（按现有数据重算本月）：\n• 徐圩新区 得分 71.2 → 63.0，名次 第1名 → 第2名');
    const en = text(rankingView(posted, MINI, 'en', { corrections }).blocks);
    expect(en).toContain('• Xuwei New Area: score 71.2 → 63.0, rank #1 → #2');
    expect(text(rankingView(RANKING, MINI, 'zh', { corrections: [] }).blocks)).not.toContain('更正');
  });

  it('counts zones, places and months in English plurals', () => {
    const one = rankingPlan(ZONES.slice(0, 1));
    const r = monthlyRanking({ plan: one, facts: NO_FACTS, month: '2026-11', thresholds: DEFAULT_THRESHOLDS });
    const en = text(rankingView(r, one, 'en').blocks);
    expect(en).toContain('·  1 zone\n');
    expect(text(rankingView(RANKING, MINI, 'en').blocks)).toContain('·  4 zones\n');
    const single = { ...RANKING, warningRules: { fallsInARow: 1, risesInARow: 1 } };
    expect(text(rankingView(single, MINI, 'en').blocks)).toContain(
      '(down 1 month running) and ⭐ commendation candidates (up 1 month running)',
    );
  });

  it('names a zone a stored ranking has and the plan no longer does by its slug', () => {
    const stored: Ranking = {
      ...RANKING,
      entries: [{ ...(RANKING.entries[0] as Ranking['entries'][0]), zone: 'gone' }],
    };
    expect(text(rankingView(stored, MINI, 'zh').blocks)).toContain('第1名 gone · 70.0分');
  });

  it('escapes what zone names carry', () => {
    const hostile = rankingPlan([{ slug: 'x', name: '<!channel>区' }]);
    const r = monthlyRanking({ plan: hostile, facts: NO_FACTS, month: '2026-11', thresholds: DEFAULT_THRESHOLDS });
    const json = JSON.stringify(rankingView(r, hostile, 'zh'));
    expect(json).not.toContain('<!channel>');
    expect(json).toContain('&lt;!channel&gt;区');
  });

  it('ranks the real plan’s twelve zones', () => {
    const r = monthlyRanking({ plan: PLAN, facts: NO_FACTS, month: '2026-11', thresholds: DEFAULT_THRESHOLDS });
    const shown = text(rankingView(r, PLAN, 'zh').blocks);
    expect(shown).toContain('依据 连政发〔2022〕32号');
    expect(shown.match(/第1名（并列）/g)).toHaveLength(12);
    expect(shown).toContain('尚无省级开发区综合考评位次数据');
  });

  it('states the real plan’s rules in its words and what was read into them', () => {
    const facts = factsOf([...provincial('xuwei', [3, 4, 6]), ...provincial('donghai', [30, 25, 20])]);
    const r = monthlyRanking({ plan: PLAN, facts, month: '2026-11', thresholds: DEFAULT_THRESHOLDS });
    const zh = text(rankingView(r, PLAN, 'zh').blocks);
    expect(zh).toContain('约谈整改：连续2年退位（方案原文：“对连续两年退位的开发区进行约谈整改”；方案未写明');
    expect(zh).toContain(
      '通报表彰：连续2年进位（方案原文：“对在省考核中持续进位的开发区给予通报表彰”；方案写作“持续进位”',
    );
    expect(zh).toContain('• 徐圩新区：约谈整改 — 2023年 第3位→第4位，2024年 第4位→第6位');
    expect(zh).toContain('徐圩新区 · 0.0分');
    const en = text(rankingView(r, PLAN, 'en').blocks);
    expect(en).toContain(
      'public commendation: up 2 years running (the plan says “keep rising” without a number of years',
    );
    expect(en).toContain(
      '• Donghai Economic Development Zone: public commendation — 2023: rank 30 → 25, 2024: rank 25 → 20',
    );
  });
});

describe('a ranking of 150 zones', () => {
  const zones = Array.from({ length: 150 }, (_, i) => numberedZone(i + 1));
  const plan = rankingPlan(zones);
  // Every zone distinct, falling in the province two years running, and rising three months running in the bot's.
  const facts = factsOf(
    zones.flatMap((z, i) => [figure(z.slug, 'gdp', '2025', i * 0.6), ...provincial(z.slug, [i + 1, i + 151, i + 301])]),
  );
  const first = monthlyRanking({ plan, facts, month: '2026-11', thresholds: DEFAULT_THRESHOLDS });
  const rankOf = new Map(first.entries.map((e) => [e.zone, e.rank ?? 0]));
  const history = [3, 2, 1].map((back, i) => ({
    month: `2026-${String(8 + i).padStart(2, '0')}`,
    entries: zones.map((z) => ({ zone: z.slug, rank: (rankOf.get(z.slug) ?? 0) + back, score: null })),
  }));
  const ranking = monthlyRanking({ plan, facts, month: '2026-11', thresholds: DEFAULT_THRESHOLDS, history });
  const posted: Ranking = { ...ranking, entries: ranking.entries.map((e) => ({ ...e, score: (e.score ?? 0) + 0.1 })) };
  const corrections = rankingCorrections(posted, ranking);

  it('has every zone flagged and corrected', () => {
    expect(ranking.entries.every((e) => e.warnings.length === 1 && e.official.length === 1)).toBe(true);
    expect(corrections).toHaveLength(150);
  });

  it.each(['zh', 'en'] as const)('fits Slack’s limits and shows every zone (%s)', (lang) => {
    const reply = rankingView(posted, plan, lang, { corrections });
    expect(
      refusal('chat.postMessage', { channel: 'C1', text: reply.text, blocks: reply.blocks }, 'xoxb-1'),
    ).toBeUndefined();
    expect(reply.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
    for (const block of reply.blocks) {
      if (block.type === 'section') expect([...(block.text?.text ?? '')].length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
      if (block.type === 'header') expect([...block.text.text].length).toBeLessThanOrEqual(MAX_HEADER_TEXT);
      if (block.type === 'context') {
        for (const e of block.elements) if ('text' in e) expect([...e.text].length).toBeLessThanOrEqual(2000);
      }
    }
    const shown = text(reply.blocks);
    expect(shown).not.toMatch(/还有 \d+ 项未显示|more not shown/);
    for (const z of zones) {
      const name = lang === 'zh' ? z.name : (z.nameEn as string);
      // In the ranking, among the corrections, and among the official flags.
      expect(shown.split(name).length - 1).toBe(3);
    }
  });
});
