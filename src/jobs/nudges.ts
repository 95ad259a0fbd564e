import { localDate } from '../domain/dates.js';
import { DEFAULT_LANG } from '../domain/lang.js';
import { type NudgeGroup, nudgesDue } from '../domain/nudges.js';
import { responsibleUnits } from '../domain/permissions.js';
import type { PlanIndex } from '../domain/plan-index.js';
import { jobsText } from '../i18n/messages/jobs.js';
import type { NudgePeople } from '../views/nudge.js';
import { nudgeMessage } from '../views/nudge.js';
import type { Job, JobDeps } from './job.js';
import { adminNotice } from './notices.js';
import type { Outgoing } from './outgoing.js';

async function peopleFor(deps: JobDeps, index: PlanIndex, group: NudgeGroup): Promise<NudgePeople> {
  const { roles } = deps.services;
  const reporters =
    group.owner.kind === 'zone' ? await roles.holders({ role: 'reporter', zone: group.owner.zone, unit: null }) : [];
  const units = [...new Set(group.items.flatMap((i) => responsibleUnits(index, i.milestone)))];
  if (group.owner.kind === 'unit' && !units.includes(group.owner.unit)) units.unshift(group.owner.unit);
  const officers = await Promise.all(
    units.map(async (unit) => ({ unit, users: await roles.holders({ role: 'officer', zone: null, unit }) })),
  );
  return { reporters, officers };
}

/**
 * Deadline nudges: each day, one message per owing zone (or unit) with every
 * milestone due in 30, 7 or 1 days, due today or overdue (then weekly), to
 * the nudges channel and to the zone's own channel, calling on the people
 * who owe and answer for them.
 */
export const nudges: Job = {
  name: 'nudges',
  async run(deps, at, plan) {
    const today = localDate(at);
    const facts = await deps.services.facts.current(plan);
    const groups = nudgesDue(plan, facts, today);
    if (!groups.length) return [];
    const channel = await deps.services.channels.channel('nudges');
    if (!channel) return adminNotice(deps, 'no-channel:nudges', (lang) => jobsText(lang).noChannel('nudges'));
    const out: Outgoing[] = [];
    for (const group of groups) {
      const people = await peopleFor(deps, plan, group);
      const message = nudgeMessage(group, people, plan, today, DEFAULT_LANG);
      const owner = group.owner.kind === 'zone' ? `zone:${group.owner.zone}` : `unit:${group.owner.unit}`;
      const zone = group.owner.kind === 'zone' ? group.owner.zone : null;
      const about = { zone, milestones: group.items.map((i) => i.milestone.key) };
      out.push({ job: 'nudges', period: today, target: `${owner}@nudges`, channel, message, about });
      const own = zone ? await deps.services.channels.zoneChannel(zone) : null;
      if (own && own !== channel)
        out.push({ job: 'nudges', period: today, target: `${owner}@own`, channel: own, message, about });
    }
    return out;
  },
};
