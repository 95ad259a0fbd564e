import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNING_SECRET, startTestApp, type TestApp } from '../support/app-harness.js';
import { commandBody, EVENTS_PATH, signed, submissionBody } from './slack-body.js';

const ADMIN = 'U0ADMIN01';

/** What the load generator sends must be what zonebot takes: signed, fresh, never a replay. */
describe('the bench’s requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('sqlite', 'benchrequests', { ZONE_ADMINS: ADMIN });
  });
  afterAll(() => t?.stop());

  const post = async (body: string) => {
    const res = await fetch(`${t.baseUrl}${EVENTS_PATH}`, {
      method: 'POST',
      headers: signed(body, SIGNING_SECRET),
      body,
    });
    return { status: res.status, text: await res.text() };
  };

  it('are answered, the same command twice in one second included', async () => {
    const [a, b] = [
      commandBody('status xuwei', 'U0READ01', t.emulator.responseUrl()),
      commandBody('status xuwei', 'U0READ01', t.emulator.responseUrl()),
    ];
    expect(a).not.toBe(b);
    for (const body of [a, b]) {
      const res = await post(body);
      expect(res.status).toBe(200);
      expect(res.text).toContain('"response_type":"ephemeral"');
    }
  });

  it('store each figure submission, a value of its own each time', async () => {
    const writer = { user: ADMIN, zone: 'xuwei', indicator: 'gdp', period: '2025-12', base: 700 };
    const before = await t.runtime.database.db.figure.count();
    for (const nth of [0, 1]) {
      const res = await post(submissionBody(writer, nth));
      expect(res.status).toBe(200);
      expect(res.text).toContain('"response_action":"update"');
    }
    expect(await t.runtime.database.db.figure.count()).toBe(before + 2);
  });
});
