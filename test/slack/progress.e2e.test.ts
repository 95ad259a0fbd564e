import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIRM_DONE_ACTION, REJECT_DONE_ACTION, REPORT_PROGRESS_VIEW } from '../../src/views/ids.js';
import { SIGNING_SECRET, startTestApp, type TestApp } from '../support/app-harness.js';
import { PROVIDERS } from '../support/databases.js';
import { progressState, submission } from '../support/modal.js';
import { postInteraction, postSlashCommand } from '../support/slack-request.js';

const ADMIN = 'U0ADMIN02';
const REPORTER = 'U0REPORT2';
const OFFICER = 'U0OFFICE2';
const STRANGER = 'U0STRANG2';
const MILESTONE = 't19-ftz-linkage-plan';

const text = (body: unknown) => JSON.stringify(body);

describe.each(PROVIDERS)('milestone progress, 签收 → 办结, on $title', ({ provider, skip }) => {
  let t: TestApp;
  const zone = (line: string, user: string) =>
    postSlashCommand(t.baseUrl, SIGNING_SECRET, {
      text: line,
      user_id: user,
      response_url: t.emulator.responseUrl(),
      trigger_id: `trig-${user}`,
    });
  const submitProgress = (user: string, form: Parameters<typeof progressState>[0]) =>
    postInteraction(
      t.baseUrl,
      SIGNING_SECRET,
      submission(user, { callback_id: REPORT_PROGRESS_VIEW, private_metadata: '{"task":19}' }, progressState(form)),
    );
  const click = (user: string, actionId: string, value: string) =>
    postInteraction(t.baseUrl, SIGNING_SECRET, {
      type: 'block_actions',
      user: { id: user, username: user, name: user, team_id: 'T0000TEAM' },
      response_url: t.emulator.responseUrl(`decision-${user}`),
      channel: { id: `D${user}`, name: 'directmessage' },
      container: { type: 'message', message_ts: '1.1', channel_id: `D${user}`, is_ephemeral: false },
      actions: [{ type: 'button', action_id: actionId, value, block_id: 'decision_actions', action_ts: '1.2' }],
    });
  const status = async () => text((await zone('status xuwei', STRANGER)).json);

  beforeAll(async () => {
    if (skip) return;
    t = await startTestApp(provider, 'progress', { ZONE_ADMINS: ADMIN });
    await zone(`admin grant <@${REPORTER}> reporter xuwei`, ADMIN);
    await zone(`admin grant <@${OFFICER}> officer 市商务局`, ADMIN);
  });
  afterAll(() => t?.stop());

  it.skipIf(skip)('opens the form for task 19 with its milestone and the reporter zone', async () => {
    t.emulator.reset();
    await zone('progress 19', REPORTER);
    const call = await t.emulator.waitFor('views.open');
    const view = call.params.view as unknown as {
      callback_id: string;
      blocks: { element?: { options?: { value: string }[] } }[];
    };
    expect(view.callback_id).toBe(REPORT_PROGRESS_VIEW);
    const options = view.blocks.flatMap((b) => b.element?.options?.map((o) => o.value) ?? []);
    expect(options).toEqual(expect.arrayContaining([MILESTONE, 'xuwei', 'done', 'blocked']));
    expect(options).not.toContain('donghai');
  });

  it.skipIf(skip)(
    'refuses a reason-less block and a zone that does not owe the milestone, storing nothing',
    async () => {
      const res = await submitProgress(REPORTER, { milestone: MILESTONE, zone: 'xuwei', state: 'blocked' });
      expect(res.json).toMatchObject({
        response_action: 'errors',
        errors: { progress_note: expect.stringContaining('原因') },
      });
      const wrong = await submitProgress(REPORTER, { milestone: MILESTONE, zone: 'lianyun', state: 'done' });
      expect(text(wrong.json)).toContain('不承担');
      expect(await t.runtime.database.db.milestoneUpdate.count()).toBe(0);
    },
  );

  it.skipIf(skip)(
    'a reporter’s "done" waits for the officer; the milestone stays overdue until confirmed',
    async () => {
      t.emulator.reset();
      const res = await submitProgress(REPORTER, {
        milestone: MILESTONE,
        zone: 'xuwei',
        state: 'done',
        evidence: 'https://example.gov.cn/plan.pdf',
      });
      expect(res.json).toMatchObject({ response_action: 'update' });
      expect(text(res.json)).toContain(`<@${OFFICER}>`);
      const dm = await t.emulator.waitFor((c) => c.method === 'chat.postMessage' && c.params.channel === OFFICER);
      expect(text(dm.params)).toContain(CONFIRM_DONE_ACTION);
      expect(await status()).toMatch(/🔴 2022年9月30日 · 任务19/);
    },
  );

  it.skipIf(skip)('a stranger cannot confirm it; the officer can, once, and the reporter is told', async () => {
    const [update] = await t.runtime.database.db.milestoneUpdate.findMany();
    const id = String(update?.id);
    await click(STRANGER, CONFIRM_DONE_ACTION, id);
    expect(text((await t.emulator.waitForResponse(`decision-${STRANGER}`)).body)).toContain('没有权限');
    expect(await t.runtime.database.db.milestoneConfirmation.count()).toBe(0);

    t.emulator.reset();
    await click(OFFICER, CONFIRM_DONE_ACTION, id);
    const decided = await t.emulator.waitForResponse(`decision-${OFFICER}`);
    expect(decided.body).toMatchObject({ replace_original: true });
    expect(text(decided.body)).toContain('已确认办结');
    const told = await t.emulator.waitFor((c) => c.method === 'chat.postMessage' && c.params.channel === REPORTER);
    expect(text(told.params)).toContain('确认办结');
    expect(await status()).toMatch(/☑️ 2022年9月30日 · 任务19/);

    await click(OFFICER, REJECT_DONE_ACTION, id);
    expect(await t.runtime.database.db.milestoneConfirmation.count()).toBe(1);
  });

  it.skipIf(skip)('an officer’s own "done" needs no confirmation, and history shows the whole trail', async () => {
    const res = await submitProgress(OFFICER, {
      milestone: MILESTONE,
      zone: 'gaoxin',
      state: 'done',
      note: '市商务局核实',
    });
    expect(text(res.json)).not.toContain('⏳');
    const history = text((await zone('history xuwei', STRANGER)).json);
    expect(history).toContain('已确认办结');
    expect(history).toContain(`<@${REPORTER}>`);
  });

  it.skipIf(skip)('lets a unit report on the yearly meetings of 组织保障, which belong to no task', async () => {
    t.emulator.reset();
    await zone('progress 组织保障', OFFICER);
    const call = await t.emulator.waitFor('views.open');
    const options = (
      call.params.view as unknown as { blocks: { element?: { options?: { value: string }[] } }[] }
    ).blocks.flatMap((b) => b.element?.options?.map((o) => o.value) ?? []);
    expect(options).toEqual(expect.arrayContaining(['s3-city-progress-meeting-2022', '*']));
    const res = await postInteraction(
      t.baseUrl,
      SIGNING_SECRET,
      submission(
        OFFICER,
        { callback_id: REPORT_PROGRESS_VIEW, private_metadata: '{"task":null}' },
        progressState({ milestone: 's3-city-progress-meeting-2022', zone: '*', state: 'done' }),
      ),
    );
    expect(res.json).toMatchObject({ response_action: 'update' });
    expect(text((await zone('unit 市商务局', STRANGER)).json)).toMatch(/☑️[^"]*2022年12月31日/);
  });
});
