import type { KnownBlock } from '@slack/types';
import type { PlanIndex } from '../domain/plan-index.js';
import { planState } from '../domain/plans.js';
import type { CommandLine } from '../i18n/command-line.js';
import { formatDate } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { common } from '../i18n/messages/common.js';
import { plansText } from '../i18n/messages/plans.js';
import { context, fitBlocks, header, type Reply, reply, sections } from './blocks.js';
import { bold } from './mrkdwn.js';

function planLine(plan: PlanIndex, today: string, isDefault: boolean, lang: Lang): string {
  const m = plansText(lang);
  const { docNumber, title, titleEn } = plan.data.plan;
  const name = lang === 'zh' ? title : titleEn;
  const state = m.state[planState(plan, today)];
  const facts = [
    m.key(plan.key),
    m.period(formatDate(plan.startsOn, lang), formatDate(plan.endsOn, lang)),
    isDefault ? `${state} · ${bold(m.isDefault)}` : state,
  ];
  return `• ${bold(docNumber)} ${name}\n${facts.join(' · ')}`;
}

/** `/zone plans`: every plan held, its period and state, and which one answers when none is named. */
export function plansView(plans: PlanIndex[], chosen: PlanIndex, today: string, lang: Lang, line: CommandLine): Reply {
  const m = plansText(lang);
  const other = plans.find((p) => p !== chosen) ?? chosen;
  const blocks: KnownBlock[] = [
    header(m.title(plans.length)),
    ...sections(plans.map((p) => planLine(p, today, p === chosen, lang))),
    context(m.hint(line, `status ${other.data.zones[0]?.slug ?? ''} --plan ${other.key}`)),
  ];
  const text = `${m.title(plans.length)}: ${plans.map((p) => `${p.data.plan.docNumber} (${p.key})`).join(', ')}`;
  return reply(text, fitBlocks(blocks, common(lang).overflow));
}
