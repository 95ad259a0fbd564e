import { COMMANDS } from '../commands/index.js';
import { CommandRunner } from '../commands/runner.js';
import type { Config } from './config.js';
import { jobsText } from './i18n/messages/jobs.js';
import { Delivery, type DeliveryOptions } from './jobs/delivery.js';
import type { JobDeps } from './jobs/job.js';
import { ADMIN_NOTICES, adminNotice } from './jobs/notices.js';
import type { Poster } from './jobs/poster.js';
import { AFTER_START_QUIET, untilQuiet } from './jobs/quiet.js';
import { JOBS } from './jobs/registry.js';
import type { Scheduler } from './jobs/scheduler.js';
import type { Logger } from './logger.js';
import { planFileHashes } from './plan/plan-paths.js';
import { AssessmentService } from './services/assessment-service.js';
import { CalendarService } from './services/calendar-service.js';
import { ChangeFeed } from './services/change-feed.js';
import { ChannelsService } from './services/channels-service.js';
import { FactsService } from './services/facts-service.js';
import { FiguresService } from './services/figures-service.js';
import { LedgerService } from './services/ledger-service.js';
import { PeopleService } from './services/people-service.js';
import { PlanService } from './services/plan-service.js';
import { PostsService } from './services/posts-service.js';
import { ProgressService } from './services/progress-service.js';
import { RankingService } from './services/ranking-service.js';
import { ReceiptsService } from './services/receipts-service.js';
import { RolesService } from './services/roles-service.js';
import type { Services } from './services/services.js';
import { type Database, openDatabase } from './store/database.js';
import { type MigrationLevel, migrate, readMigrationLevel } from './store/migrate.js';
import { loadPlan } from './store/plan-loader.js';
import { channelLink } from './views/mrkdwn.js';

export interface Runtime {
  database: Database;
  services: Services;
  runner: CommandRunner;
  feed: ChangeFeed;
  jobDeps: JobDeps;
  /** Posting to Slack as the jobs do, through `poster`: claimed once, retried, paced. */
  delivery(poster: Poster, options?: DeliveryOptions): Delivery;
  /**
   * Starts the jobs on their schedules (catching up what was missed), posting
   * through `poster`, once the process has been idle a moment after its start.
   */
  startJobs(poster: Poster): Promise<void>;
  /**
   * Applies pending migrations, loads the plan file if it changed and, for a
   * long-running process, reads the figures into memory and follows the change
   * feed from then on.
   */
  prepare(options?: { follow?: boolean }): Promise<void>;
  /** The database's migration level as `prepare` left it, read once there; null before. */
  migrations(): MigrationLevel | null;
  close(): Promise<void>;
}

/** Every word that names a command: a plan's key must be none of them, since `--plan <key>` may stand anywhere in a line. */
export function commandWords(): Set<string> {
  return new Set(COMMANDS.flatMap((c) => [c.name, ...c.aliases]));
}

/** Wires the database, the services and the command runner; nothing runs until `prepare`. */
export async function createRuntime(config: Config, logger: Logger, clock?: () => Date): Promise<Runtime> {
  const database = await openDatabase(config.databaseUrl);
  const hashes = planFileHashes(config.planFiles);
  const now = clock ?? (() => new Date());
  const feed = new ChangeFeed(database.db, logger);
  const plan = new PlanService(database.db, feed, now);
  const facts = new FactsService(database.db, feed);
  const roles = new RolesService(database, feed, config.admins, now);
  const reporting = { database, feed, plan, facts, roles, clock: now };
  // Delivery keeps time by the real clock: leases and retries are about seconds that pass, not the plan's calendar.
  const posts = new PostsService(database, () => new Date());
  const ranking = new RankingService({
    facts,
    posts,
    thresholds: config.thresholds,
    weights: config.jobs.settings.rankingWeights,
  });
  const services: Services = {
    plan,
    facts,
    people: new PeopleService(database, feed),
    roles,
    figures: new FiguresService(reporting),
    progress: new ProgressService(reporting),
    ledger: new LedgerService(reporting),
    // Receipts, like delivery, keep time by the real clock: Slack's retries come seconds and minutes apart.
    receipts: new ReceiptsService(database, () => new Date()),
    channels: new ChannelsService(database, feed, now),
    calendar: new CalendarService(database, feed, now),
    ranking,
    assessment: new AssessmentService({ facts, ranking, thresholds: config.thresholds }),
    posts,
  };
  const jobDeps: JobDeps = { services, thresholds: config.thresholds, logger, settings: config.jobs.settings };
  const delivery = (poster: Poster, options?: DeliveryOptions): Delivery => {
    const made: Delivery = new Delivery(
      services.posts,
      poster,
      logger,
      async (post, error) => {
        const notices = await adminNotice(jobDeps, `undeliverable:${post.channelId}`, (lang) =>
          jobsText(lang).undeliverable(channelLink(post.channelId), error.code),
        );
        await made.deliverAll(ADMIN_NOTICES, notices);
      },
      options,
    );
    return made;
  };
  let scheduler: Scheduler | null = null;
  let closed = false;
  let migrations: MigrationLevel | null = null;
  return {
    database,
    services,
    feed,
    jobDeps,
    delivery,
    async startJobs(poster) {
      await untilQuiet(AFTER_START_QUIET);
      // Cron is loaded by the bot that runs the jobs, not by every terminal command.
      const { Scheduler } = await import('./jobs/scheduler.js');
      if (closed) return;
      scheduler = new Scheduler(JOBS, config.jobs.schedules, jobDeps, delivery(poster), logger, now);
      scheduler.start();
    },
    runner: new CommandRunner(services, COMMANDS, { thresholds: config.thresholds, clock }),
    async prepare({ follow = false } = {}) {
      logger.info({ database: database.location, provider: database.provider }, 'database');
      const applied = await migrate(database);
      if (applied.length) logger.info({ applied }, 'applied database migrations');
      migrations = await readMigrationLevel(database);
      // Where the feed stands before anything is read: whatever commits later is caught up on.
      await feed.begin();
      const loaded = new Set(
        (await database.db.plan.findMany({ where: { snapshot: { not: null } }, select: { sourceHash: true } })).map(
          (p) => p.sourceHash,
        ),
      );
      // Parsing a plan takes longer than anything else at start: only a new or changed file is read.
      if (hashes.some((h) => !loaded.has(h))) {
        // The plan's parser is loaded only for a plan to parse.
        const { readPlanFiles } = await import('./plan/plan-files.js');
        for (const source of readPlanFiles(config.planFiles, commandWords())) {
          const result = await loadPlan(database, source);
          logger.info({ plan: source.data.plan.key, result }, 'plan ready');
        }
      }
      if (!follow) return;
      await Promise.all([plan.all(), facts.warm()]);
      feed.start(config.changePollMs);
      services.receipts.startPruning();
    },
    migrations: () => migrations,
    async close() {
      closed = true;
      await scheduler?.stop();
      feed.stop();
      services.receipts.stopPruning();
      await database.close();
    },
  };
}
