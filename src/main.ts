import './pretenuring.js';
import './wasm-tiers.js';
import { createRuntime } from './bootstrap.js';
import { type Config, ConfigError, loadConfig, NO_SLACK_MESSAGE } from './config.js';
import { createLogger } from './logger.js';
import { createSlackApp, writeLanes } from './slack/app.js';
import { webApiPoster } from './slack/poster.js';

function configOrExit(): Config & { slack: NonNullable<Config['slack']> } {
  try {
    const config = loadConfig();
    if (!config.slack) throw new ConfigError(NO_SLACK_MESSAGE);
    return { ...config, slack: config.slack };
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`zonebot: ${err.message}\n`);
    process.exit(1);
  }
}

/** The composition root: config → database → services → Slack → migrations and plan → ready. */
async function main(): Promise<void> {
  const config = configOrExit();
  const logger = createLogger(config.logLevel);
  const runtime = await createRuntime(config, logger);
  let ready = false;
  const slack = createSlackApp(
    config.slack,
    {
      runner: runtime.runner,
      services: runtime.services,
      logger,
      isReady: () => ready,
      migrations: runtime.migrations,
      writeLanes: writeLanes(runtime.database.provider),
    },
    config.port,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await slack.stop().catch((err: unknown) => logger.error({ err }, 'error while stopping Slack'));
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  // Every delivery is checked at the door and every listener catches its own failures; should
  // anything still escape, one bad request is logged rather than taking everyone's bot down.
  process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection'));

  const port = await slack.start();
  logger.info({ mode: config.slack.mode, port }, 'serving Slack');
  await runtime.prepare({ follow: true });
  ready = true;
  logger.info('ready');
  // Serving starts first: the jobs start, and catch up, once the first answers are out.
  if (config.jobs.enabled) await runtime.startJobs(webApiPoster(config.slack.botToken, config.slack.apiUrl));
}

main().catch((err: unknown) => {
  process.stderr.write(
    `zonebot: failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
