import type { HomeView, KnownBlock, SectionBlock } from '@slack/types';
import type { Home, UnitDue, ZoneDue, ZoneOverview } from '../domain/home.js';
import type { PlanIndex } from '../domain/plan-index.js';
import type { DueFigure } from '../domain/reporting-calendar.js';
import type { Actor } from '../domain/roles.js';
import { RAGS } from '../domain/schedule.js';
import type { MilestoneLine } from '../domain/zone-status.js';
import { formatDate, formatPeriod } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { common } from '../i18n/messages/common.js';
import { homeText } from '../i18n/messages/home.js';
import { button, context, divider, fitBlocks, header, section, sections } from './blocks.js';
import { RUN_COMMAND_ACTION } from './ids.js';
import { describeMilestone } from './milestone-text.js';
import { mention } from './mrkdwn.js';
import { taskTitle, unitName, zoneName, zoneShort } from './names.js';
import { grantName } from './roles.js';
import { RAG_ICON } from './target-text.js';

// Slack's limit for a Home tab, twice a message's.
export const MAX_HOME_BLOCKS = 100;
/** Items (each a block with its button) shown per zone or unit; the rest are counted and pointed to. */
export const MAX_ITEMS = 8;
/** Missing periods named per indicator, newest first; the older ones are counted. */
export const MAX_PERIODS = 3;

interface Item {
  text: string;
  /** The /zone line the item's button runs: one that opens a modal, since Home has no conversation to answer in. */
  command: string;
}

const item = (it: Item, label: string): SectionBlock => ({
  ...section(it.text),
  accessory: button(label, RUN_COMMAND_ACTION, it.command),
});

/** Up to MAX_ITEMS items with their buttons, then how many more there are and where to see them. */
function itemBlocks(items: Item[], label: string, more: (n: number) => string): KnownBlock[] {
  const shown = items.slice(0, MAX_ITEMS).map((it) => item(it, label));
  return items.length > MAX_ITEMS ? [...shown, context(more(items.length - MAX_ITEMS))] : shown;
}

/** One item per task, since the progress form is per task; task-less milestones have no form and no button. */
function milestoneItems(lines: MilestoneLine[], zone: string | null, lang: Lang, today: string): Item[] {
  const groups = new Map<string, { task: number | null; lines: MilestoneLine[] }>();
  for (const line of lines) {
    const { task, key } = line.milestone;
    const id = task === null ? key : String(task);
    const group = groups.get(id) ?? { task, lines: [] };
    group.lines.push(line);
    groups.set(id, group);
  }
  return [...groups.values()].map((g) => ({
    text: g.lines.map((l) => describeMilestone(l, lang, today)).join('\n'),
    command: `progress ${g.task ?? 'org'}${zone ? ` ${zone}` : ''}`,
  }));
}

const overdueWord = (lang: Lang) => (lang === 'zh' ? '逾期' : 'overdue');

/** The figures due and not in, one line per indicator. */
function missingText(missing: DueFigure[], lang: Lang): string {
  const m = homeText(lang);
  if (!missing.length) return m.allIn;
  const byIndicator = new Map<string, DueFigure[]>();
  for (const f of missing) byIndicator.set(f.indicator.key, [...(byIndicator.get(f.indicator.key) ?? []), f]);
  const lines = [...byIndicator.values()].map((figures) => {
    const { indicator } = figures[0] as DueFigure;
    const newest = figures.slice(-MAX_PERIODS).reverse();
    const periods = newest.map((f) => formatPeriod(f.period, lang)).join(common(lang).listSeparator);
    return m.missingIndicator(
      lang === 'zh' ? indicator.name : indicator.nameEn,
      periods,
      figures.length - newest.length,
    );
  });
  return m.missing(missing.length, lines.join('\n'));
}

