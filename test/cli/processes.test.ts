import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { readMigrations } from '../../src/store/migrate.js';
import { finished, runNode, serving } from '../support/child-process.js';
import { preparedDatabaseUrl } from '../support/databases.js';
import { type SlackEmulator, startSlackEmulator } from '../support/slack-emulator.js';

/** Runs a zonebot entry point from source, as a separate process with only the given environment. */
const run = (entry: string, args: string[], env: Record<string, string>) =>
  runNode(['--import', 'tsx', entry, ...args], env);

describe('processes', () => {
  let emulator: SlackEmulator;
  beforeAll(async () => {
    emulator = await startSlackEmulator();
  });
  afterAll(() => emulator.close());

  it('the zonebot command prints an answer and exits 0, or 2 for bad input', async () => {
    const db = await preparedDatabaseUrl('sqlite', 'bin');
    const good = await finished(run('src/cli.ts', ['task', '19'], { DATABASE_URL: db }));
    expect(good.code).toBe(0);
    expect(good.out).toContain('任务19');
    const bad = await finished(run('src/cli.ts', ['task', 'abc'], { DATABASE_URL: db }));
    expect(bad.code).toBe(2);
    expect(bad.err).not.toBe('');
  });

  it('npm start without Slack tokens says exactly what to set', async () => {
    const { code, err } = await finished(run('src/main.ts', [], {}));
    expect(code).toBe(1);
    expect(err).toMatch(/set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET/);
  });

  it('a bad variable stops start-up with one line naming it', async () => {
    const { code, err } = await finished(run('src/main.ts', [], { PORT: 'eighty' }));
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/PORT must be/);
  });

  it('serves until SIGTERM, then stops cleanly', async () => {
    const databaseUrl = await preparedDatabaseUrl('sqlite', 'main');
    const child = run('src/main.ts', [], {
      DATABASE_URL: databaseUrl,
      SLACK_BOT_TOKEN: 'xoxb-process',
      SLACK_SIGNING_SECRET: '0123456789abcdef0123',
      SLACK_API_URL: emulator.apiUrl,
      PORT: '0',
    });
    const done = finished(child);
    const bot = serving(child);
    await expect.poll(bot.ready, { timeout: 15_000 }).toBe(true);
    const health = await fetch(`http://127.0.0.1:${bot.port()}/healthz`);
    expect(health.status).toBe(200);
    const names = readMigrations('sqlite').migrationDirectories.map((d) => d.path);
    expect(await health.json()).toEqual({ status: 'ok', migrations: { applied: names.length, latest: names.at(-1) } });
    // The running bot's database is backed up beside it, and not restored under it.
    const copy = join(mkdtempSync(join(tmpdir(), 'zonebot-copies-')), 'running.db');
    let said = '';
    const io = {
      out: () => {},
      err: (t: string) => {
        said += t;
      },
    };
    expect(await runCli(['backup', copy], { DATABASE_URL: databaseUrl }, io)).toBe(0);
    expect(await runCli(['--lang', 'en', 'restore', copy], { DATABASE_URL: databaseUrl }, io)).toBe(2);
    expect(said).toContain('is open in a running zonebot');
    child.kill('SIGTERM');
    const { code, out } = await done;
    expect(code).toBe(0);
    expect(out).toContain('"msg":"stopping"');
    expect(out).not.toContain('xoxb-process');
  });
});
