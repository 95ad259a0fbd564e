import { foldName } from '../src/domain/names.js';
import { PERIOD_PATTERN } from '../src/domain/periods.js';
import { decide } from '../src/domain/permissions.js';
import type { GroupCursor } from '../src/domain/records.js';
import { commandLine } from '../src/i18n/command-line.js';
import { historyText } from '../src/i18n/messages/history.js';
import { HISTORY_GROUPS, HISTORY_TRAIL, historyView } from '../src/views/history.js';
import { countyName, zoneName } from '../src/views/names.js';
import { subjectKey } from '../src/views/report-figure.js';
import { requireSubject } from './args.js';
import { type Command, type CommandContext, UsageError } from './command.js';

const CITY_WORDS = new Set(['全市', 'city', '城市']);
/** Where the 更多 button's next page begins: `--after 2024-03/gdp`. */
const AFTER = /^(?:--|—|–)after$/u;

function requireIndicator(query: string, ctx: CommandContext): string {
  const q = foldName(query);
  const found = ctx.plan.data.indicators.find((i) => [i.key, i.name, i.nameEn].some((n) => foldName(n) === q));
  if (found) return found.key;
  const m = historyText(ctx.lang);
  const list = ctx.plan.data.indicators.map((i) => (ctx.lang === 'zh' ? i.name : i.key)).join(' · ');
  throw new UsageError(m.unknownIndicator(query), m.indicatorHint(list));
}

/** The cursor a 更多 button carries, taken out of the arguments; a hand-edited one is refused plainly. */
function takeCursor(args: string[], ctx: CommandContext): { rest: string[]; after: GroupCursor | null } {
  const at = args.findIndex((a) => AFTER.test(a));
  if (at < 0) return { rest: args, after: null };
  const [period = '', indicator = ''] = (args[at + 1] ?? '').split('/');
  if (!PERIOD_PATTERN.test(period) || !ctx.plan.data.indicators.some((i) => i.key === indicator))
    throw new UsageError(historyText(ctx.lang).badCursor(args[at + 1] ?? ''));
  return { rest: [...args.slice(0, at), ...args.slice(at + 2)], after: { period, indicator } };
}

/**
 * `/zone history <zone|county|全市> [indicator]`: the figures' trail a page at a
 * time, newest first, read from the database each time (only the page), and
 * on the first page the latest progress reports and notes (a county has none).
 */
export const history: Command = {
  name: 'history',
  aliases: ['记录', '历史'],
  live: true,
  help: (lang) => historyText(lang),
  async run(args, ctx) {
    const m = historyText(ctx.lang);
    const { rest: words, after } = takeCursor(args, ctx);
    const [first, ...rest] = words;
    if (!first) throw new UsageError(m.missing(commandLine(ctx.surface)));
    const city = CITY_WORDS.has(first.toLowerCase());
    const subject = city ? null : requireSubject(first, ctx);
    const indicator = rest.length ? requireIndicator(rest.join(' '), ctx) : undefined;
    const slug = subject ? subjectKey(subject) : null;
    const trail = !indicator && !after;
    const { progress, figures } = ctx.services;
    const [page, reports, notes] = await Promise.all([
      figures.history(ctx.plan, { zone: slug, ...(indicator ? { indicator } : {}) }, after, HISTORY_GROUPS),
      trail ? progress.history(ctx.plan.key, slug, HISTORY_TRAIL) : Promise.resolve([]),
      trail ? progress.notes(ctx.plan.key, slug, HISTORY_TRAIL) : Promise.resolve([]),
    ]);
    const typed = [slug ?? first, ...(indicator ? [indicator] : [])].join(' ');
    const next = page.next && `history ${typed} --after ${page.next.period}/${page.next.indicator}`;
    const name = !subject
      ? m.city
      : 'zone' in subject
        ? zoneName(subject.zone, ctx.lang)
        : countyName(subject.county, ctx.lang);
    return historyView({
      subject: name,
      page,
      progress: reports,
      notes,
      trail,
      continued: after !== null,
      next: next ? { line: next, typed: commandLine(ctx.surface)(next) } : null,
      plan: ctx.plan,
      lang: ctx.lang,
      canVerify: (key) => decide(ctx.plan, ctx.actor, { kind: 'verify_figure', indicator: key }).allowed,
    });
  },
};
