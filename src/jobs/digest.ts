import { addDays, isoWeek, localDate, startOfDay } from '../domain/dates.js';
import { weeklyDigest } from '../domain/digest.js';
import { DEFAULT_LANG } from '../domain/lang.js';
import { lastClosedMonth } from '../domain/ranking-month.js';
import { missingFigures } from '../domain/reporting-calendar.js';
import { jobsText } from '../i18n/messages/jobs.js';
import { digestMessage } from '../views/digest.js';
import type { Job } from './job.js';
import { adminNotice } from './notices.js';

export const DIGEST_TARGET = 'digest';

/**
 * The leadership digest: each week, what is overdue, the figures reported
 * and corrected, the lights that changed, the ranking's flags and who has not
 * reported, to the digest channel; edited in place while its week's figures
 * are corrected. After the plan's end, a closing digest, once.
 */
export const digest: Job = {
  name: 'digest',
  async run(deps, at, index) {
    const { facts, figures, calendar, channels, ranking, posts } = deps.services;
    const today = localDate(at);
    const { key, startsOn, endsOn } = index.data.plan;
    if (today <= startsOn) return [];
    const closing = today > endsOn;
    const period = closing ? 'closing' : isoWeek(today);
    if (closing && (await posts.find({ planKey: key, job: 'digest', period, target: DIGEST_TARGET }))) return [];
    const channel = await channels.channel('digest');
    if (!channel) return adminNotice(deps, 'no-channel:digest', (lang) => jobsText(lang).noChannel('digest'));
    const from = addDays(today, -7);
    const [before, now, entered, cal, posted] = await Promise.all([
      facts.asOf(startOfDay(from), index),
      facts.current(index),
      figures.entered(index, startOfDay(from), at),
      calendar.calendar(),
      ranking.posted(index, closing ? 'final' : lastClosedMonth(today)),
    ]);
    const missing = new Map(
      index.data.zones.map((z) => [z.slug, missingFigures(index, now, z.slug, today, cal).length]),
    );
    const week = weeklyDigest({
      plan: index,
      before,
      now,
      from,
      to: today,
      thresholds: deps.thresholds,
      entered,
      missing,
      ranking: posted,
    });
    const message = digestMessage(week, index, DEFAULT_LANG, closing);
    return [{ job: 'digest', period, target: DIGEST_TARGET, channel, message, editable: !closing }];
  },
};
