import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, isStale, startArgs } from '../support/build.js';
import { finished, runNode, serving } from '../support/child-process.js';
import { preparedDatabaseUrl } from '../support/databases.js';
import { type SlackEmulator, startSlackEmulator } from '../support/slack-emulator.js';
import { postSlashCommand } from '../support/slack-request.js';

const SECRET = '0123456789abcdef0123';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

// The tests elsewhere run the TypeScript sources; these run what users run, the bundle the build
// links from them. A build older than the sources would test yesterday's code: skipped while
// developing, an error in CI, whose `npm ci` has just built it.
const stale = isStale();
if (stale && process.env.CI) throw new Error('dist/ is missing or older than the sources after npm ci');
if (stale) process.stderr.write('built.test.ts: SKIPPED, dist/ is older than the sources; npm run build, then test\n');

describe.skipIf(stale)('the build users run (dist/bundle)', () => {
  let emulator: SlackEmulator;
  beforeAll(async () => {
    emulator = await startSlackEmulator();
  });
  afterAll(() => emulator?.close());

  it('the zonebot bin answers in a terminal', async () => {
    const db = await preparedDatabaseUrl('sqlite', 'bundle-bin');
    const { code, out, err } = await finished(runNode([CLI, 'task', '19'], { DATABASE_URL: db }));
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('任务19');
  });

  it('the bin migrates a new database with the schema engine linked into it', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'zonebot-bundle-')), 'new.db');
    const { code, out, err } = await finished(runNode([CLI, 'task', '19'], { DATABASE_URL: `file:${path}` }));
    expect(err).toBe(`zonebot: created a new, empty database at ${path}\n`);
    expect(code).toBe(0);
    expect(out).toContain('任务19');
  });

  it('npm start serves Slack: healthy, a signed /zone answered as JSON, and a clean stop', async () => {
    const child = runNode(startArgs(), {
      DATABASE_URL: await preparedDatabaseUrl('sqlite', 'bundle-main'),
      SLACK_BOT_TOKEN: 'xoxb-bundle',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: emulator.apiUrl,
      PORT: '0',
    });
    const done = finished(child);
    const bot = serving(child);
    await expect.poll(bot.ready, { timeout: 15_000 }).toBe(true);
    const baseUrl = `http://127.0.0.1:${bot.port()}`;
    expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
    const answer = await postSlashCommand(baseUrl, SECRET, {
      text: 'status xuwei',
      response_url: emulator.responseUrl(),
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.text).toContain('徐圩新区');
    child.kill('SIGTERM');
    expect((await done).code).toBe(0);
  });

  it('the bin draws the ranking chart in the bundled drawing process', async () => {
    const png = join(mkdtempSync(join(tmpdir(), 'zonebot-bundle-')), 'ranking.png');
    const db = await preparedDatabaseUrl('sqlite', 'bundle-chart');
    const { code, err } = await finished(runNode([CLI, 'rank', '--out', png], { DATABASE_URL: db }));
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(readFileSync(png).subarray(0, 4)).toEqual(PNG);
  });
});
