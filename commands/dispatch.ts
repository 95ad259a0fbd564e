import { NameResolver } from '../src/domain/names.js';
import { commandLine } from '../src/i18n/command-line.js';
import { common } from '../src/i18n/messages/common.js';
import { PermissionDenied } from '../src/services/authorize.js';
import type { Reply } from '../src/views/blocks.js';
import { errorReply } from '../src/views/error.js';
import { refusalReply } from '../src/views/roles.js';
import { type Command, type CommandContext, typedIn, UsageError } from './command.js';
import { takePlanOption } from './plan-option.js';
import { tokenize } from './tokenize.js';

export { tokenize };

/** Longer input is certainly not a command; Slack itself allows a few thousand characters. */
export const MAX_INPUT = 500;

export interface Outcome {
  /** False for bad input (the terminal exits 2); the reply then says what was wrong. */
  ok: boolean;
  reply: Reply;
}

/**
 * Runs one `/zone …` line against the command table. An empty line is help; a
 * line that is only a zone's name is that zone's status; anything unknown is
 * answered with the closest commands.
 */
export async function dispatch(commands: Command[], text: string, ctx: CommandContext): Promise<Outcome> {
  const m = common(ctx.lang);
  try {
    if ([...text].length > MAX_INPUT) throw new UsageError(m.tooLong(MAX_INPUT), m.seeHelp(commandLine(ctx.surface)));
    const [word = 'help', ...args] = tokenize(text);
    const command = findCommand(commands, word);
    if (command) return { ok: true, reply: await command.run(args, ctx) };
    // One word (徐圩新区, xuwei, 徐圩新区的情况) or a whole English name is a zone's status;
    // longer lines that merely mention a zone are mistyped commands.
    const zone = args.length === 0 ? ctx.plan.zones.resolve(word) : undefined;
    const named = zone?.kind === 'found' ? zone.item : ctx.plan.zones.exact(text);
    const status = findCommand(commands, 'status');
    if (named && status) return { ok: true, reply: await status.run([named.slug], ctx) };
    const joined = splitJoined(commands, word);
    if (joined) return { ok: true, reply: await joined.command.run([joined.rest, ...args], ctx) };
    throw unknownCommand(commands, word, ctx);
  } catch (err) {
    if (err instanceof UsageError) return { ok: false, reply: errorReply(err.message, err.hint, err.details) };
    if (err instanceof PermissionDenied) return { ok: false, reply: refusalReply(err.whoCan, ctx.plan, ctx.lang) };
    throw err;
  }
}

/** Whether a line's answer depends only on the plan, the figures, the day and the language. */
export function isReadOnly(commands: Command[], line: string): boolean {
  const { text } = takePlanOption(line);
  if ([...text].length > MAX_INPUT) return false;
  const [word = 'help'] = tokenize(text);
  return !(findCommand(commands, word) ?? splitJoined(commands, word)?.command)?.live;
}

export function opensModal(commands: Command[], line: string): boolean {
  const [word = ''] = tokenize(takePlanOption(line.slice(0, MAX_INPUT)).text);
  return (findCommand(commands, word) ?? splitJoined(commands, word)?.command)?.opensModal === true;
}

function findCommand(commands: Command[], word: string): Command | undefined {
  const w = word.toLowerCase();
  return commands.find((c) => c.name === w || c.aliases.includes(w));
}

const CJK = /\p{Script=Han}/u;

/**
 * Chinese is written without spaces, so `任务十九` and `状态徐圩` are a command
 * word run into its argument. The longest Chinese command word that begins
 * the word is taken, so `任务清单` stays the list and never becomes 任务 + 清单.
 */
function splitJoined(commands: Command[], word: string): { command: Command; rest: string } | null {
  const found = commands
    .flatMap((command) =>
      command.aliases
        .filter((a) => CJK.test(a) && word.startsWith(a) && word.length > a.length)
        .map((alias) => ({ command, alias })),
    )
    .sort((a, b) => b.alias.length - a.alias.length)[0];
  return found ? { command: found.command, rest: word.slice(found.alias.length) } : null;
}

function unknownCommand(commands: Command[], word: string, ctx: CommandContext): UsageError {
  const m = common(ctx.lang);
  const resolver = new NameResolver(commands.map((c) => ({ item: c, names: [c.name, ...c.aliases] })));
  const found = resolver.resolve(word);
  const close =
    found.kind === 'found' ? [found.item] : found.kind === 'ambiguous' ? found.candidates : found.suggestions;
  const quoted = close.map((c) => commandLine(typedIn(c, ctx.surface))(c.help(ctx.lang).usage));
  const hint = close.length ? m.didYouMean(quoted.join(' ')) : m.seeHelp(commandLine(ctx.surface));
  return new UsageError(m.unknownCommand(word), hint);
}
