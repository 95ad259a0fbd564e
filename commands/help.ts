import type { KnownBlock } from '@slack/types';
import { defineMessages, type Lang } from '../src/i18n/lang.js';
import { context, header, reply, section, sections } from '../src/views/blocks.js';
import { type Command, UsageError } from './command.js';

const text = defineMessages({
  zh: {
    usage: 'help [指令]',
    summary: '全部指令，或某个指令的详细用法',
    details: '`/zone help` 列出全部指令；`/zone help tasks` 看 tasks 指令的用法和例子。',
    title: 'zonebot · 连云港市“十四五”开发区高质量发展行动方案',
    intro: '在 Slack 里查询方案的目标、任务、节点和进展。开发区可以用代号（如 `xuwei`）、全称、简称或别名。',
    more: '输入 `/zone help <指令>` 查看详细用法；输入 `/zone lang en` 改用英文。',
    unknown: (w: string) => `没有“${w}”这个指令。`,
    aliases: (list: string) => `也可以输入：${list}`,
  },
  en: {
    usage: 'help [command]',
    summary: 'Every command, or one command in detail',
    details: '`/zone help` lists every command; `/zone help tasks` shows how to use tasks, with examples.',
    title: "zonebot · Lianyungang's development-zone action plan",
    intro:
      "Ask about the plan's targets, tasks, deadlines and progress. Name a zone by slug (e.g. `xuwei`), Chinese full or short name, or alias.",
    more: 'Type `/zone help <command>` for details; `/zone lang zh` answers in Chinese.',
    unknown: (w: string) => `There is no command "${w}".`,
    aliases: (list: string) => `Also: ${list}`,
  },
});

function overview(commands: Command[], lang: Lang) {
  const m = text(lang);
  const lines = commands.map((c) => {
    const h = c.help(lang);
    return `\`/zone ${h.usage}\` — ${h.summary}`;
  });
  const blocks: KnownBlock[] = [header(m.title), section(m.intro), ...sections(lines), context(m.more)];
  return reply(`${m.title}\n${lines.join('\n')}`, blocks);
}

function detail(command: Command, lang: Lang) {
  const m = text(lang);
  const h = command.help(lang);
  const blocks: KnownBlock[] = [section(`*\`/zone ${h.usage}\`*\n${h.summary}`), section(h.details)];
  if (command.aliases.length) blocks.push(context(m.aliases(command.aliases.join(' · '))));
  return reply(`/zone ${h.usage}: ${h.summary}`, blocks);
}

/** Help reads the command table it belongs to, which is built after it. */
export function createHelp(commands: () => Command[]): Command {
  return {
    name: 'help',
    aliases: ['帮助', '?', '？'],
    help: (lang) => text(lang),
    async run(args, ctx) {
      const word = args[0]?.toLowerCase();
      if (!word) return overview(commands(), ctx.lang);
      const found = commands().find((c) => c.name === word || c.aliases.includes(word));
      if (!found) throw new UsageError(text(ctx.lang).unknown(word), text(ctx.lang).details);
      return detail(found, ctx.lang);
    },
  };
}
