import { type CommandLine, commandLine } from '../src/i18n/command-line.js';
import { defineMessages, isLang } from '../src/i18n/lang.js';
import { reply, section } from '../src/views/blocks.js';
import { type Command, UsageError } from './command.js';

const text = defineMessages({
  zh: {
    usage: 'lang <zh|en>',
    summary: '切换回答语言（中文 / English）',
    details: (line: CommandLine) => `${line('lang en')} 改用英文回答，${line('lang zh')} 改回中文。只对您本人生效。`,
    bad: '请选择 zh（中文）或 en（English）。',
    terminal: '终端里请用 `--lang en` 或 `--lang zh` 选择语言。',
    done: '好的，今后用中文回答您。',
  },
  en: {
    usage: 'lang <zh|en>',
    summary: 'Choose the language of answers (中文 / English)',
    details: (line: CommandLine) =>
      `${line('lang en')} answers you in English, ${line('lang zh')} in Chinese. It applies to you only.`,
    bad: 'Choose zh (中文) or en (English).',
    terminal: 'In the terminal, choose with `--lang en` or `--lang zh`.',
    done: 'OK, I will answer you in English from now on.',
  },
});

const WORDS: Record<string, 'zh' | 'en'> = {
  中文: 'zh',
  汉语: 'zh',
  chinese: 'zh',
  英文: 'en',
  英语: 'en',
  english: 'en',
};

export const lang: Command = {
  name: 'lang',
  aliases: ['language', '语言'],
  help: (l) => text(l),
  live: true,
  // The terminal picks its language per run, with --lang.
  only: 'slack',
  async run(args, ctx) {
    const word = (args[0] ?? '').toLowerCase();
    const chosen = isLang(word) ? word : WORDS[word];
    // The terminal has no stored language to change, whatever was typed.
    if (ctx.userId === null) throw new UsageError(text(ctx.lang).terminal);
    if (!chosen || args.length > 1)
      throw new UsageError(text(ctx.lang).bad, commandLine(ctx.surface)(text(ctx.lang).usage));
    await ctx.services.people.setLanguage(ctx.userId, chosen);
    const m = text(chosen);
    return reply(m.done, [section(`✅ ${m.done}`)]);
  },
};
