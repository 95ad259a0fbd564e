import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERIFY_FIGURE_ACTION } from '../../src/views/ids.js';
import { SIGNING_SECRET, startTestApp, type TestApp } from '../support/app-harness.js';
import { PROVIDERS } from '../support/databases.js';
import { postSlashCommand } from '../support/slack-request.js';

const ADMIN = 'U0ADMIN01';
const REPORTER = 'U0REPORT1';
const OFFICER = 'U0OFFICE1';
const text = (body: unknown) => JSON.stringify(body);

describe.each(PROVIDERS)('what each person is offered, and who a refusal names, on $title', ({ provider, skip }) => {
  let t: TestApp;
  const zone = (line: string, user: string) =>
    postSlashCommand(t.baseUrl, SIGNING_SECRET, { text: line, user_id: user, response_url: t.emulator.responseUrl() });

  beforeAll(async () => {
    if (skip) return;
    t = await startTestApp(provider, 'offered', { ZONE_ADMINS: ADMIN });
    await zone(`admin grant <@${REPORTER}> reporter xuwei`, ADMIN);
    await zone(`admin grant <@${OFFICER}> officer 市发改委`, ADMIN);
    const figure = { zone: 'xuwei', indicator: 'gdp', period: '2025', value: '1100', note: '', source: '' };
    await t.runtime.services.figures.submit(await t.runtime.runner.actor(REPORTER), figure);
  });
  afterAll(() => t?.stop());

  it.skipIf(skip)("offers the verify button only to the officers of the indicator's field and admins", async () => {
    expect(text((await zone('history xuwei', REPORTER)).json)).not.toContain(VERIFY_FIGURE_ACTION);
    expect(text((await zone('history xuwei', 'U0STRANGR')).json)).not.toContain(VERIFY_FIGURE_ACTION);
    expect(text((await zone('history xuwei', OFFICER)).json)).toContain(VERIFY_FIGURE_ACTION);
    expect(text((await zone('history xuwei', ADMIN)).json)).toContain(VERIFY_FIGURE_ACTION);
  });

  it.skipIf(skip)('never names the refused person among those who could, nor a role nobody holds', async () => {
    t.emulator.reset();
    const res = await zone('progress 组织保障 xuwei', REPORTER);
    const answer = text(res.json) + text(t.emulator.responses);
    expect(answer).toContain('没有权限');
    expect(answer).not.toContain(`<@${REPORTER}>`);
    expect(answer).not.toContain('无人担任');
    expect(answer).toContain(`<@${ADMIN}>`);
  });
});
