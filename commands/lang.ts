import { defineMessages, isLang } from '../src/i18n/lang.js';
import { reply, section } from '../src/views/blocks.js';
import { type Command, UsageError } from './command.js';

const text = defineMessages({
  zh: {
    usage: 'lang <zh|en>',
    summary: '切换回答语言（中文 / English）',
    details: '`/zone lang en` 改用英文回答，`/zone lang zh` 改回中文。只对您本人生效。',
    bad: '请选择 zh（中文）或 en（English）。',
    terminal: '终端里请用 `--lang en` 或 `--lang zh` 选择语言。',
    done: '好的，今后用中文回答您。',
  },
  en: {
    usage: 'lang <zh|en>',
    summary: 'Choose the language of answers (中文 / English)',
    details: '`/zone lang en` answers you in English, `/zone lang zh` in Chinese. It applies to you only.',
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
  async run(args, ctx) {
    const word = (args[0] ?? '').toLowerCase();
    const chosen = isLang(word) ? word : WORDS[word];
    if (!chosen || args.length > 1) throw new UsageError(text(ctx.lang).bad, `\`/zone ${text(ctx.lang).usage}\``);
    if (ctx.userId === null) throw new UsageError(text(ctx.lang).terminal);
    await ctx.services.people.setLanguage(ctx.userId, chosen);
    const m = text(chosen);
    return reply(m.done, [section(`✅ ${m.done}`)]);
  },
};
