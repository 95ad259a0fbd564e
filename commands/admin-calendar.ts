import { localDate } from '../src/domain/dates.js';
import { HOLIDAY_NOTICES } from '../src/domain/holidays-cn.js';
import { TERMINAL_RECORDED_AS } from '../src/domain/records.js';
import { commandLine } from '../src/i18n/command-line.js';
import { calendarText } from '../src/i18n/messages/calendar.js';
import { isoDate } from '../src/plan/schema.js';
import { type Reply, reply, section, sections } from '../src/views/blocks.js';
import { mention } from '../src/views/mrkdwn.js';
import { type CommandContext, UsageError } from './command.js';

const done = (text: string) => reply(text, [section(text)]);

function requireDate(word: string | undefined, ctx: CommandContext): string {
  if (!isoDate.safeParse(word ?? '').success) {
    throw new UsageError(
      calendarText(ctx.lang).badDate(word ?? ''),
      calendarText(ctx.lang).usage(commandLine(ctx.surface)),
    );
  }
  return word as string;
}

/** `admin holiday <date> [note]` and `admin workday <date> [note]`: an admin's own entry in the working-day calendar. */
export async function setDay(kind: 'holiday' | 'workday', args: string[], ctx: CommandContext): Promise<Reply> {
  const [word, ...note] = args;
  const date = requireDate(word, ctx);
  await ctx.services.calendar.set(date, kind, note.join(' ') || null, ctx.actor.userId ?? TERMINAL_RECORDED_AS);
  return done(calendarText(ctx.lang).set(date, kind === 'holiday'));
}

/** `admin calendar [year]` lists the year's added days; `admin calendar remove <date>` takes one away. */
export async function calendar(args: string[], ctx: CommandContext): Promise<Reply> {
  const m = calendarText(ctx.lang);
  if (args[0] === 'remove' || args[0] === '删除') {
    const date = requireDate(args[1], ctx);
    return done((await ctx.services.calendar.remove(date)) ? m.removed(date) : m.notSet(date));
  }
  const year = /^\d{4}$/.test(args[0] ?? '') ? Number(args[0]) : Number(localDate(ctx.now).slice(0, 4));
  const added = (await ctx.services.calendar.added()).filter((d) => d.date.startsWith(String(year)));
  const lines = [
    HOLIDAY_NOTICES.some((n) => n.year === year) ? m.builtIn(year) : m.noData(year),
    ...(added.length
      ? added.map((d) => m.line(d.date, d.kind === 'holiday', d.note ?? '', mention(d.setBy)))
      : [m.none]),
  ];
  return reply(m.title(year), [section(`*${m.title(year)}*`), ...sections(lines)]);
}
