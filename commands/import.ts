import type { BadRow, CsvProblem, GoodRow } from '../src/domain/figure-csv.js';
import { formatPeriod, formatQuantity } from '../src/i18n/format.js';
import type { Lang } from '../src/i18n/lang.js';
import { ledgerText } from '../src/i18n/messages/ledger.js';
import { reportText } from '../src/i18n/messages/report.js';
import { reply, sections } from '../src/views/blocks.js';
import { type Command, UsageError } from './command.js';

const DRY_RUN = '--dry-run';

function describe(p: CsvProblem, lang: Lang): string {
  const m = ledgerText(lang);
  if (p.code !== 'figure') return m.problem(p);
  const { problem, indicator } = p;
  // The form's wording for a period asks the user to pick one; a file has to be told how to write it.
  if (problem.code === 'format') return m.field('period', m.periodFormat);
  const unit = indicator ? (lang === 'zh' ? indicator.unit : indicator.unitEn) : '';
  const previous =
    problem.code === 'needs_note' && indicator
      ? m.previous(formatQuantity(problem.previous.value, indicator, lang), formatPeriod(problem.previous.period, lang))
      : '';
  return m.field(problem.field, reportText(lang).problem(problem, unit, previous));
}

/** Every bad line, in file order: nothing is imported until all of them are right. */
function rejection(bad: BadRow[], lang: Lang): string[] {
  const m = ledgerText(lang);
  return bad.map((row) =>
    m.line(
      row.line,
      row.problems.map((p) => describe(p, lang)),
    ),
  );
}

function report(rows: GoodRow[], unchanged: number, dryRun: boolean, lang: Lang) {
  const m = ledgerText(lang);
  if (!rows.length) return reply(m.nothingNew(unchanged), sections([m.nothingNew(unchanged)]));
  const lines = [dryRun ? m.checked(rows.length) : m.imported(rows.length)];
  if (unchanged) lines.push(m.unchanged(unchanged, dryRun));
  for (const row of rows) if (typeof row.corrects === 'number') lines.push(m.correctsLine(row.line, row.corrects));
  const stored = rows.filter((row) => row.corrects === 'stored').length;
  if (stored) lines.push(m.correctsStored(stored));
  return reply(lines.join('\n'), sections(lines));
}

/** `zonebot import <file.csv> [--dry-run]`: figures in bulk, all or none; only at the server's terminal, which reads files. */
export const importFigures: Command = {
  name: 'import',
  aliases: ['导入'],
  live: true,
  help: (lang) => ledgerText(lang).importHelp,
  only: 'terminal',
  async run(args, ctx) {
    const m = ledgerText(ctx.lang);
    if (ctx.surface !== 'terminal') throw new UsageError(m.terminalOnly);
    const dryRun = args.includes(DRY_RUN);
    const path = args.filter((a) => a !== DRY_RUN).join(' ');
    if (!path) throw new UsageError(m.missingFile);
    const outcome = await ctx.services.ledger.importFile(ctx.actor, ctx.plan, path, dryRun);
    switch (outcome.kind) {
      case 'unreadable':
        throw new UsageError(m.unreadable(path));
      case 'rejected':
        throw new UsageError(m.rejected(outcome.bad.length), m.fix, rejection(outcome.bad, ctx.lang));
      default:
        return report(outcome.rows, outcome.unchanged, outcome.kind === 'checked', ctx.lang);
    }
  },
};
