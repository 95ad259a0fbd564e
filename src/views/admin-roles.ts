import type { KnownBlock } from '@slack/types';
import type { PlanIndex } from '../domain/plan-index.js';
import type { GrantRecord } from '../domain/records.js';
import { ROLES } from '../domain/roles.js';
import { formatInstant } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { adminText } from '../i18n/messages/admin.js';
import { common } from '../i18n/messages/common.js';
import { context, divider, fitBlocks, header, type Reply, reply, section, sections } from './blocks.js';
import { mention } from './mrkdwn.js';
import { actorName, zoneShort } from './names.js';
import { grantName } from './roles.js';

/** Most recent changes shown; the rest stay in the database. */
const HISTORY_LINES = 20;

function changeLines(records: GrantRecord[], plan: PlanIndex, lang: Lang): string[] {
  const m = adminText(lang);
  const events = records.flatMap((r) => {
    const what = grantName(r, plan, lang);
    const made = {
      at: r.grantedAt,
      line: m.grantedLine(formatInstant(r.grantedAt), actorName(r.grantedBy, lang), mention(r.userId), what),
    };
    if (!r.revokedAt || !r.revokedBy) return [made];
    return [
      made,
      {
        at: r.revokedAt,
        line: m.revokedLine(formatInstant(r.revokedAt), actorName(r.revokedBy, lang), mention(r.userId), what),
      },
    ];
  });
  return events
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, HISTORY_LINES)
    .map((e) => e.line);
}

function activeLines(records: GrantRecord[], plan: PlanIndex, lang: Lang): string[] {
  const active = records.filter((r) => r.revokedAt === null);
  const sep = common(lang).listSeparator;
  return ROLES.flatMap((role) => {
    const held = active.filter((r) => r.role === role);
    if (!held.length) return [];
    const byScope = new Map<string, string[]>();
    for (const r of held) {
      const scope = grantName(r, plan, lang);
      byScope.set(scope, [...(byScope.get(scope) ?? []), mention(r.userId)]);
    }
    return [...byScope].map(([scope, users]) => `• ${scope}：${users.join(sep)}`);
  });
}

/** `/zone admin roles [@user|zone]`: who holds what now, and the record of changes. */
export function rolesView(
  records: GrantRecord[],
  configAdmins: string[],
  filter: { user: string | null; zone: string | null },
  plan: PlanIndex,
  lang: Lang,
): Reply {
  const m = adminText(lang);
  const zone = filter.zone ? plan.zone(filter.zone) : undefined;
  const shown = records.filter((r) => (!filter.user || r.userId === filter.user) && (!zone || r.zone === zone.slug));
  const title = filter.user
    ? m.userTitle(mention(filter.user))
    : zone
      ? m.zoneTitle(zoneShort(zone, lang))
      : m.rolesTitle;
  const admins = configAdmins.filter((id) => !filter.user || id === filter.user);
  const active = activeLines(shown, plan, lang);
  // A header is plain text and cannot show a mention, so a filtered title goes in a section.
  const blocks: KnownBlock[] = [header(m.rolesTitle)];
  if (filter.user || zone) blocks.push(section(`*${title}*`));
  if (admins.length && !zone)
    blocks.push(context(m.configAdmins(admins.map(mention).join(common(lang).listSeparator))));
  blocks.push(...(active.length ? sections(active) : [section(m.noneActive)]));
  const changes = changeLines(shown, plan, lang);
  if (changes.length) blocks.push(divider(), section(`*${m.history}*`), ...sections(changes));
  return reply(title, fitBlocks(blocks, common(lang).overflow));
}
