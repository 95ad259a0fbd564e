import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REPORT_FIGURE_VIEW, RUN_COMMAND_ACTION } from '../../src/views/ids.js';
import { SIGNING_SECRET, startTestApp, TEST_NOW, type TestApp } from '../support/app-harness.js';
import { PROVIDERS } from '../support/databases.js';
import { figureState, submission } from '../support/modal.js';
import { postEvent, postInteraction, postSlashCommand } from '../support/slack-request.js';

const ADMIN = 'U0ADMIN03';
const REPORTER = 'U0REPORT3';
const LEADER = 'U0LEADER3';
const PLAIN = 'U0PLAIN03';
/** 2025-11-20 in Shanghai: inside the plan, with October's figures due on the 14th. */
const LATE_2025 = new Date('2025-11-20T02:00:00Z');

interface Block {
  type: string;
  text?: { text: string };
  elements?: { text?: string }[];
  accessory?: { action_id: string; value: string };
}
interface HomeView {
  type: string;
  blocks: Block[];
}

const textOf = (view: HomeView) =>
  view.blocks.map((b) => [b.text?.text ?? '', ...(b.elements ?? []).map((e) => e.text ?? '')].join('\n')).join('\n');
const buttonsOf = (view: HomeView) =>
  view.blocks.flatMap((b) => (b.accessory?.action_id === RUN_COMMAND_ACTION ? [b.accessory.value] : []));

