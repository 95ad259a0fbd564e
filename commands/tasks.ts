import type { Resolution } from '../src/domain/names.js';
import { filterTasks, NO_FILTER, type TaskFilter } from '../src/domain/task-filter.js';
import { commandLine } from '../src/i18n/command-line.js';
import { common } from '../src/i18n/messages/common.js';
import { MAX_DUE_DAYS, tasksText } from '../src/i18n/messages/tasks.js';
import { parseNumber } from '../src/i18n/numerals.js';
import type { UnitData, ZoneData } from '../src/plan/types.js';
import { unitName, zoneShort } from '../src/views/names.js';
import { tasksView } from '../src/views/tasks.js';
import { wholeNumber } from './args.js';
import { type Command, type CommandContext, UsageError } from './command.js';

const OVERDUE = new Set(['overdue', '逾期', '已逾期']);
const DUE = new Set(['due', '到期']);
const PROGRAMME = new Set(['programme', 'program', '工程']);
// Written as one word: due30d, 到期30, 30天内到期 · programme5, 工程五, 第五项工程.
const DUE_JOINED = [/^(?:due|到期)(\d+)(?:d|days?|天)?$/u, /^(\d+)(?:d|days?|天)内?到期$/u];
const PROGRAMME_JOINED = [/^(?:programme|program|工程)(.+)$/u, /^第(.+?)项?工程$/u];
const DAYS = /^(\d+)(?:d|days?|天内?)?$/u;
const DAYS_WORD = new Set(['d', 'day', 'days', '天', '天内']);
/** A hint names a few candidates, not every unit whose name holds "Municipal". */
const MAX_OPTIONS = 6;

type Named = { kind: 'zone'; zone: ZoneData } | { kind: 'unit'; unit: UnitData };

function days(token: string | undefined, ctx: CommandContext): number {
  const n = wholeNumber(token === undefined ? undefined : DAYS.exec(token)?.[1]);
  if (n === null || n > MAX_DUE_DAYS) {
    throw new UsageError(tasksText(ctx.lang).badDays(commandLine(ctx.surface), token ?? null));
  }
  return n;
}

function programme(token: string | undefined, ctx: CommandContext): number {
  const bare = token?.replace(/^[(（]|[)）]$/gu, '');
  const n = bare === undefined ? null : parseNumber(bare);
  if (n === null || !ctx.plan.programme(n)) {
    const count = ctx.plan.data.programmes.length;
    throw new UsageError(tasksText(ctx.lang).badProgramme(commandLine(ctx.surface), token ?? null, count));
  }
  return n;
}

/** A zone or unit whose own name (not just a part of it) is the query: `Xuwei New Area` typed as three words. */
function exactly(query: string, ctx: CommandContext): Named | null {
  const zone = ctx.plan.zones.exact(query);
  if (zone) return { kind: 'zone', zone };
  const unit = ctx.plan.units.exact(query);
  return unit ? { kind: 'unit', unit } : null;
}

/** One word that names a zone or a unit in part; anything else is answered with the closest names. */
function named(token: string, ctx: CommandContext): Named {
  const m = tasksText(ctx.lang);
  const c = common(ctx.lang);
  const line = commandLine(ctx.surface);
  if (/^\d+$/u.test(token)) throw new UsageError(m.bareNumber(token), m.bareNumberHint(line, token));
  const exact = exactly(token, ctx);
  if (exact) return exact;
  const zone = ctx.plan.zones.resolve(token);
  const unit = ctx.plan.units.resolve(token);
  if (zone.kind === 'found' && unit.kind !== 'found') return { kind: 'zone', zone: zone.item };
  if (unit.kind === 'found' && zone.kind !== 'found') return { kind: 'unit', unit: unit.item };
  const options = <T>(r: Resolution<T>): T[] =>
    r.kind === 'found' ? [r.item] : r.kind === 'ambiguous' ? r.candidates : r.suggestions;
  const listed = [
    ...options(zone).map((z) => c.zoneOption(zoneShort(z, ctx.lang), z.slug)),
    ...options(unit).map((u) => unitName(u, ctx.lang)),
  ];
  const shown = listed.length > MAX_OPTIONS ? [...listed.slice(0, MAX_OPTIONS), '…'] : listed;
  const hint = listed.length ? c.didYouMean(shown.join(c.listSeparator)) : c.usage(line, m.usage);
  const unclear = [zone, unit].some((r) => r.kind !== 'unknown');
  throw new UsageError(unclear ? m.ambiguousName(token) : m.unknownName(token), hint);
}

