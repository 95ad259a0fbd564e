import { join } from 'node:path';
import { z } from 'zod';
import { defaultDataDir } from './data-dir.js';
import type { Thresholds } from './domain/thresholds.js';
import { isValidSchedule } from './jobs/cron-times.js';
import type { JobSettings } from './jobs/job.js';
import type { Schedules } from './jobs/scheduler.js';
import { PLAN_DIR, PROJECT_ROOT } from './paths.js';

/** The embedded SQLite database, found from the project, not from the folder zonebot happens to be run in. */
export function defaultDatabaseUrl(env: Record<string, string | undefined> = process.env): string {
  return `file:${join(defaultDataDir(PROJECT_ROOT, env), 'zonebot.db')}`;
}

const slackUserId = /^[UW][A-Z0-9]{2,}$/;

/** A job's schedule: five cron fields, read in Asia/Shanghai. */
const cron = (name: string, fallback: string) =>
  z
    .string()
    .default(fallback)
    .refine(isValidSchedule, {
      message: `${name} must be a cron schedule of five fields in Asia/Shanghai time, e.g. "${fallback}"`,
    });

const weight = (name: string, fallback: number) =>
  z.coerce
    .number({ message: `${name} must be a number between 0 and 1, e.g. ${fallback}` })
    .min(0, { message: `${name} must be between 0 and 1` })
    .max(1, { message: `${name} must be between 0 and 1` })
    .default(fallback);

/** Each variable with the line a user sees when it is wrong, saying how to fix it. */
const env = z.object({
  DATABASE_URL: z
    .string()
    .optional()
    .refine((v) => v === undefined || /^(file:|postgres(ql)?:\/\/)/.test(v), {
      message: 'DATABASE_URL must be file:<path> (SQLite) or postgresql://user@host:port/db (PostgreSQL)',
    }),
  PORT: z.coerce
    .number({ message: 'PORT must be a port number, e.g. 3000' })
    .int({ message: 'PORT must be a whole number, e.g. 3000' })
    .min(0, { message: 'PORT must be between 0 and 65535' })
    .max(65535, { message: 'PORT must be between 0 and 65535' })
    .default(3000),
  SLACK_BOT_TOKEN: z
    .string()
    .startsWith('xoxb-', {
      message:
        'SLACK_BOT_TOKEN must start with xoxb- (the Bot User OAuth Token on your app\'s "OAuth & Permissions" page)',
    })
    .optional(),
  SLACK_SIGNING_SECRET: z
    .string()
    .regex(/^[0-9a-f]{16,}$/i, {
      message: 'SLACK_SIGNING_SECRET must be the hex Signing Secret on your app\'s "Basic Information" page',
    })
    .optional(),
  SLACK_APP_TOKEN: z
    .string()
    .startsWith('xapp-', {
      message:
        'SLACK_APP_TOKEN must start with xapp- (an App-Level Token with connections:write, under "Basic Information")',
    })
    .optional(),
  SLACK_API_URL: z
    .url({ message: 'SLACK_API_URL must be a URL such as https://slack.com/api/' })
    .transform((u) => (u.endsWith('/') ? u : `${u}/`))
    .optional(),
  ZONE_ADMINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .refine((ids) => ids.every((id) => slackUserId.test(id)), {
      message: 'ZONE_ADMINS must be comma-separated Slack user IDs such as U012ABCDEF,U034GHIJKL',
    }),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  /** Plan files and folders of them, comma-separated. */
  PLAN_FILE: z
    .string()
    .default(PLAN_DIR)
    .transform((s) =>
      s
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean),
    )
    .refine((paths) => paths.length > 0, {
      message: 'PLAN_FILE must name plan files or folders of them, comma-separated, e.g. prisma/plan',
    }),
  RAG_YELLOW_POINTS: z.coerce
    .number({ message: 'RAG_YELLOW_POINTS must be a number of percentage points, e.g. 10' })
    .min(0, { message: 'RAG_YELLOW_POINTS must be between 0 and 100' })
    .max(100, { message: 'RAG_YELLOW_POINTS must be between 0 and 100' })
    .default(10),
  RAG_RED_POINTS: z.coerce
    .number({ message: 'RAG_RED_POINTS must be a number of percentage points, e.g. 30' })
    .min(0, { message: 'RAG_RED_POINTS must be between 0 and 100' })
    .max(100, { message: 'RAG_RED_POINTS must be between 0 and 100' })
    .default(30),
  DUE_SOON_DAYS: z.coerce
    .number({ message: 'DUE_SOON_DAYS must be a whole number of days, e.g. 30' })
    .int({ message: 'DUE_SOON_DAYS must be a whole number of days, e.g. 30' })
    .min(1, { message: 'DUE_SOON_DAYS must be between 1 and 365' })
    .max(365, { message: 'DUE_SOON_DAYS must be between 1 and 365' })
    .default(30),
  JOB_NUDGES: cron('JOB_NUDGES', '0 9 * * *'),
  JOB_REMINDERS: cron('JOB_REMINDERS', '30 9 * * *'),
  JOB_RANKING: cron('JOB_RANKING', '0 10 16 * *'),
  JOB_DIGEST: cron('JOB_DIGEST', '0 9 * * 1'),
  JOBS: z.enum(['on', 'off'], { message: 'JOBS must be on or off' }).default('on'),
  RANK_WEIGHT_TARGETS: weight('RANK_WEIGHT_TARGETS', 0.7),
  RANK_WEIGHT_MILESTONES: weight('RANK_WEIGHT_MILESTONES', 0.3),
  REMINDER_LEAD_DAYS: z.coerce
    .number({ message: 'REMINDER_LEAD_DAYS must be a whole number of working days, e.g. 3' })
    .int({ message: 'REMINDER_LEAD_DAYS must be a whole number of working days, e.g. 3' })
    .min(0, { message: 'REMINDER_LEAD_DAYS must be between 0 and 20' })
    .max(20, { message: 'REMINDER_LEAD_DAYS must be between 0 and 20' })
    .default(3),
  CHANGE_POLL_MS: z.coerce
    .number({ message: 'CHANGE_POLL_MS must be a number of milliseconds, e.g. 500' })
    .int({ message: 'CHANGE_POLL_MS must be a whole number of milliseconds, e.g. 500' })
    .min(50, { message: 'CHANGE_POLL_MS must be between 50 and 60000' })
    .max(60_000, { message: 'CHANGE_POLL_MS must be between 50 and 60000' })
    .default(500),
});

