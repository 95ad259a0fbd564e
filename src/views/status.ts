import type { KnownBlock } from '@slack/types';
import type { PlanIndex } from '../domain/plan-index.js';
import { countRags } from '../domain/schedule.js';
import type { TargetLine, ZoneMilestoneLine, ZoneStatus } from '../domain/zone-status.js';
import { formatDate, formatPeriod, formatQuantity } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { common } from '../i18n/messages/common.js';
import { planWords } from '../i18n/messages/plan-words.js';
import { statusText } from '../i18n/messages/status.js';
import { targetText } from '../i18n/messages/targets.js';
import {
  actions,
  button,
  context,
  divider,
  fitBlocks,
  header,
  type Reply,
  reply,
  section,
  sections,
} from './blocks.js';
import { BLOCK, RUN_COMMAND_ACTION } from './ids.js';
import { inferredAside } from './inferred.js';
import { describeMilestone } from './milestone-text.js';
import { zoneName } from './names.js';
import { describeProjection, describeWarning, projectionNote, UNDER } from './projection-text.js';
import { describeLights, describeReading, describeTarget, leadLegend, lightsLegend } from './target-text.js';

function targetLine(line: TargetLine, plan: PlanIndex, lang: Lang): string {
  const { target, indicator, reading, verdict, own } = line;
  const what = describeTarget(target, indicator, lang, plan.data.plan.baselineYear);
  const progress = describeReading(reading, verdict, target, indicator, lang);
  const t = targetText(lang);
  const mine = own
    ? ` · ${t.own(t.measured(formatQuantity(own.value, indicator, lang), formatPeriod(own.period, lang)))}`
    : '';
  const ahead = describeProjection(line.projection, indicator, lang);
  return `• ${what}\n    ${progress}${mine}${ahead ? `${UNDER}${ahead}` : ''}`;
}

function milestoneText(line: ZoneMilestoneLine, lang: Lang, today: string): string {
  const warning = line.warning ? `${UNDER}${describeWarning(line.warning, lang)}` : '';
  return `${describeMilestone(line, lang, today)}${warning}`;
}

/** A light count, then the targets' lines. */
function targetBlocks(lines: TargetLine[], plan: PlanIndex, lang: Lang): KnownBlock[] {
  const lights = describeLights(countRags(lines.map((l) => l.verdict)), lang);
  return [context(statusText(lang).lights(lights)), ...sections(lines.map((t) => targetLine(t, plan, lang)))];
}

/** `/zone status <zone>`: targets against 序时进度, then milestones against their deadlines. */
export function statusView(status: ZoneStatus, plan: PlanIndex, lang: Lang): Reply {
  const m = statusText(lang);
  const c = common(lang);
  const { zone } = status;
  const name = zoneName(zone, lang);
  const own = status.targets.filter((t) => !t.shared);
  const shared = status.targets.filter((t) => t.shared);
  const n = status.counts;

  const blocks: KnownBlock[] = [
    header(m.title(name)),
    context(
      `${m.zoneLine(planWords(lang).level[zone.level], zone.slug, lang === 'zh' ? zone.county : null)}${inferredAside(zone, lang)}`,
      c.asOf(formatDate(status.today, lang)),
      c.planRef(plan.data.plan.docNumber),
    ),
  ];
  if (status.planEnded) blocks.push(section(m.planEnded(formatDate(status.planEndsOn, lang))));
  blocks.push(divider(), section(m.targets(own.length)));
  blocks.push(...(own.length ? targetBlocks(own, plan, lang) : [context(m.noTargets)]));
  if (shared.length) blocks.push(section(m.sharedTargets), ...targetBlocks(shared, plan, lang));
  if (status.targets.length) {
    const projected = status.targets.some((t) => t.projection.state === 'projected');
    const legend = lightsLegend(status.thresholds, plan.data.plan.baselineYear, lang);
    const leads = leadLegend(
      status.targets.map((t) => t.target),
      lang,
    );
    blocks.push(context(legend, ...leads, ...(projected ? [projectionNote(lang)] : [])));
  }
  blocks.push(divider(), section(m.milestones(status.milestones.length)));
  if (status.milestones.length) {
    blocks.push(context(m.counts(n.overdue, n.done, n.done_late, n.due_soon, n.open)));
    blocks.push(...sections(status.milestones.map((l) => milestoneText(l, lang, status.today))));
  } else {
    blocks.push(context(m.noMilestones));
  }
  blocks.push(
    actions(BLOCK.statusActions, [
      button(m.report, RUN_COMMAND_ACTION, `report ${zone.slug}`, 'primary'),
      button(m.showTasks, RUN_COMMAND_ACTION, `tasks ${zone.slug}`),
      button(m.showOverdue, RUN_COMMAND_ACTION, `tasks ${zone.slug} overdue`),
      button(m.showTargets, RUN_COMMAND_ACTION, `targets ${zone.slug}`),
    ]),
  );
  const lights = describeLights(countRags(own.map((t) => t.verdict)), lang);
  const text = `${m.title(name)}: ${m.summary(lights, m.counts(n.overdue, n.done, n.done_late, n.due_soon, n.open))}`;
  return reply(text, fitBlocks(blocks, c.overflow));
}