/** Several words that together spell a zone's or unit's name, longest first. */
function spelled(tokens: string[], from: number, ctx: CommandContext): { found: Named; end: number } | null {
  for (let end = tokens.length; end > from + 1; end--) {
    const found = exactly(tokens.slice(from, end).join(' '), ctx);
    if (found) return { found, end };
  }
  return null;
}

/** Words between filter keywords: each a zone or unit, or several that together spell one's name. */
function names(tokens: string[], ctx: CommandContext): Named[] {
  const out: Named[] = [];
  let i = 0;
  while (i < tokens.length) {
    const span = spelled(tokens, i, ctx);
    out.push(span ? span.found : named(tokens[i] ?? '', ctx));
    i = span ? span.end : i + 1;
  }
  return out;
}

type Keyword = { kind: 'overdue' } | { kind: 'due' | 'programme'; joined: string | undefined };

function keyword(word: string): Keyword | null {
  if (OVERDUE.has(word)) return { kind: 'overdue' };
  if (DUE.has(word)) return { kind: 'due', joined: undefined };
  if (PROGRAMME.has(word)) return { kind: 'programme', joined: undefined };
  const due = DUE_JOINED.map((re) => re.exec(word)?.[1]).find((d) => d !== undefined);
  if (due !== undefined) return { kind: 'due', joined: due };
  const programme = PROGRAMME_JOINED.map((re) => re.exec(word)?.[1]).find((p) => p !== undefined);
  return programme === undefined ? null : { kind: 'programme', joined: programme };
}

/** Filter words in any order; each condition at most once. */
export function parseFilter(args: string[], ctx: CommandContext): TaskFilter {
  const m = tasksText(ctx.lang);
  const filter: TaskFilter = { ...NO_FILTER };
  const pending: string[] = [];
  const set = <K extends keyof TaskFilter>(key: K, value: TaskFilter[K]) => {
    const same = JSON.stringify(filter[key]) === JSON.stringify(value);
    if (filter[key] !== null && !same) {
      throw new UsageError(m.twice[key], common(ctx.lang).usage(commandLine(ctx.surface), m.usage));
    }
    filter[key] = value;
  };
  const flush = () => {
    for (const n of names(pending.splice(0), ctx)) {
      if (n.kind === 'zone') set('zone', n.zone.slug);
      else set('unit', n.unit.key);
    }
  };
  for (let i = 0; i < args.length; i++) {
    const token = args[i] ?? '';
    const k = keyword(token.toLowerCase());
    if (k === null) {
      pending.push(token);
      continue;
    }
    flush();
    if (k.kind === 'overdue') set('deadline', { kind: 'overdue' });
    else if (k.kind === 'programme') set('programme', programme(k.joined ?? args[++i], ctx));
    else {
      set('deadline', { kind: 'due_within', days: days(k.joined ?? args[++i], ctx) });
      // `due 30 days`: the unit may come as a word of its own.
      if (k.joined === undefined && DAYS_WORD.has(args[i + 1]?.toLowerCase() ?? '')) i++;
    }
  }
  flush();
  return filter;
}

export const tasks: Command = {
  name: 'tasks',
  aliases: ['任务清单', '清单', '任务列表'],
  help: (lang) => tasksText(lang),
  async run(args, ctx) {
    const filter = parseFilter(args, ctx);
    const list = filterTasks(ctx.plan, filter, ctx.facts, ctx);
    return tasksView(list, filter, ctx.plan, ctx.lang, ctx.today, commandLine(ctx.surface));
  },
};
