import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_FIGURE_VIEW } from '../../src/views/ids.js';
import { SIGNING_SECRET, startTestApp, type TestApp } from '../support/app-harness.js';
import { PROVIDERS } from '../support/databases.js';
import { figureState, submission } from '../support/modal.js';
import { postInteraction, postSlashCommand } from '../support/slack-request.js';

const ADMIN = 'U0ADMIN01';
const REPORTER = 'U0REPORT1';
const OUTSIDER = 'U0OUTSID1';

interface ModalView {
  callback_id: string;
  private_metadata: string;
  blocks: { block_id?: string; element?: { options?: { value: string }[] } }[];
}

const text = (body: unknown) => JSON.stringify(body);

describe.each(PROVIDERS)('reporting a figure through the modal on $title', ({ provider, skip }) => {
  let t: TestApp;
  const zone = (line: string, user: string) =>
    postSlashCommand(t.baseUrl, SIGNING_SECRET, {
      text: line,
      user_id: user,
      response_url: t.emulator.responseUrl(),
      trigger_id: `trig-${user}`,
    });
  const submit = (user: string, view: ModalView, form: Parameters<typeof figureState>[0]) =>
    postInteraction(t.baseUrl, SIGNING_SECRET, submission(user, view, figureState(form)));
  const figures = () => t.runtime.database.db.figure.count();

  beforeAll(async () => {
    if (skip) return;
    t = await startTestApp(provider, 'report', { ZONE_ADMINS: ADMIN });
    await zone(`admin grant <@${REPORTER}|rep> reporter 徐圩新区`, ADMIN);
  });
  afterAll(() => t?.stop());

  async function openForm(user: string): Promise<ModalView> {
    t.emulator.reset();
    const res = await zone('report xuwei', user);
    expect(res.status).toBe(200);
    const call = await t.emulator.waitFor('views.open');
    expect(call.params.trigger_id).toBe(`trig-${user}`);
    return call.params.view as unknown as ModalView;
  }

  it.skipIf(skip)('opens the form for a reporter of the zone, with its indicators and periods', async () => {
    const view = await openForm(REPORTER);
    expect(view.callback_id).toBe(REPORT_FIGURE_VIEW);
    const options = view.blocks.flatMap((b) => b.element?.options?.map((o) => o.value) ?? []);
    expect(options).toContain('xuwei|gdp');
    expect(options).toContain('2020');
    // The plan ran to December 2025: the form offers its periods, none after.
    expect(options).toContain('2025-12');
    expect(options).not.toContain('2026-01');
    expect(options.some((o) => o.startsWith('*|'))).toBe(false);
  });

  it.skipIf(skip)('shows each bad field its error in the user language and stores nothing', async () => {
    const view = await openForm(REPORTER);
    const res = await submit(REPORTER, view, { indicator: 'xuwei|gdp', period: '2030-01', value: '-5' });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      response_action: 'errors',
      errors: { figure_period: expect.stringContaining('尚未到来'), figure_value: expect.stringContaining('负数') },
    });
    expect(await figures()).toBe(0);
  });

  it.skipIf(skip)('stores a good figure as typed in China, and status shows it', async () => {
    const view = await openForm(REPORTER);
    const res = await submit(REPORTER, view, {
      indicator: 'xuwei|gdp',
      period: '2025-12',
      value: '１,０５０.５亿',
      source: 'https://tjj.example.gov.cn/2025-12',
    });
    expect(res.json).toMatchObject({ response_action: 'update' });
    expect(text(res.json)).toContain('1,050.5亿元');
    const home = await t.emulator.waitFor('views.publish');
    expect(home.params.user_id).toBe(REPORTER);
    const [stored] = await t.runtime.database.db.figure.findMany();
    expect(stored).toMatchObject({
      period: '2025-12',
      value: 1050.5,
      enteredBy: REPORTER,
      source: 'https://tjj.example.gov.cn/2025-12',
    });
    expect(text((await zone('status xuwei', OUTSIDER)).json)).toContain('1,050.5亿元');
  });

  it.skipIf(skip)(
    'keeps a correction as a new revision, and asks for a note when a value is ten times off',
    async () => {
      const view = await openForm(REPORTER);
      const wild = await submit(REPORTER, view, { indicator: 'xuwei|gdp', period: '2025-12', value: '10505' });
      expect(text(wild.json)).toContain('十倍');
      const fixed = await submit(REPORTER, view, {
        indicator: 'xuwei|gdp',
        period: '2025-12',
        value: '1060',
        note: '统计局修订',
      });
      expect(text(fixed.json)).toContain('第 2 次填报');
      expect(await figures()).toBe(2);
      expect(text((await zone('status xuwei', OUTSIDER)).json)).toContain('1,060亿元');
      const trail = text((await zone('history xuwei 地区生产总值', OUTSIDER)).json);
      expect(trail).toMatch(/现行 \*1,060亿元\*.*统计局修订/);
      expect(trail).toMatch(/已更正 \*1,050.5亿元\*/);
      expect(trail).toContain(`<@${REPORTER}>`);
    },
  );

  it.skipIf(skip)('refuses someone who is not the zone reporter, naming who can, and stores nothing', async () => {
    t.emulator.reset();
    const res = await zone('report xuwei', OUTSIDER);
    const answer = text(res.json) + text(t.emulator.responses);
    expect(answer).toContain('没有权限');
    expect(answer).toContain(`<@${REPORTER}>`);
    expect(answer).toContain(`<@${ADMIN}>`);
    expect(t.emulator.callsTo('views.open')).toEqual([]);
    const view = { callback_id: REPORT_FIGURE_VIEW, private_metadata: '{"zone":"xuwei"}' } as ModalView;
    const forged = await submit(OUTSIDER, view, { indicator: 'xuwei|gdp', period: '2025-11', value: '900' });
    expect(text(forged.json)).toContain('没有权限');
    expect(await figures()).toBe(2);
  });

  it.skipIf(skip)('lets only admins set a 2020 baseline and city totals', async () => {
    const view = await openForm(REPORTER);
    const baseline = await submit(REPORTER, view, { indicator: 'xuwei|gdp', period: '2020', value: '500' });
    expect(text(baseline.json)).toContain('没有权限');
    const adminView = await openForm(ADMIN);
    expect(adminView.blocks.flatMap((b) => b.element?.options?.map((o) => o.value) ?? [])).toContain('*|gdp');
    expect(
      text((await submit(ADMIN, adminView, { indicator: 'xuwei|gdp', period: '2020', value: '500' })).json),
    ).toContain('基期');
    expect(
      text((await submit(ADMIN, adminView, { indicator: '*|gdp', period: '2025', value: '4,500' })).json),
    ).toContain('全市');
    expect(await figures()).toBe(4);
  });
});

describe('a slow modal', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('sqlite', 'slow-modal', { ZONE_ADMINS: ADMIN }, { modalBudgetMs: 0 });
  });
  afterAll(() => t?.stop());

  it('opens a loading modal on the trigger at once, then replaces it with the form', async () => {
    await postSlashCommand(t.baseUrl, SIGNING_SECRET, {
      text: 'report xuwei',
      user_id: ADMIN,
      response_url: t.emulator.responseUrl(),
      trigger_id: 'trig-slow',
    });
    const update = await t.emulator.waitFor('views.update');
    const [open] = t.emulator.callsTo('views.open');
    if (!open) throw new Error('no views.open call');
    expect(open.params.trigger_id).toBe('trig-slow');
    expect(JSON.stringify(open.params.view)).toContain('正在准备表单');
    expect(update.params.view_id).toBe((open.response.view as { id: string }).id);
    expect((update.params.view as { callback_id: string }).callback_id).toBe(REPORT_FIGURE_VIEW);
  });
});
