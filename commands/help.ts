import type { KnownBlock } from '@slack/types';
import { type CommandLine, commandLine, type Surface } from '../src/i18n/command-line.js';
import { defineMessages, type Lang } from '../src/i18n/lang.js';
import { context, header, reply, section, sections } from '../src/views/blocks.js';
import { type Command, typedIn, UsageError } from './command.js';

const text = defineMessages({
  zh: {
    usage: 'help [指令]',
    summary: '全部指令，或某个指令的详细用法',
    details: (line: CommandLine) => `${line('help')} 列出全部指令；${line('help tasks')} 看 tasks 指令的用法和例子。`,
    title: 'zonebot · 连云港市“十四五”开发区高质量发展行动方案',
    intro: '在 Slack 里查询方案的目标、任务、节点和进展。开发区可以用代号（如 `xuwei`）、全称、简称或别名。',
    terminalIntro:
      '在终端里查询方案的目标、任务、节点和进展，导入和导出数据。开发区可以用代号（如 `xuwei`）、全称、简称或别名。',
    more: (line: CommandLine) => `输入 ${line('help <指令>')} 查看详细用法；输入 ${line('lang en')} 改用英文。`,
    terminalMore: (line: CommandLine) => `输入 ${line('help <指令>')} 查看详细用法；加上 \`--lang en\` 改用英文。`,
    unknown: (w: string) => `没有“${w}”这个指令。`,
    aliases: (list: string) => `也可以输入：${list}`,
  },
  en: {
    usage: 'help [command]',
    summary: 'Every command, or one command in detail',
    details: (line: CommandLine) =>
      `${line('help')} lists every command; ${line('help tasks')} shows how to use tasks, with examples.`,
    title: "zonebot · Lianyungang's development-zone action plan",
    intro:
      "Ask about the plan's targets, tasks, deadlines and progress. Name a zone by slug (e.g. `xuwei`), Chinese full or short name, or alias.",
    terminalIntro:
      "Ask about the plan's targets, tasks, deadlines and progress, and import and export figures. Name a zone by slug (e.g. `xuwei`), Chinese full or short name, or alias.",
    more: (line: CommandLine) => `Type ${line('help <command>')} for details; ${line('lang zh')} answers in Chinese.`,
    terminalMore: (line: CommandLine) => `Type ${line('help <command>')} for details; add \`--lang zh\` for Chinese.`,
    unknown: (w: string) => `There is no command "${w}".`,
    aliases: (list: string) => `Also: ${list}`,
  },
});

function overview(commands: Command[], lang: Lang, reader: Surface) {
  const m = text(lang);
  const lines = commands.map((c) => {
    const h = c.help(lang);
    return `${commandLine(typedIn(c, reader))(h.usage)} — ${h.summary}`;
  });
  const line = commandLine(reader);
  const [intro, more] = reader === 'terminal' ? [m.terminalIntro, m.terminalMore(line)] : [m.intro, m.more(line)];
  const blocks: KnownBlock[] = [header(m.title), section(intro), ...sections(lines), context(more)];
  return reply(`${m.title}\n${lines.join('\n')}`, blocks);
}

function detail(command: Command, lang: Lang, reader: Surface) {
  const m = text(lang);
  const h = command.help(lang);
  const line = commandLine(typedIn(command, reader));
  const blocks: KnownBlock[] = [section(`*${line(h.usage)}*\n${h.summary}`), section(h.details(line))];
  if (command.aliases.length) blocks.push(context(m.aliases(command.aliases.join(' · '))));
  return reply(`${line(h.usage)}: ${h.summary}`, blocks);
}

/** Help reads the command table it belongs to, which is built after it. */
export function createHelp(commands: () => Command[]): Command {
  return {
    name: 'help',
    aliases: ['帮助', '?', '？'],
    help: (lang) => text(lang),
    async run(args, ctx) {
      const word = args[0]?.toLowerCase();
      if (!word) return overview(commands(), ctx.lang, ctx.surface);
      const found = commands().find((c) => c.name === word || c.aliases.includes(word));
      if (!found) throw new UsageError(text(ctx.lang).unknown(word), text(ctx.lang).details(commandLine(ctx.surface)));
      return detail(found, ctx.lang, ctx.surface);
    },
  };
}
