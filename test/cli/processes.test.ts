import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { readMigrations } from '../../src/store/migrate.js';
import { preparedDatabaseUrl } from '../support/databases.js';
import { type SlackEmulator, startSlackEmulator } from '../support/slack-emulator.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs a zonebot entry point from source, as a separate process with only the given environment. */
function run(entry: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function finished(child: ChildProcess): Promise<{ code: number | null; out: string; err: string }> {
  let out = '';
  let err = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    err += d;
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out, err })));
}

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
    let port = 0;
    let ready = false;
    child.stdout?.on('data', (d: Buffer) => {
      for (const line of String(d).split('\n').filter(Boolean)) {
        const entry = JSON.parse(line) as { msg: string; port?: number };
        if (entry.msg === 'serving Slack') port = entry.port ?? 0;
        if (entry.msg === 'ready') ready = true;
      }
    });
    await expect.poll(() => ready, { timeout: 15_000 }).toBe(true);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
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
