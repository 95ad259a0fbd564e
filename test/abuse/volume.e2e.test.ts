import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { ValidFigure } from '../../src/domain/figure-input.js';
import { reportableIndicators } from '../../src/domain/figure-input.js';
import { insertFigures } from '../../src/store/figures-repository.js';
import { SIGNING_SECRET, startTestApp, type TestApp } from '../support/app-harness.js';
import { PROVIDERS } from '../support/databases.js';
import { figureState, submission } from '../support/modal.js';
import { postInteraction, postSlashCommand } from '../support/slack-request.js';

const ADMIN = 'U0ADMIN01';
const REPORTER = 'U0REPORT1';
/** More revisions of one zone, indicator and period than SQLite's 999 bound parameters. */
const SAME_PERIOD = 1_100;
const YEARS = [2020, 2021, 2022, 2023, 2024, 2025];

const text = (body: unknown) => JSON.stringify(body);

/**
 * Six years of every zone's monthly figures with up to three revisions each,
 * and one figure corrected over a thousand times: tens of thousands of rows,
 * generated here rather than committed.
 */
async function generated(plan: TestApp['runtime']['services']['plan']): Promise<ValidFigure[]> {
  const index = await plan.current();
  const out: ValidFigure[] = [];
  for (const zone of index.data.zones) {
    for (const indicator of reportableIndicators(index, zone.slug)) {
      for (const year of YEARS) {
        for (let month = 1; month <= 12; month++) {
          const period = `${year}-${String(month).padStart(2, '0')}`;
          for (let r = 0; r <= (month + year) % 3; r++) {
            out.push({ zone: zone.slug, indicator, period, value: 100 + month + r, note: null, source: null });
          }
        }
      }
    }
  }
  for (let r = 0; r < SAME_PERIOD; r++) {
    out.push({ zone: 'xuwei', indicator: 'gdp', period: '2025-12', value: 900 + (r % 7), note: null, source: null });
  }
  return out;
}

describe.each(PROVIDERS)('a deployment with tens of thousands of revisions on $title', ({ provider, skip }) => {
  let t: TestApp;
  let rows = 0;
  let url = '';
  const zone = (line: string, user = REPORTER) =>
    postSlashCommand(t.baseUrl, SIGNING_SECRET, { text: line, user_id: user, response_url: t.emulator.responseUrl() });

  beforeAll(async () => {
    if (skip) return;
    t = await startTestApp(provider, 'volume', { ZONE_ADMINS: ADMIN });
    url = t.config.databaseUrl;
    await zone(`admin grant <@${REPORTER}|rep> reporter 徐圩新区`, ADMIN);
    const figures = await generated(t.runtime.services.plan);
    rows = figures.length;
    await t.runtime.database.write((tx, log) => insertFigures(tx, log, figures, 'U0SEEDER1', new Date()), {
      timeoutMs: 300_000,
    });
    await t.runtime.feed.sync();
  }, 300_000);
  afterAll(() => t?.stop());

  it.skipIf(skip)('holds tens of thousands of revisions', async () => {
    expect(rows).toBeGreaterThan(20_000);
    expect(await t.runtime.database.db.figure.count()).toBe(rows);
  });

  it.skipIf(skip)('stores the next correction of a much-corrected figure and says so, once', async () => {
    const db = t.runtime.database.db;
    const where = { zone: { slug: 'xuwei' }, indicator: { key: 'gdp' }, period: '2025-12' };
    const before = await db.figure.count({ where });
    expect(before).toBeGreaterThan(SAME_PERIOD);
    const res = await postInteraction(
      t.baseUrl,
      SIGNING_SECRET,
      submission(
        REPORTER,
        { callback_id: 'zone_report_figure' },
        figureState({ indicator: 'xuwei|gdp', period: '2025-12', value: '903' }),
      ),
    );
    expect(res.json).toMatchObject({ response_action: 'update' });
    expect(text(res.json)).toContain(`第 ${before + 1} 次填报`);
    expect(await t.runtime.database.db.figure.count()).toBe(rows + 1);
  });

  it.skipIf(skip)('answers every command on it', async () => {
    for (const line of [
      'status xuwei',
      'targets',
      'targets xuwei',
      'tasks overdue',
      'task 19',
      'zones',
      'unit 市商务局',
      'help',
      'history xuwei',
      'history xuwei 地区生产总值',
      'history 全市',
    ]) {
      const answer = text((await zone(line)).json);
      expect(answer, line).not.toContain('出错');
      expect(answer.length, line).toBeGreaterThan(100);
    }
    expect(text((await zone('status xuwei')).json)).toContain('903亿元');
  });

  it.skipIf(skip)('exports the whole ledger in Slack', async () => {
    t.emulator.reset();
    const res = await zone('export', ADMIN);
    await t.emulator.waitFor('files.completeUploadExternal', 60_000);
    expect(text(res.json) + text(t.emulator.responses)).toContain(`${rows + 1} 条数据`);
    const [upload] = [...t.emulator.uploads.values()];
    const csv = parse(upload?.content?.toString('utf8') ?? '', { bom: true }) as string[][];
    expect(csv.length).toBe(rows + 1 + 1);
  });

  it.skipIf(skip)('exports the whole ledger in a terminal', async () => {
    let out = '';
    const code = await runCli(['export'], { DATABASE_URL: url }, { out: (s) => (out += s), err: () => undefined });
    expect(code).toBe(0);
    expect((parse(out, { bom: true }) as string[][]).length).toBe(rows + 1 + 1);
  });
});
