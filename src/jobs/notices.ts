import { DEFAULT_LANG } from '../domain/lang.js';
import { jobsText } from '../i18n/messages/jobs.js';
import { reply, section } from '../views/blocks.js';
import type { JobDeps } from './job.js';
import type { Outgoing } from './outgoing.js';

/** Admin notices are about the bot, not a plan: they are claimed under this key whichever plan's job raised them. */
export const ADMIN_NOTICES = '*';

/**
 * A word to the admins about something only they can fix (a channel not set,
 * a year with no holiday data, a channel the bot cannot post to): told once
 * per matter, in each admin's DM, however often the job runs.
 */
export async function adminNotice(
  deps: JobDeps,
  matter: string,
  text: (lang: 'zh' | 'en') => string,
): Promise<Outgoing[]> {
  deps.logger.warn({ matter }, 'telling the admins once');
  const admins = await deps.services.roles.holders({ role: 'admin', zone: null, unit: null });
  return Promise.all(
    admins.map(async (admin) => {
      const lang = await deps.services.people.language(admin).catch(() => DEFAULT_LANG);
      const message = `${jobsText(lang).noticeTitle}\n${text(lang)}`;
      return {
        job: 'notice',
        period: matter,
        target: admin,
        channel: admin,
        message: reply(message, [section(message)]),
      };
    }),
  );
}
