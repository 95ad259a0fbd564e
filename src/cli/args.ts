import { isLang, type Lang } from '../i18n/lang.js';

export const USAGE = `usage: zonebot [--lang zh|en] [--json] [--out <file>] [--plan <key>] <command> [args…]
  e.g. zonebot status xuwei · zonebot task 19 · zonebot tasks overdue · zonebot help
       zonebot export xuwei --out ledger.csv · zonebot import figures.csv --dry-run
       zonebot assessment --as-of 2026-03-31 --out report.docx
       zonebot jobs · zonebot job nudges --at 2026-12-01T09:00+08:00 --dry-run
       zonebot backup zonebot-backup.db · zonebot restore zonebot-backup.db
       zonebot plan check draft.yaml · zonebot plan check draft.yaml --diff
  --lang      answer in Chinese (zh, the default) or English (en)
  --plan      answer for the plan with this key (zonebot plans lists them);
              without it, the plan in force (else the one that ended last)
  --json      print the Slack Block Kit message instead of text
  --out       write the answer's file (the export's CSV, a chart, the assessment's
              Word document) or else its text to <file>; without it a CSV goes to
              stdout and the message to stderr, and a chart or document is not written
  --dry-run   (import) check every row and report, importing nothing;
              (job) print what the job would post, posting nothing
  --at        (job) run the job as if at this time (ISO 8601)
  --force     (backup) overwrite an existing file
  --diff      (plan check) also show what loading the file would add, change and
              retire in the database, which it only reads
exit status: 0 an answer, 2 bad input, 1 zonebot could not run`;

export interface CliOptions {
  lang: Lang | undefined;
  json: boolean;
  out: string | undefined;
  words: string[];
}

/** A flag's value, given as `--flag value` or `--flag=value`; i is past it afterwards. */
function flagValue(argv: string[], i: number, flag: string): { value: string | undefined; next: number } {
  const arg = argv[i] as string;
  return arg === flag ? { value: argv[i + 1], next: i + 1 } : { value: arg.slice(flag.length + 1), next: i };
}

/**
 * Flags may come anywhere before `--`; anything else (even "-1") is part of the
 * command line, `--dry-run` too, since it is the import command's to read.
 */
export function parseArgs(argv: string[]): CliOptions | string {
  const options: CliOptions = { lang: undefined, json: false, out: undefined, words: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      options.words.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--json') options.json = true;
    else if (arg === '--help' || arg === '-h') return USAGE;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const { value, next } = flagValue(argv, i, '--lang');
      if (!value || !isLang(value)) return `zonebot: --lang takes zh or en\n${USAGE}`;
      options.lang = value;
      i = next;
    } else if (arg === '--out' || arg.startsWith('--out=')) {
      const { value, next } = flagValue(argv, i, '--out');
      if (!value) return `zonebot: --out takes a file name\n${USAGE}`;
      options.out = value;
      i = next;
    } else options.words.push(arg);
  }
  return options;
}
