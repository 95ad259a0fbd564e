import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TERMINAL_ACTOR } from '../../src/domain/roles.js';
import { RUN_COMMAND_ACTION } from '../../src/views/ids.js';
import { SIGNING_SECRET, startTestApp, type TestApp } from '../support/app-harness.js';
import { PROVIDERS } from '../support/databases.js';
import { postSlashCommand } from '../support/slack-request.js';

const INDICATORS = ['gdp', 'budget_revenue', 'foreign_trade'];
/** Three indicators' year-to-date totals monthly from 2021 to 2025, each corrected once: 180 groups, 360 revisions. */
function csv(): string {
  const rows = ['zone,indicator,period,value,note,source'];
  for (let year = 2021; year <= 2025; year++)
    for (let month = 1; month <= 12; month++)
      for (const [i, indicator] of INDICATORS.entries()) {
        const period = `${year}-${String(month).padStart(2, '0')}`;
        rows.push(`xuwei,${indicator},${period},${Math.round(((600 + i * 60) * month) / 12)},,`);
      }
  return rows.join('\n');
}

interface Block {
  type: string;
  text?: { text: string };
  elements?: { action_id?: string; value?: string }[];
}

describe.each(PROVIDERS)('a long figure history, a page at a time, on $title', ({ provider, skip }) => {
  let t: TestApp;
  const zone = async (text: string) =>
    (
      await postSlashCommand(t.baseUrl, SIGNING_SECRET, {
        text,
        user_id: 'U0READER1',
        response_url: t.emulator.responseUrl(),
      })
    ).json as { blocks: Block[] };
  /** Each shown group's title, e.g. "地区生产总值 · 2025年12月". */
  const groups = (blocks: Block[]) =>
    blocks.flatMap((b) =>
      b.type === 'section' && b.text?.text.includes('•') ? [b.text.text.split('\n')[0] ?? ''] : [],
    );
  const more = (blocks: Block[]) =>
    blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === RUN_COMMAND_ACTION)?.value ?? null;

  beforeAll(async () => {
    if (skip) return;
    t = await startTestApp(provider, 'history-pages');
    const { ledger, plan } = t.runtime.services;
    const index = await plan.get();
    const first = await ledger.importBytes(TERMINAL_ACTOR, index, Buffer.from(csv()), false);
    expect(first.kind).toBe('imported');
    const corrected = csv().replace(/,(\d+),,$/gm, (_, v) => `,${Number(v) + 1},,`);
    expect((await ledger.importBytes(TERMINAL_ACTOR, index, Buffer.from(corrected), false)).kind).toBe('imported');
  }, 60_000);
  afterAll(() => t?.stop());

  it.skipIf(skip)('shows the newest groups first and pages on by the More button to the last', async () => {
    const seen: string[] = [];
    let page = await zone('history xuwei');
    expect(JSON.stringify(page)).toContain('节点进展');
    for (let pages = 1; ; pages++) {
      const shown = groups(page.blocks);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.length).toBeLessThanOrEqual(20);
      seen.push(...shown);
      const next = more(page.blocks);
      if (!next) {
        expect(pages).toBe(9);
        break;
      }
      expect(next).toMatch(/^history xuwei --after \d{4}-\d{2}\/[a-z_]+$/);
      page = await zone(next);
      expect(JSON.stringify(page)).toContain('填报记录（续）');
      expect(JSON.stringify(page)).not.toContain('节点进展');
    }
    expect(seen).toHaveLength(180);
    expect(new Set(seen).size).toBe(180);
    expect(seen[0] ?? '').toContain('2025年12月');
    expect(seen[seen.length - 1] ?? '').toContain('2021年1月');
  });

  it.skipIf(skip)('shows both revisions of each group, the newest as current', async () => {
    const page = await zone('history xuwei 地区生产总值');
    const text = JSON.stringify(page);
    expect(text).toContain('现行 *601亿元*');
    expect(text).toContain('已更正 *600亿元*');
  });

  it.skipIf(skip)('refuses a hand-edited page position plainly', async () => {
    expect(JSON.stringify(await zone('history xuwei --after 2025-13/gdp'))).toContain('不是有效的翻页位置');
    expect(JSON.stringify(await zone('history xuwei --after 2025-01/nonsense'))).toContain('不是有效的翻页位置');
  });
});
