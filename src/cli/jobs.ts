import type { Runtime } from '../bootstrap.js';
import type { Config } from '../config.js';
import { formatInstant } from '../i18n/format.js';
import { nextFire } from '../jobs/cron-times.js';
import { JOB_NAMES } from '../jobs/job.js';
import { JOBS, jobNamed } from '../jobs/registry.js';
import { runJob } from '../jobs/runner.js';
import { blocksToText } from '../views/plain-text.js';
import type { Io } from './run.js';

const JOB_USAGE = `usage: zonebot job <${JOB_NAMES.join('|')}> [--at <ISO time>] [--dry-run] [--plan <key>]
       zonebot jobs`;

/** `zonebot jobs`: each job's schedule (Asia/Shanghai) and when it runs next. */
export function listJobs(config: Config, io: Io, now: Date): number {
  for (const job of JOBS) {
    const schedule = config.jobs.schedules[job.name];
    const next = nextFire(schedule, now);
    io.out(`${job.name.padEnd(10)} ${schedule.padEnd(16)} next ${next ? formatInstant(next) : '—'}\n`);
  }
  io.out(config.jobs.enabled ? '' : 'JOBS=off: the bot does not run them on its own.\n');
  return 0;
}

function flag(words: string[], name: string): { value: string | undefined; rest: string[] } {
  const at = words.findIndex((w) => w === name || w.startsWith(`${name}=`));
  if (at < 0) return { value: undefined, rest: words };
  const word = words[at] as string;
  const value = word.includes('=') ? word.slice(name.length + 1) : words[at + 1];
  const rest = words.filter((_, i) => i !== at && !(i === at + 1 && !word.includes('=')));
  return { value, rest };
}

/**
 * `zonebot job <name> [--at <ISO time>] [--dry-run] [--plan <key>]`: runs one
 * job as if at that time (for every plan it runs for, or the one named), for
 * backfills, operators and tests. It posts for real (once, as the bot would)
 * unless `--dry-run`, which prints what would be posted.
 */
export async function runOneJob(
  words: string[],
  planKey: string | undefined,
  runtime: Runtime,
  config: Config,
  io: Io,
): Promise<number> {
  const dryRun = words.includes('--dry-run');
  const { value: atText, rest } = flag(
    words.filter((w) => w !== '--dry-run'),
    '--at',
  );
  const [name = ''] = rest;
  const job = jobNamed(name);
  const at = atText === undefined ? new Date() : new Date(atText);
  if (!job || rest.length > 1 || Number.isNaN(at.getTime())) {
    io.err(`${JOB_USAGE}\n`);
    return 2;
  }
  if (!dryRun && !config.slack) {
    io.err('zonebot: posting needs SLACK_BOT_TOKEN; add --dry-run to see what would be posted\n');
    return 1;
  }
  // The Web API client is loaded only to post: a dry run, like every other terminal command, needs none of Slack.
  const poster = dryRun || !config.slack ? null : (await import('../slack/poster.js')).webApiPoster;
  const delivery = poster && config.slack ? runtime.delivery(poster(config.slack.botToken, config.slack.apiUrl)) : null;
  const plans = await runtime.services.plan.all();
  if (planKey !== undefined && !plans.some((p) => p.key === planKey)) {
    io.err(`zonebot: no plan ${planKey || '(none given)'}; the plans are ${plans.map((p) => p.key).join(', ')}\n`);
    return 2;
  }
  const run = await runJob(job, at, runtime.jobDeps, delivery, planKey);
  for (const [i, o] of run.outgoing.entries()) {
    const outcome = run.delivered[i] ?? 'dry run';
    io.out(`── ${o.job} · ${o.period} · ${o.target} → ${o.channel} (${outcome})\n${blocksToText(o.message.blocks)}\n`);
  }
  if (!run.outgoing.length) io.out(`${job.name}: nothing to post as of ${formatInstant(at)}\n`);
  return 0;
}
