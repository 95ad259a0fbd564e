import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlitePath } from '../../src/store/database.js';
import { REPORT_FIGURE_VIEW } from '../../src/views/ids.js';
import { SIGNING_SECRET, startTestApp, type TestApp } from '../support/app-harness.js';
import { PROVIDERS } from '../support/databases.js';
import { figureState, submission } from '../support/modal.js';
import { postInteraction, postSlashCommand } from '../support/slack-request.js';

const ADMIN = 'U0ADMIN01';
const REPORTER = 'U0REPORT1';

/** Another connection holding the database's write lock, as a long import in the terminal would. */
async function holdWriteLock(t: TestApp): Promise<() => Promise<void>> {
  const url = t.config.databaseUrl;
  if (url.startsWith('file:')) {
    const other = new Database(sqlitePath(url));
    other.exec('BEGIN IMMEDIATE');
    return async () => {
      other.exec('COMMIT');
      other.close();
    };
  }
  const other = new pg.Client({ connectionString: url });
  await other.connect();
  await other.query('BEGIN');
  await other.query('LOCK TABLE "Figure" IN EXCLUSIVE MODE');
  return async () => {
    await other.query('COMMIT');
    await other.end();
  };
}

describe.each(PROVIDERS)('a submission while another writer holds the lock on $title', ({ provider, skip }) => {
  let t: TestApp;

  beforeAll(async () => {
    if (skip) return;
    t = await startTestApp(provider, 'writelock', { ZONE_ADMINS: ADMIN }, { writeBudgetMs: 300 });
    await postSlashCommand(t.baseUrl, SIGNING_SECRET, {
      text: `admin grant <@${REPORTER}|rep> reporter 徐圩新区`,
      user_id: ADMIN,
      response_url: t.emulator.responseUrl(),
    });
  });
  afterAll(() => t?.stop());

  it.skipIf(skip)(
    'is acknowledged at once as saving, and told it was saved when the lock is let go',
    async () => {
      t.emulator.reset();
      const before = await t.runtime.database.db.figure.count();
      const release = await holdWriteLock(t);
      let answered = false;
      try {
        const res = await postInteraction(
          t.baseUrl,
          SIGNING_SECRET,
          submission(
            REPORTER,
            { id: 'V0LOCKED1', callback_id: REPORT_FIGURE_VIEW },
            figureState({ indicator: 'xuwei|gdp', period: '2025-12', value: '1050' }),
          ),
        );
        answered = true;
        expect(res.status).toBe(200);
        expect(JSON.stringify(res.json)).toContain('正在保存');
        expect(await t.runtime.database.db.figure.count()).toBe(before);
        expect(t.emulator.callsTo('views.update')).toHaveLength(0);
      } finally {
        await release();
      }
      expect(answered).toBe(true);
      const update = await t.emulator.waitFor('views.update', 30_000);
      expect(update.params.view_id).toBe('V0LOCKED1');
      expect(JSON.stringify(update.params.view)).toContain('已保存');
      expect(await t.runtime.database.db.figure.count()).toBe(before + 1);
    },
    60_000,
  );

  it.skipIf(skip)('still refuses a bad figure under its field at once, lock or no lock', async () => {
    const release = await holdWriteLock(t);
    try {
      const res = await postInteraction(
        t.baseUrl,
        SIGNING_SECRET,
        submission(
          REPORTER,
          { callback_id: REPORT_FIGURE_VIEW },
          figureState({ indicator: 'xuwei|gdp', period: '2030-01', value: 'abc' }),
        ),
      );
      expect(res.json).toMatchObject({ response_action: 'errors' });
    } finally {
      await release();
    }
  });
});
