import { Writable } from 'node:stream';
import { createRuntime, type Runtime } from '../../src/bootstrap.js';
import { type Config, loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createSlackApp, type SlackRuntime, writeLanes } from '../../src/slack/app.js';
import type { Provider } from '../../src/store/database.js';
import { preparedDatabaseUrl } from './databases.js';
import { type SlackEmulator, startSlackEmulator } from './slack-emulator.js';

export const SIGNING_SECRET = 'e2e0c0ffee0ddba11e2e0c0ffee0ddba';
export const BOT_TOKEN = 'xoxb-zonebot-test';
/** 2026-11-28 10:00 in Shanghai: after the plan period, like the real today. */
export const TEST_NOW = new Date('2026-11-28T02:00:00Z');

export interface TestApp {
  baseUrl: string;
  config: Config;
  emulator: SlackEmulator;
  runtime: Runtime;
  slack: SlackRuntime;
  /** Every JSON line the app logged. */
  logs: Record<string, unknown>[];
  setReady(ready: boolean): void;
  setNow(now: Date): void;
  stop(): Promise<void>;
}

/** A log destination that keeps each pino line, so tests can see what was logged. */
function capture(lines: Record<string, unknown>[]): Writable {
  return new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
}

/**
 * The whole app as `npm start` builds it, on port 0, against a fresh database
 * and a Slack Web API emulator on loopback.
 */
export async function startTestApp(
  provider: Provider,
  label: string,
  env: Record<string, string> = {},
  options: { modalBudgetMs?: number; writeBudgetMs?: number; databaseUrl?: string } = {},
): Promise<TestApp> {
  const emulator = await startSlackEmulator();
  const config = loadConfig({
    DATABASE_URL: options.databaseUrl ?? (await preparedDatabaseUrl(provider, label)),
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: emulator.apiUrl,
    PORT: '0',
    ...env,
  });
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger('info', capture(logs));
  let now = TEST_NOW;
  const runtime = await createRuntime(config, logger, () => now);
  let ready = false;
  if (!config.slack) throw new Error('test app needs Slack settings');
  const slack = createSlackApp(
    config.slack,
    {
      runner: runtime.runner,
      services: runtime.services,
      logger,
      isReady: () => ready,
      migrations: runtime.migrations,
      // A loaded test machine can take longer than the production budget to build a form; tests of the
      // loading-modal path set a short budget themselves.
      modalBudgetMs: options.modalBudgetMs ?? 2_500,
      writeBudgetMs: options.writeBudgetMs,
      writeLanes: writeLanes(runtime.database.provider),
    },
    0,
  );
  const port = await slack.start();
  await runtime.prepare({ follow: true });
  ready = true;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    config,
    emulator,
    runtime,
    slack,
    logs,
    setReady: (r) => {
      ready = r;
    },
    setNow: (n) => {
      now = n;
    },
    async stop() {
      await slack.stop();
      await runtime.close();
      await emulator.close();
    },
  };
}