describe.each(PROVIDERS)('the App Home tab on $title', ({ provider, skip }) => {
  let t: TestApp;
  const zone = (line: string, user: string) =>
    postSlashCommand(t.baseUrl, SIGNING_SECRET, { text: line, user_id: user, response_url: t.emulator.responseUrl() });

  async function openHome(user: string, tab = 'home'): Promise<HomeView> {
    const res = await postEvent(t.baseUrl, SIGNING_SECRET, {
      type: 'app_home_opened',
      user,
      channel: `D${user}`,
      tab,
      event_ts: '1700000000.000100',
    });
    expect(res.status).toBe(200);
    const call = await t.emulator.waitFor('views.publish');
    expect(call.params.user_id).toBe(user);
    expect(call.status).toBe(200);
    return call.params.view as unknown as HomeView;
  }

  beforeAll(async () => {
    if (skip) return;
    t = await startTestApp(provider, 'home', { ZONE_ADMINS: ADMIN });
    await zone(`admin grant <@${REPORTER}> reporter xuwei`, ADMIN);
    await zone(`admin grant <@${LEADER}> leadership`, ADMIN);
  });
  afterAll(() => t?.stop());
  beforeEach(() => t?.emulator.reset());
  afterEach(() => t?.setNow(TEST_NOW));

  it.skipIf(skip)('shows a reporter their zone’s overdue milestones and the figures due and missing', async () => {
    t.setNow(LATE_2025);
    const view = await openHome(REPORTER);
    expect(view.type).toBe('home');
    const text = textOf(view);
    expect(text).toContain('徐圩新区填报员');
    expect(text).toContain('*徐圩新区* · 待办');
    expect(text).toContain('到期未报数据');
    expect(text).toContain('• 一般公共预算收入：2025年10月、2025年9月');
    expect(text).toContain('任务19 制定自贸试验区联动创新发展区平台建设方案 — 逾期');
    const buttons = buttonsOf(view);
    expect(buttons).toContain('report xuwei');
    expect(buttons).toContain('progress 19 xuwei');
    expect(buttons.every((b) => /^(report xuwei|progress \d+ xuwei)$/.test(b))).toBe(true);
    expect(text).not.toContain('全市开发区总览');
  });

  it.skipIf(skip)('drops a figure from the list once it is reported', async () => {
    t.setNow(LATE_2025);
    const view = { callback_id: REPORT_FIGURE_VIEW, private_metadata: '{"zone":"xuwei"}' };
    const form = figureState({ indicator: 'xuwei|budget_revenue', period: '2025-10', value: '36' });
    const res = await postInteraction(t.baseUrl, SIGNING_SECRET, submission(REPORTER, view, form));
    expect(JSON.stringify(res.json)).toContain('36');
    // The reporter's Home is published again on its own, once submissions pause.
    const republished = await t.emulator.waitFor('views.publish');
    expect(republished.params.user_id).toBe(REPORTER);
    const lines = textOf(republished.params.view as unknown as HomeView).split('\n');
    expect(lines.find((l) => l.startsWith('• 一般公共预算收入'))).toMatch(/^• 一般公共预算收入：2025年9月、/);
    expect(lines.find((l) => l.startsWith('• 外贸进出口总额'))).toMatch(/^• 外贸进出口总额：2025年10月、/);
  });

  it.skipIf(skip)('answers in English for someone who asked for it', async () => {
    t.setNow(LATE_2025);
    await zone('lang en', REPORTER);
    t.emulator.reset();
    const text = textOf(await openHome(REPORTER));
    await zone('lang zh', REPORTER);
    expect(text).toContain('reporter for Xuwei New Area');
    expect(text).toMatch(/\d+ figures due and not in/);
    expect(text).toContain('• Total foreign trade (imports and exports): Oct 2025, Sep 2025');
  });

  it.skipIf(skip)('gives leadership the city overview of all 12 zones, worst first', async () => {
    const view = await openHome(LEADER);
    const text = textOf(view);
    expect(text).toContain('全市开发区总览');
    const lines = text.split('\n').filter((l) => / · 逾期节点 \d+$/.test(l));
    expect(lines).toHaveLength(12);
    // Red lights first (past the plan's end a target without its final figure is red), then overdue milestones.
    const keys = lines.map((l) => [Number(/🔴 (\d+)/.exec(l)?.[1]), Number(/(\d+)$/.exec(l)?.[1])] as const);
    expect(keys).toEqual([...keys].sort((a, b) => b[0] - a[0] || b[1] - a[1]));
    expect(buttonsOf(view)).toEqual([]);
  });

  it.skipIf(skip)('gives someone without a role the guide', async () => {
    const view = await openHome(PLAIN);
    const text = textOf(view);
    expect(text).toContain('/zone help');
    expect(text).toContain('`xuwei`');
    expect(text).not.toContain('待办');
    expect(text).not.toContain('全市开发区总览');
  });

  it.skipIf(skip)('publishes nothing for the Messages tab', async () => {
    const res = await postEvent(t.baseUrl, SIGNING_SECRET, {
      type: 'app_home_opened',
      user: PLAIN,
      channel: `D${PLAIN}`,
      tab: 'messages',
      event_ts: '1700000000.000200',
    });
    expect(res.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(t.emulator.callsTo('views.publish')).toEqual([]);
  });

  it.skipIf(skip)('a Home button opens its modal on the click’s trigger', async () => {
    const view = await openHome(REPORTER);
    expect(buttonsOf(view)).toContain('report xuwei');
    t.emulator.reset();
    const res = await postInteraction(t.baseUrl, SIGNING_SECRET, {
      type: 'block_actions',
      user: { id: REPORTER, username: 'rep', name: 'rep', team_id: 'T0000TEAM' },
      trigger_id: 'trig-home-click',
      container: { type: 'view', view_id: 'V0HOME' },
      view: { id: 'V0HOME', type: 'home', blocks: view.blocks },
      actions: [
        { type: 'button', action_id: RUN_COMMAND_ACTION, value: 'report xuwei', block_id: 'b', action_ts: '1.2' },
      ],
    });
    expect(res.status).toBe(200);
    const call = await t.emulator.waitFor('views.open');
    expect(call.params.trigger_id).toBe('trig-home-click');
    expect((call.params.view as { callback_id?: string }).callback_id).toBe(REPORT_FIGURE_VIEW);
  });

  it.skipIf(skip)(
    'a Home click whose answer is a message shows it in a modal, since Home has no conversation',
    async () => {
      t.emulator.reset();
      await postInteraction(t.baseUrl, SIGNING_SECRET, {
        type: 'block_actions',
        user: { id: REPORTER, username: 'rep', name: 'rep', team_id: 'T0000TEAM' },
        trigger_id: 'trig-home-status',
        container: { type: 'view', view_id: 'V0HOME' },
        view: { id: 'V0HOME', type: 'home', blocks: [] },
        actions: [
          { type: 'button', action_id: RUN_COMMAND_ACTION, value: 'status xuwei', block_id: 'b', action_ts: '1.3' },
        ],
      });
      const call = await t.emulator.waitFor('views.open');
      expect(call.params.trigger_id).toBe('trig-home-status');
      expect(JSON.stringify(call.params.view)).toContain('徐圩新区 · 推进情况');
    },
  );
});