function zoneBlocks(due: ZoneDue, home: Home, lang: Lang): KnownBlock[] {
  const m = homeText(lang);
  const figures = missingText(due.missing, lang);
  const slug = due.zone.slug;
  const milestones = milestoneItems(due.milestones, slug, lang, home.today);
  return [
    divider(),
    section(m.zoneDue(zoneName(due.zone, lang))),
    item({ text: figures, command: `report ${slug}` }, m.report),
    ...(milestones.length
      ? itemBlocks(milestones, m.progress, (n) => m.more(n, `/zone tasks ${slug} ${overdueWord(lang)}`))
      : [context(m.nothingPressing)]),
  ];
}

function unitBlocks(due: UnitDue, home: Home, lang: Lang): KnownBlock[] {
  const m = homeText(lang);
  const more = (n: number) => m.more(n, `/zone tasks ${due.unit.key} ${overdueWord(lang)}`);
  const blocks: KnownBlock[] = [divider(), section(m.unitDue(unitName(due.unit, lang)))];
  if (due.milestones.length) {
    blocks.push(context(m.ownMilestones));
    blocks.push(...itemBlocks(milestoneItems(due.milestones, null, lang, home.today), m.progress, more));
  }
  if (!due.tasks.length) return [...blocks, context(m.noSlipping)];
  const tasks = due.tasks.map(({ task, overdue }) => ({
    text: `• ${m.slippingTask(`${common(lang).task(task.number)} ${taskTitle(task, lang)}`, overdue)}`,
    command: `progress ${task.number}`,
  }));
  return [...blocks, context(m.slipping(tasks.length)), ...itemBlocks(tasks, m.progress, more)];
}

function overviewBlocks(overview: ZoneOverview[], lang: Lang): KnownBlock[] {
  const m = homeText(lang);
  const lines = overview.map(({ zone, lights, overdue }) => {
    const counts = RAGS.map((r) => `${RAG_ICON[r]} ${lights[r]}`).join(' ');
    return m.overviewLine(zoneShort(zone, lang), zone.slug, counts, overdue);
  });
  return [divider(), header(m.overview), ...sections(lines), context(m.overviewLegend)];
}

/** For someone with nothing to report: what zonebot is and how to ask it. */
function guideBlocks(plan: PlanIndex, lang: Lang): KnownBlock[] {
  const m = homeText(lang);
  const { docNumber, title, titleEn } = plan.data.plan;
  const zones = plan.data.zones.map((z) => `${zoneShort(z, lang)} \`${z.slug}\``);
  return [
    divider(),
    section(m.about(docNumber, lang === 'zh' ? title : titleEn, plan.data.zones.length, plan.taskCount)),
    section(m.guide),
    context(m.zoneList(zones.join(common(lang).listSeparator))),
  ];
}

/**
 * The Home tab: who the person is in the plan, what they owe next with a
 * button straight into its form, the city overview for those who oversee it,
 * and a short guide for everyone with nothing to report.
 */
export function homeView(home: Home, plan: PlanIndex, actor: Actor, lang: Lang): HomeView {
  const m = homeText(lang);
  const c = common(lang);
  const roles = actor.grants.map((g) => grantName(g, plan, lang));
  if (actor.configAdmin && !actor.grants.some((g) => g.role === 'admin')) {
    roles.push(grantName({ role: 'admin', zone: null, unit: null }, plan, lang));
  }
  const greeting = m.greeting(actor.userId ? mention(actor.userId) : '');
  const blocks: KnownBlock[] = [
    header(m.title),
    section(roles.length ? `${greeting}\n${m.roles(roles.join(c.listSeparator))}` : greeting),
    context(c.asOf(formatDate(home.today, lang)), c.planRef(plan.data.plan.docNumber)),
  ];
  for (const due of home.zones) blocks.push(...zoneBlocks(due, home, lang));
  for (const due of home.units) blocks.push(...unitBlocks(due, home, lang));
  if (home.overview) blocks.push(...overviewBlocks(home.overview, lang));
  if (!home.overview && !home.zones.length && !home.units.length) blocks.push(...guideBlocks(plan, lang));
  return { type: 'home', blocks: fitBlocks(blocks, homeText(lang).overflow, MAX_HOME_BLOCKS) };
}
