import type { CommandLine } from '../command-line.js';
import { defineMessages } from '../lang.js';
import { plural } from '../plural.js';

/** `/zone zones`: every zone the plan covers. */
export const zonesText = defineMessages({
  zh: {
    usage: 'zones',
    summary: '全部开发区：名称、代号和别名',
    details: (line: CommandLine) =>
      `${line('zones')} 按国家级开发区、功能板块、省级开发区列出方案涉及的全部开发区。列出的任一名称、代号或别名都可用在 ${line('status')} 等指令里。`,
    extra: (line: CommandLine) => `${line('zones')} 不需要其他内容。`,
    title: (n: number) => `开发区一览（${n}个）`,
    group: (level: string, n: number) => `*${level}*（${n}个）`,
    slug: (slug: string) => `代号 \`${slug}\``,
    aliases: (list: string) => `又称 ${list}`,
    picker: '选择开发区查看进展',
    hint: (line: CommandLine) =>
      `以上任一名称、代号或别名都可用于 ${line('status')}，例如 ${line('status 徐圩')}，也可以直接输入 ${line('徐圩')}。`,
  },
  en: {
    usage: 'zones',
    summary: 'Every zone: names, slugs and aliases',
    details: (line: CommandLine) =>
      `${line('zones')} lists every zone in the plan: national zones, functional areas and provincial zones. Any name, slug or alias listed works in ${line('status')} and the other commands.`,
    extra: (line: CommandLine) => `${line('zones')} takes nothing after it.`,
    title: (n: number) => `Development zones (${n})`,
    group: (level: string, n: number) => `*${n} ${plural(n, level, `${level}s`)}*`,
    slug: (slug: string) => `slug \`${slug}\``,
    aliases: (list: string) => `also ${list}`,
    picker: 'Pick a zone to see its status',
    hint: (line: CommandLine) =>
      `Any of these names, slugs or aliases works in ${line('status')}, e.g. ${line('status xuwei')}, or just ${line('xuwei')}.`,
  },
});
