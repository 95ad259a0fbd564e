import { describe, expect, it } from 'vitest';
import { CJK_FONT_FAMILY } from '../../src/charts/cjk-font.js';
import { bestFirst, type RankingRow } from '../../src/charts/ranking-input.js';
import { changeKind, changeMark, rankingLabels } from '../../src/charts/ranking-labels.js';
import { NAME_MAX, rankingLayout } from '../../src/charts/ranking-layout.js';
import { CHANGE_COLOURS, rankingOption } from '../../src/charts/ranking-option.js';
import { pageRows, rankingPageCount } from '../../src/charts/ranking-pages.js';
import { renderSvg } from '../../src/charts/svg-chart.js';
import { fitText, textWidth } from '../../src/charts/text-width.js';

const ROWS: RankingRow[] = [
  { zone: '市高新区', score: 86.9, rank: 3, change: -1 },
  { zone: '徐圩新区', score: 91.6, rank: 1, change: 0 },
  { zone: '连云港化工园区', score: 63.7, rank: 4, change: 'new' },
  { zone: '市开发区', score: 88.2, rank: 2, change: 2 },
];

describe('the ranking chart', () => {
  it('puts the best first, whatever the order given; tied zones by score, then name', () => {
    expect(bestFirst(ROWS).map((row) => row.rank)).toEqual([1, 2, 3, 4]);
    const tied = bestFirst([
      { zone: '灌云开发区', score: 72.5, rank: 7, change: 0 },
      { zone: '灌南开发区', score: 72.5, rank: 7, change: 0 },
    ]);
    expect(tied.map((row) => row.zone)).toEqual(['灌南开发区', '灌云开发区']);
  });

  it('marks the change since last month as ↑n, ↓n, — or new', () => {
    expect([2, -1, 0, 'new'].map((change) => changeMark(change as RankingRow['change'], '新'))).toEqual([
      '↑2',
      '↓1',
      '—',
      '新',
    ]);
    expect([2, -1, 0, 'new'].map((change) => changeKind(change as RankingRow['change']))).toEqual([
      'up',
      'down',
      'same',
      'new',
    ]);
    expect(rankingLabels('en').newMark).toBe('new');
  });

  it('splits a long ranking into even pages and names them', () => {
    expect(rankingPageCount(12)).toBe(1);
    expect(rankingPageCount(51)).toBe(2);
    const rows = Array.from({ length: 51 }, (_, i) => i);
    expect([pageRows(rows, 1).length, pageRows(rows, 2).length]).toEqual([26, 25]);
    expect(pageRows(rows, 2)[0]).toBe(26);
    expect(rankingLabels('zh').page(2, 3, 51, 100)).toBe('第2/3页 · 第51—100名');
    expect(rankingLabels('en').page(2, 3, 51, 100)).toBe('page 2 of 3 · ranks 51–100');
  });

  it('cuts a name too long for its column with an ellipsis, and leaves the rest whole', () => {
    const long = 'Lianyungang Economic and Technological Development Zone';
    const cut = fitText(long, NAME_MAX, 16);
    expect(cut).toMatch(/^Lianyungang Economic .*…$/);
    expect(textWidth(cut, 16)).toBeLessThanOrEqual(NAME_MAX);
    expect(fitText('连云港经济技术开发区', NAME_MAX, 16)).toBe('连云港经济技术开发区');
    expect(rankingLayout([long], 1).nameWidth).toBe(NAME_MAX);
  });

  it('writes every text in the CJK font, with the zones, scores and coloured marks', async () => {
    const layout = rankingLayout(
      ROWS.map((row) => row.zone),
      ROWS.length,
    );
    const page = { title: '月度排名', subtitle: '2026年11月 · 综合得分', lang: 'zh' as const, rows: bestFirst(ROWS) };
    const svg = await renderSvg(rankingOption(page, layout, CJK_FONT_FAMILY), layout.width, layout.height);
    const families = new Set([...svg.matchAll(/font-family:([^;"]+)/g)].map(([, family]) => family));
    expect([...families]).toEqual([CJK_FONT_FAMILY]);
    for (const text of ['月度排名', '2026年11月 · 综合得分', '徐圩新区', '连云港化工园区', '91.6', '63.7', '较上月']) {
      expect(svg).toContain(`>${text}<`);
    }
    expect(svg).toMatch(new RegExp(`fill="${CHANGE_COLOURS.up}">↑2<`));
    expect(svg).toMatch(new RegExp(`fill="${CHANGE_COLOURS.down}">↓1<`));
    expect(svg).toMatch(new RegExp(`fill="${CHANGE_COLOURS.new}">新<`));
  });

  it('draws names as they are written, markup and braces included', async () => {
    const rows: RankingRow[] = [
      { zone: '<b>A&B</b>', score: 50, rank: 1, change: 0 },
      { zone: '{up|↑9}区', score: 40, rank: 2, change: 0 },
      { zone: '同名', score: 30, rank: 3, change: 0 },
      { zone: '同名', score: 20, rank: 4, change: 0 },
    ];
    const layout = rankingLayout(
      rows.map((row) => row.zone),
      rows.length,
    );
    const page = { title: '<i>排名</i> & 名次', subtitle: '', lang: 'zh' as const, rows };
    const svg = await renderSvg(rankingOption(page, layout, CJK_FONT_FAMILY), layout.width, layout.height);
    expect(svg).toContain('>&lt;b&gt;A&amp;B&lt;/b&gt;<');
    expect(svg).toContain('>&lt;i&gt;排名&lt;/i&gt; &amp; 名次<');
    expect(svg).toContain('>｛up|↑9｝区<');
    expect(svg).not.toContain('>↑9<');
    expect(svg.match(/>同名</g)).toHaveLength(2);
    expect(svg.match(/>20\.0</g)).toHaveLength(1);
  });
});
