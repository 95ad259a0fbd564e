import type { KnownBlock } from '@slack/types';
import { OUTLOOKS } from '../domain/outlook.js';
import type { PlanIndex } from '../domain/plan-index.js';
import { type Judging, RAGS } from '../domain/schedule.js';
import type { TargetGroup, TargetSummary } from '../domain/target-summary.js';
import type { TargetLine, ZoneStatus } from '../domain/zone-status.js';
import type { CommandLine } from '../i18n/command-line.js';
import { formatDate, formatPeriod, formatQuantity } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { common } from '../i18n/messages/common.js';
import { leadText } from '../i18n/messages/lead.js';
import { planWords } from '../i18n/messages/plan-words.js';
import { targetText } from '../i18n/messages/targets.js';
import { targetsListText } from '../i18n/messages/targets-list.js';
import { zonesText } from '../i18n/messages/zones.js';
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
import { bold } from './mrkdwn.js';
import { taskTitle, zoneName, zoneShort } from './names.js';
import { describeOutlooks, describeProjection, projectionNote, UNDER } from './projection-text.js';
import { describeReading, describeTarget, leadLegend, lightsLegend, RAG_ICON } from './target-text.js';
import { LEVEL_ORDER } from './zones.js';

/** Up to this many zones are named; more are only counted. */
const FEW = 3;

type EachSummary = Extract<TargetSummary, { mode: 'each' }>;

function zoneNames(slugs: string[], plan: PlanIndex, lang: Lang): string {
  return slugs
    .map((s) => {
      const zone = plan.zone(s);
      return zone ? zoneShort(zone, lang) : s;
    })
    .join(common(lang).listSeparator);
}

/** Who must meet an `each` target, in the fewest words: 各开发区, 各省级开发区, 除…外的各开发区, or their names. */
export function whoMust(slugs: string[], plan: PlanIndex, lang: Lang): string {
  const m = targetsListText(lang);
  const all = plan.data.zones;
  if (slugs.length === all.length) return m.allZonesEach;
  const level = LEVEL_ORDER.find((l) => {
    const of = all.filter((z) => z.level === l);
    return of.length === slugs.length && of.every((z) => slugs.includes(z.slug));
  });
  if (level) return m.levelEach(planWords(lang).level[level]);
  const rest = all.filter((z) => !slugs.includes(z.slug)).map((z) => z.slug);
  if (rest.length < slugs.length && rest.length <= FEW) return m.except(zoneNames(rest, plan, lang));
  return zoneNames(slugs, plan, lang);
}

/** 🔴 2（东海开发区、灌南开发区） · 🟢 3 · ⚪ 5: zones by light, the red ones named when few. */
function lights(s: EachSummary, plan: PlanIndex, lang: Lang): string {
  const m = targetsListText(lang);
  return RAGS.filter((r) => s.lights[r].length > 0)
    .map((r) => {
      const zones = s.lights[r];
      const count =
        r === 'red' && zones.length <= FEW ? m.named(zones.length, zoneNames(zones, plan, lang)) : zones.length;
      return `${RAG_ICON[r]} ${count}`;
    })
    .join(' · ');
}

function tally(s: EachSummary, plan: PlanIndex, lang: Lang): string {
  const m = targetsListText(lang);
  const t = targetText(lang);
  const of = s.zones.length;
  // Nothing to count only while every zone is unjudged: past the due date a zone without its final figures is red.
  if (s.lights.grey.length === of && !s.reported.length)
    return `${t.noFigures} ${RAG_ICON.grey} · ${t.coverage(0, of)}`;
  const metBy = s.met.length > 0 && s.met.length <= FEW ? zoneNames(s.met, plan, lang) : '';
  // Before its date a lead is told period by period: how many led in their latest, of those that could be told.
  if (s.target.kind === 'growth_lead' && !s.pastDue) {
    return `${lights(s, plan, lang)} · ${leadText(lang).tally(s.met.length, metBy, s.reported.length, of)}`;
  }
  const met = `${s.met.length === of ? '✅ ' : ''}${m.tally(s.met.length, metBy, s.reported.length, of, s.pastDue)}`;
  return `${lights(s, plan, lang)} · ${met}`;
}

function summaryLine(s: TargetSummary, plan: PlanIndex, lang: Lang): string {
  const m = targetsListText(lang);
  const indicator = plan.indicator(s.target.indicator);
  const what = describeTarget(s.target, indicator, lang, plan.data.plan.baselineYear);
  const who =
    s.mode === 'single'
      ? m.who(bold(zoneNames([s.zone], plan, lang)))
      : s.mode === 'each'
        ? m.who(bold(whoMust(s.zones, plan, lang)))
        : '';
  const how =
    s.mode === 'each' ? tally(s, plan, lang) : describeReading(s.reading, s.verdict, s.target, indicator, lang);
  const ahead =
    s.mode === 'each'
      ? describeOutlooks(s.outlooks, (slugs) => zoneNames(slugs, plan, lang), lang)
      : describeProjection(s.projection, indicator, lang, { compact: true });
  return `• ${who}${what}\n    ${how}${ahead ? `${UNDER}${ahead}` : ''}`;
}

