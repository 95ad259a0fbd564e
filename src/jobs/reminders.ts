import { localDate } from '../domain/dates.js';
import { DEFAULT_LANG } from '../domain/lang.js';
import type { PlanIndex } from '../domain/plan-index.js';
import {
  type DueFigure,
  ESCALATION_WORKING_DAYS,
  escalationDate,
  escalations,
  upcoming,
} from '../domain/reporting-calendar.js';
import { addWorkingDays, hasHolidayData, isWorkingDay } from '../domain/workdays.js';
import { calendarText } from '../i18n/messages/calendar.js';
import { jobsText } from '../i18n/messages/jobs.js';
import { escalationMessage, reminderMessage } from '../views/reminder.js';
import type { Job, JobDeps } from './job.js';
import { adminNotice } from './notices.js';
import type { Outgoing } from './outgoing.js';

/** Escalations a missed run still catches up on: older ones have been seen, or will be in the assessment. */
const ESCALATION_BACKLOG_DAYS = 5;

function byDueDate(figures: DueFigure[]): Map<string, DueFigure[]> {
  const out = new Map<string, DueFigure[]>();
  for (const f of figures) out.set(f.dueOn, [...(out.get(f.dueOn) ?? []), f]);
  return out;
}

async function zoneReminders(
  deps: JobDeps,
  index: PlanIndex,
  today: string,
  fallback: string | null,
): Promise<Outgoing[]> {
  const { facts, calendar, channels, roles } = deps.services;
  const [known, cal] = await Promise.all([facts.current(index), calendar.calendar()]);
  const out: Outgoing[] = [];
  for (const zone of index.data.zones) {
    const soon = upcoming(index, known, zone.slug, today, cal, deps.settings.reminderLeadDays);
    if (!soon.length) continue;
    const channel = (await channels.zoneChannel(zone.slug)) ?? fallback;
    if (!channel) continue;
    const reporters = await roles.holders({ role: 'reporter', zone: zone.slug, unit: null });
    for (const [dueOn, figures] of byDueDate(soon)) {
      const message = reminderMessage(zone.slug, figures, reporters, index, today, DEFAULT_LANG);
      out.push({
        job: 'reminders',
        period: dueOn,
        target: `zone:${zone.slug}`,
        channel,
        message,
        about: { zone: zone.slug, milestones: [] },
      });
    }
  }
  return out;
}

async function leadershipEscalations(
  deps: JobDeps,
  index: PlanIndex,
  today: string,
  channel: string,
): Promise<Outgoing[]> {
  const { facts, calendar } = deps.services;
  const [known, cal] = await Promise.all([facts.current(index), calendar.calendar()]);
  const since = addWorkingDays(today, -ESCALATION_BACKLOG_DAYS, cal);
  const byDue = new Map<string, { zone: string; figures: DueFigure[] }[]>();
  for (const zone of index.data.zones) {
    const late = escalations(index, known, zone.slug, today, cal).filter(
      (f) => escalationDate(f.indicator, f.period, cal) >= since,
    );
    for (const [dueOn, figures] of byDueDate(late))
      byDue.set(dueOn, [...(byDue.get(dueOn) ?? []), { zone: zone.slug, figures }]);
  }
  return [...byDue].map(([dueOn, missing]) => ({
    job: 'reminders',
    period: `escalation:${dueOn}`,
    target: 'leadership',
    channel,
    message: escalationMessage(dueOn, missing, ESCALATION_WORKING_DAYS, index, DEFAULT_LANG),
  }));
}

/**
 * Reporting reminders, on working days: a few working days before figures
 * are due, each zone still missing some is told exactly which; three working
 * days after, the ones still missing go to the leadership channel.
 */
export const reminders: Job = {
  name: 'reminders',
  async run(deps, at, plan) {
    const today = localDate(at);
    const cal = await deps.services.calendar.calendar();
    const year = Number(today.slice(0, 4));
    const notices = hasHolidayData(year, cal)
      ? []
      : await adminNotice(deps, `no-holidays:${year}`, (lang) => calendarText(lang).noData(year));
    if (!isWorkingDay(today, cal)) return notices;
    const [nudgesChannel, leadership] = await Promise.all([
      deps.services.channels.channel('nudges'),
      deps.services.channels.channel('leadership'),
    ]);
    const out = [...notices, ...(await zoneReminders(deps, plan, today, nudgesChannel))];
    if (!nudgesChannel)
      out.push(...(await adminNotice(deps, 'no-channel:nudges', (lang) => jobsText(lang).noChannel('nudges'))));
    if (leadership) out.push(...(await leadershipEscalations(deps, plan, today, leadership)));
    else
      out.push(...(await adminNotice(deps, 'no-channel:leadership', (lang) => jobsText(lang).noChannel('leadership'))));
    return out;
  },
};
