import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_FIGURE_VIEW } from '../../src/views/ids.js';
import { SIGNING_SECRET, startTestApp, type TestApp } from '../support/app-harness.js';
import { PROVIDERS } from '../support/databases.js';
import { figureState, submission } from '../support/modal.js';
import { postInteraction, postSlashCommand } from '../support/slack-request.js';

const ADMIN = 'U0ADMIN01';
const PEOPLE = 40;
const reporter = (i: number) => `U0REP${String(i).padStart(4, '0')}`;

describe.each(PROVIDERS)('forty people submitting at once on $title', ({ provider, skip }) => {
  let t: TestApp;

  beforeAll(async () => {
    if (skip) return;
    t = await startTestApp(provider, 'burst', { ZONE_ADMINS: ADMIN });
    for (let i = 0; i < PEOPLE; i++) {
      await postSlashCommand(t.baseUrl, SIGNING_SECRET, {
        text: `admin grant <@${reporter(i)}> reporter 徐圩新区`,
        user_id: ADMIN,
        response_url: t.emulator.responseUrl(),
      });
    }
  }, 60_000);
  afterAll(() => t?.stop());

  it.skipIf(skip)(
    'each get an answer that says what happened, and every figure is stored once',
    async () => {
      const before = await t.runtime.database.db.figure.count();
      const answers = await Promise.all(
        Array.from({ length: PEOPLE }, (_, i) =>
          postInteraction(
            t.baseUrl,
            SIGNING_SECRET,
            submission(
              reporter(i),
              { callback_id: REPORT_FIGURE_VIEW },
              figureState({
                indicator: 'xuwei|gdp',
                // Year-to-date figures, January to December, each a plausible share of a year's GDP.
                period: `2025-${String((i % 12) + 1).padStart(2, '0')}`,
                value: String(80 * ((i % 12) + 1) + i),
              }),
            ),
          ),
        ),
      );
      for (const res of answers) {
        expect(res.status).toBe(200);
        expect(res.json).toMatchObject({ response_action: 'update' });
      }
      // Those acknowledged as "saving" are told the outcome afterwards.
      const saving = answers.filter((r) => JSON.stringify(r.json).includes('正在保存')).length;
      await expect.poll(() => t.emulator.callsTo('views.update').length, { timeout: 30_000 }).toBe(saving);
      expect(await t.runtime.database.db.figure.count()).toBe(before + PEOPLE);
    },
    60_000,
  );
});
