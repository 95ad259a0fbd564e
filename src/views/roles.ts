import type { PlanIndex } from '../domain/plan-index.js';
import type { Grant } from '../domain/roles.js';
import type { Lang } from '../i18n/lang.js';
import { common } from '../i18n/messages/common.js';
import { rolesText } from '../i18n/messages/roles.js';
import type { WhoCan } from '../services/authorize.js';
import { type Reply, reply, section } from './blocks.js';
import { mention } from './mrkdwn.js';
import { unitName, zoneShort } from './names.js';

/** 徐圩新区填报员 / reporter for Xuwei New Area / 管理员 */
export function grantName(grant: Grant, plan: PlanIndex, lang: Lang): string {
  const m = rolesText(lang);
  const role = m.role[grant.role];
  const zone = grant.zone ? plan.zone(grant.zone) : undefined;
  const unit = grant.unit ? plan.unit(grant.unit) : undefined;
  if (zone) return m.scoped(role, zoneShort(zone, lang));
  if (unit) return m.scoped(role, unitName(unit, lang));
  return role;
}

/** Why nothing happened, and whom to ask instead, by name. */
export function refusalReply(whoCan: WhoCan[], plan: PlanIndex, lang: Lang): Reply {
  const text = refusalText(whoCan, plan, lang);
  return reply(text, [section(text)]);
}

/**
 * A refusal as plain text (also for a modal's field error): the roles that
 * could act, each with the people who hold it now. Roles nobody holds are left
 * out, so only real people are named; when nobody at all could act, it says
 * how to get someone who can.
 */
export function refusalText(whoCan: WhoCan[], plan: PlanIndex, lang: Lang): string {
  const m = rolesText(lang);
  const sep = common(lang).listSeparator;
  const held = whoCan.filter((w) => w.users.length > 0);
  if (!held.length) return `${m.refused}\n${m.nobody}`;
  const list = held
    .map((w) => `${grantName(w.grant, plan, lang)}${m.people(w.users.map(mention).join(sep))}`)
    .join(lang === 'zh' ? '；' : '; ');
  return `${m.refused}\n${m.whoCan(list)}`;
}
