import { type ScheduledTask, schedule } from 'node-cron';
import type { Logger } from '../logger.js';
import { lastFire, PLAN_TIMEZONE } from './cron-times.js';
import type { Delivery } from './delivery.js';
import type { Job, JobDeps, JobName } from './job.js';
import { type QuietOptions, untilQuiet } from './quiet.js';
import { runJob } from './runner.js';

export type Schedules = Record<JobName, string>;

/** How often posts left undelivered are tried again, and jobs run again as of their last time. */
const SWEEP = '* * * * *';
const REFRESH = '7 * * * *';

/** Each job of a catch-up waits until the bot has been idle briefly: people's answers come first. */
const BETWEEN_JOBS_QUIET: QuietOptions = { quietMs: 200, maxWaitMs: 10_000 };
const yieldToAnswers = () => untilQuiet(BETWEEN_JOBS_QUIET);

/**
 * node-cron runs each job at its times in Shanghai. Running a job again as of
 * its last scheduled time changes nothing (every post is claimed once), so the
 * same step catches up a run missed while the bot was down (once, the latest
 * one), and lets an editable post (the weekly digest) follow corrections.
 */
export class Scheduler {
  private tasks: ScheduledTask[] = [];
  private running = new Set<string>();
  private stopped = false;

  constructor(
    private readonly jobs: Job[],
    private readonly schedules: Schedules,
    private readonly deps: JobDeps,
    private readonly delivery: Delivery,
    private readonly logger: Logger,
    private readonly clock: () => Date,
  ) {}

  start(): void {
    const options = { timezone: PLAN_TIMEZONE, noOverlap: true };
    for (const job of this.jobs) {
      this.tasks.push(
        schedule(this.schedules[job.name], () => this.run(job, this.clock()), { ...options, name: job.name }),
      );
    }
    this.tasks.push(schedule(SWEEP, () => this.sweep(), { ...options, name: 'sweep' }));
    this.tasks.push(schedule(REFRESH, () => this.catchUp(yieldToAnswers), { ...options, name: 'refresh' }));
    void this.catchUp(yieldToAnswers);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.tasks.map((t) => t.destroy()));
    this.tasks = [];
  }

  /**
   * Each job once, as of its latest scheduled time; then whatever is still
   * waiting to go out. `pause` runs before each job.
   */
  async catchUp(pause: () => Promise<void> = async () => {}): Promise<void> {
    const now = this.clock();
    for (const job of this.jobs) {
      const last = lastFire(this.schedules[job.name], now);
      if (!last) continue;
      await pause();
      if (this.stopped) return;
      await this.run(job, last);
    }
    await this.sweep();
  }

  private async run(job: Job, at: Date): Promise<void> {
    if (this.running.has(job.name)) return;
    this.running.add(job.name);
    try {
      await runJob(job, at, this.deps, this.delivery);
    } catch (err) {
      this.logger.error({ err, job: job.name, at }, 'job failed; it runs again at its next time');
    } finally {
      this.running.delete(job.name);
    }
  }

  private async sweep(): Promise<void> {
    await this.delivery.sweep().catch((err: unknown) => this.logger.error({ err }, 'delivery sweep failed'));
  }
}