export type Slack =
  | { mode: 'http'; botToken: string; signingSecret: string; apiUrl: string | undefined }
  | {
      mode: 'socket';
      botToken: string;
      appToken: string;
      signingSecret: string | undefined;
      apiUrl: string | undefined;
    };

export interface Config {
  databaseUrl: string;
  port: number;
  /** null when no Slack credentials are set: the terminal commands still work. */
  slack: Slack | null;
  admins: string[];
  logLevel: z.infer<typeof env>['LOG_LEVEL'];
  /** Plan files, and folders whose *.yaml files are plans, as PLAN_FILE gives them. */
  planFiles: string[];
  thresholds: Thresholds;
  /** How often each process reads the change feed for other processes' writes. */
  changePollMs: number;
  jobs: {
    enabled: boolean;
    schedules: Schedules;
    settings: JobSettings;
  };
}

/** A configuration problem, with the one line that tells the user what to set. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const NO_SLACK_MESSAGE =
  'zonebot needs Slack credentials to serve: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP mode), ' +
  'or SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode). The terminal commands work without them: npx zonebot help';

function slackFrom(e: z.infer<typeof env>): Slack | null {
  const { SLACK_BOT_TOKEN: botToken, SLACK_SIGNING_SECRET: signingSecret, SLACK_APP_TOKEN: appToken } = e;
  const apiUrl = e.SLACK_API_URL;
  if (!botToken && !signingSecret && !appToken) return null;
  if (!botToken)
    throw new ConfigError(
      'SLACK_BOT_TOKEN is not set: copy the Bot User OAuth Token (xoxb-…) from "OAuth & Permissions"',
    );
  if (appToken) return { mode: 'socket', botToken, appToken, signingSecret, apiUrl };
  if (!signingSecret) {
    throw new ConfigError(
      'SLACK_SIGNING_SECRET is not set: copy the Signing Secret from "Basic Information" (or set SLACK_APP_TOKEN for Socket Mode)',
    );
  }
  return { mode: 'http', botToken, signingSecret, apiUrl };
}

/** Reads the environment once; nothing else in zonebot reads process.env. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const blankless = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = env.safeParse(blankless);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(issue ? issue.message : 'invalid configuration');
  }
  const e = parsed.data;
  if (e.RANK_WEIGHT_TARGETS + e.RANK_WEIGHT_MILESTONES <= 0) {
    throw new ConfigError('RANK_WEIGHT_TARGETS and RANK_WEIGHT_MILESTONES must not both be 0');
  }
  if (e.RAG_RED_POINTS < e.RAG_YELLOW_POINTS) {
    throw new ConfigError('RAG_RED_POINTS must be at least RAG_YELLOW_POINTS (red is further behind than yellow)');
  }
  return {
    databaseUrl: e.DATABASE_URL ?? defaultDatabaseUrl(source),
    port: e.PORT,
    slack: slackFrom(e),
    admins: e.ZONE_ADMINS,
    logLevel: e.LOG_LEVEL,
    planFiles: e.PLAN_FILE,
    thresholds: { yellowPoints: e.RAG_YELLOW_POINTS, redPoints: e.RAG_RED_POINTS, dueSoonDays: e.DUE_SOON_DAYS },
    changePollMs: e.CHANGE_POLL_MS,
    jobs: {
      enabled: e.JOBS === 'on',
      schedules: { nudges: e.JOB_NUDGES, reminders: e.JOB_REMINDERS, ranking: e.JOB_RANKING, digest: e.JOB_DIGEST },
      settings: {
        rankingWeights: { targets: e.RANK_WEIGHT_TARGETS, milestones: e.RANK_WEIGHT_MILESTONES },
        reminderLeadDays: e.REMINDER_LEAD_DAYS,
      },
    },
  };
}
