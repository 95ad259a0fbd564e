import { addDays } from '../src/domain/dates.js';
import { reportableIndicators } from '../src/domain/figure-input.js';
import { reportablePeriods } from '../src/domain/periods.js';
import { isAdmin } from '../src/domain/roles.js';
import { commandLine } from '../src/i18n/command-line.js';
import { reportText } from '../src/i18n/messages/report.js';
import { authorize } from '../src/services/authorize.js';
import { reply } from '../src/views/blocks.js';
import { figureModal, subjectKey } from '../src/views/report-figure.js';
import { requireSubject } from './args.js';
import { type Command, UsageError } from './command.js';

/**
 * `/zone report <zone>`: opens the figure form, for those who may report the
 * zone's figures; `/zone report 东海县`, a county's, which admins alone enter.
 */
export const report: Command = {
  name: 'report',
  aliases: ['填报', '报数'],
  live: true,
  opensModal: true,
  help: (lang) => reportText(lang),
  async run(args, ctx) {
    const m = reportText(ctx.lang);
    if (ctx.surface === 'terminal') throw new UsageError(m.terminal);
    if (!args.length) throw new UsageError(m.missing(commandLine(ctx.surface)));
    const subject = requireSubject(args.join(' '), ctx);
    const key = subjectKey(subject);
    const indicators = reportableIndicators(ctx.plan, key);
    await authorize(ctx.plan, ctx.services.roles, ctx.actor, {
      kind: 'submit_figure',
      zone: key,
      indicator: indicators[0] ?? '',
      baseline: false,
    });
    // Figures are usually reported for the month just ended.
    const lastMonth = addDays(`${ctx.today.slice(0, 7)}-01`, -1).slice(0, 7);
    const modal = figureModal({
      plan: ctx.plan,
      subject,
      indicators,
      // The city's totals are offered beside a zone's figures, not a county's.
      cityIndicators: isAdmin(ctx.actor) && 'zone' in subject ? reportableIndicators(ctx.plan, null) : [],
      periods: reportablePeriods(ctx.today, ctx.plan),
      initialPeriod: lastMonth,
      lang: ctx.lang,
    });
    return { ...reply(m.title, []), modal };
  },
};