const projected = (s: TargetSummary) =>
  s.mode === 'each' ? OUTLOOKS.some((o) => s.outlooks[o].length > 0) : s.projection.state === 'projected';

function groupTitle(task: number | null, plan: PlanIndex, lang: Lang): string {
  const m = targetsListText(lang);
  if (task === null) return m.goals;
  const found = plan.task(task);
  return m.task(common(lang).task(task), found ? taskTitle(found, lang) : '');
}

function heading(plan: PlanIndex, lang: Lang, today: string, title: string, lead: string[] = []): KnownBlock[] {
  const c = common(lang);
  const { docNumber, endsOn } = plan.data.plan;
  const blocks: KnownBlock[] = [header(title), context(...lead, c.asOf(formatDate(today, lang)), c.planRef(docNumber))];
  if (today > endsOn) blocks.push(section(targetsListText(lang).planEnded(formatDate(endsOn, lang))));
  return blocks;
}

/** `/zone targets`: every target of the plan, grouped as the plan sets them, each with its light. */
export function targetsView(
  groups: TargetGroup[],
  plan: PlanIndex,
  lang: Lang,
  judging: Judging,
  line: CommandLine,
): Reply {
  const m = targetsListText(lang);
  const count = groups.reduce((n, g) => n + g.items.length, 0);
  const blocks = heading(plan, lang, judging.today, m.title(count));
  for (const g of groups) {
    blocks.push(
      divider(),
      ...sections([groupTitle(g.task, plan, lang), ...g.items.map((s) => summaryLine(s, plan, lang))]),
    );
  }
  const note = groups.some((g) => g.items.some(projected)) ? [projectionNote(lang)] : [];
  const leads = leadLegend(plan.data.targets, lang);
  blocks.push(
    context(lightsLegend(judging.thresholds, plan.data.plan.baselineYear, lang), ...leads, ...note, m.more(line)),
  );
  return reply(m.title(count), fitBlocks(blocks, common(lang).overflow));
}

function zoneTargetLine(line: TargetLine, plan: PlanIndex, lang: Lang): string {
  const { target, indicator, reading, verdict, own } = line;
  const what = describeTarget(target, indicator, lang, plan.data.plan.baselineYear);
  const progress = describeReading(reading, verdict, target, indicator, lang);
  const t = targetText(lang);
  const mine = own
    ? ` · ${t.own(t.measured(formatQuantity(own.value, indicator, lang), formatPeriod(own.period, lang)))}`
    : '';
  const source = targetsListText(lang).source(target.text);
  const ahead = describeProjection(line.projection, indicator, lang, { compact: true });
  return `• ${what}\n    ${`${progress}${mine}`}${ahead ? `${UNDER}${ahead}` : ''}\n    ${source}`;
}

/** `/zone targets <zone>`: the zone's own targets, then those it shares, each with the plan's own words. */
export function zoneTargetsView(status: ZoneStatus, plan: PlanIndex, lang: Lang): Reply {
  const m = targetsListText(lang);
  const { zone } = status;
  const title = m.zoneTitle(zoneName(zone, lang));
  const level = planWords(lang).level[zone.level];
  const blocks = heading(plan, lang, status.today, title, [`${level} · ${zonesText(lang).slug(zone.slug)}`]);
  const own = status.targets.filter((t) => !t.shared);
  const shared = status.targets.filter((t) => t.shared);
  blocks.push(divider(), section(m.own(own.length)));
  blocks.push(...(own.length ? sections(own.map((t) => zoneTargetLine(t, plan, lang))) : [context(m.noOwn)]));
  if (shared.length) {
    blocks.push(section(m.shared(shared.length)), ...sections(shared.map((t) => zoneTargetLine(t, plan, lang))));
  }
  if (status.targets.length) {
    const note = status.targets.some((t) => t.projection.state === 'projected') ? [projectionNote(lang)] : [];
    const leads = leadLegend(
      status.targets.map((t) => t.target),
      lang,
    );
    blocks.push(context(lightsLegend(status.thresholds, plan.data.plan.baselineYear, lang), ...leads, ...note));
  }
  blocks.push(
    actions(BLOCK.targetsActions, [
      button(m.showStatus, RUN_COMMAND_ACTION, `status ${zone.slug}`),
      button(m.allTargets, RUN_COMMAND_ACTION, 'targets'),
    ]),
  );
  return reply(title, fitBlocks(blocks, common(lang).overflow));
}
