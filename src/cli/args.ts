import { isLang, type Lang } from '../i18n/lang.js';

export const USAGE = `usage: zonebot [--lang zh|en] [--json] <command> [args…]
  e.g. zonebot status xuwei · zonebot task 19 · zonebot tasks overdue · zonebot help
  --lang   answer in Chinese (zh, the default) or English (en)
  --json   print the Slack Block Kit message instead of text
exit status: 0 an answer, 2 bad input, 1 zonebot could not run`;

export interface CliOptions {
  lang: Lang | undefined;
  json: boolean;
  words: string[];
}

/** Flags may come anywhere before `--`; anything else (even "-1") is part of the command line. */
export function parseArgs(argv: string[]): CliOptions | string {
  const options: CliOptions = { lang: undefined, json: false, words: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      options.words.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--json') options.json = true;
    else if (arg === '--help' || arg === '-h') return USAGE;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      if (!value || !isLang(value)) return `zonebot: --lang takes zh or en\n${USAGE}`;
      options.lang = value;
    } else options.words.push(arg);
  }
  return options;
}
