import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_FIGURE_VIEW } from '../../src/views/ids.js';
import { SIGNING_SECRET, startTestApp, type TestApp } from '../support/app-harness.js';
import { PROVIDERS } from '../support/databases.js';
import { figureState, submission } from '../support/modal.js';
import { postInteraction, postSlashCommand } from '../support/slack-request.js';

const ADMIN = 'U0ADMIN01';
const REPORTER = 'U0REPORT1';
const text = (body: unknown) => JSON.stringify(body);

describe.each(PROVIDERS)('two processes on one database on $title', ({ provider, skip }) => {
  let a: TestApp;
  let b: TestApp;
  const zone = (app: TestApp, line: string, user: string) =>
    postSlashCommand(app.baseUrl, SIGNING_SECRET, {
      text: line,
      user_id: user,
      response_url: app.emulator.responseUrl(),
    });
  const submit = (app: TestApp, value: string, period = '2025-12') =>
    postInteraction(
      app.baseUrl,
      SIGNING_SECRET,
      submission(REPORTER, { callback_id: REPORT_FIGURE_VIEW }, figureState({ indicator: 'xuwei|gdp', period, value })),
    );

  beforeAll(async () => {
    if (skip) return;
    const env = { ZONE_ADMINS: ADMIN, CHANGE_POLL_MS: '100' };
    a = await startTestApp(provider, 'two-a', env);
    b = await startTestApp(provider, 'two-b', env, { databaseUrl: a.config.databaseUrl });
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  it.skipIf(skip)('honours on B a role granted on A, at once', async () => {
    expect(text((await submit(b, '1000')).json)).toContain('没有权限');
    await zone(a, `admin grant <@${REPORTER}|rep> reporter 徐圩新区`, ADMIN);
    expect((await submit(b, '1000')).json).toMatchObject({ response_action: 'update' });
    await expect.poll(async () => text((await zone(b, 'admin roles', ADMIN)).json)).toContain(`<@${REPORTER}>`);
  });

  it.skipIf(skip)('refuses on B a role revoked on A, at once', async () => {
    await zone(a, `admin revoke <@${REPORTER}|rep> reporter 徐圩新区`, ADMIN);
    const before = await b.runtime.database.db.figure.count();
    expect(text((await submit(b, '1010')).json)).toContain('没有权限');
    expect(await b.runtime.database.db.figure.count()).toBe(before);
  });

  it.skipIf(skip)('shows on B, within a moment, a figure written through A', async () => {
    await zone(a, `admin grant <@${REPORTER}|rep> reporter 徐圩新区`, ADMIN);
    expect((await submit(a, '1234', '2025')).json).toMatchObject({ response_action: 'update' });
    await expect
      .poll(async () => text((await zone(b, 'status xuwei', REPORTER)).json), { timeout: 3_000 })
      .toContain('1,234亿元');
  });

  it.skipIf(skip)('answers on B in the language chosen on A', async () => {
    await zone(a, 'lang en', REPORTER);
    await expect
      .poll(async () => text((await zone(b, 'status xuwei', REPORTER)).json), { timeout: 3_000 })
      .toContain('Xuwei New Area');
  });
});
