import type { FigureProblem } from '../../domain/figure-input.js';
import type { Reference } from '../../domain/figure-plausibility.js';
import type { CommandLine } from '../command-line.js';
import { defineMessages } from '../lang.js';

type Problem = (p: FigureProblem, unit: string, previous: string) => string;

/** What a figure wildly off was held against, with that figure (value, period). */
const ZH_WILD: Record<Reference, (previous: string) => string> = {
  period: (previous) => `与已报数据（${previous}）相差十倍以上。`,
  baseline: (previous) => `与基期数据（${previous}）相差十倍以上。`,
  target: (previous) => `与方案目标（${previous}）相差十倍以上。`,
  city: (previous) => `超过了全市同期总量（${previous}）。`,
};
const EN_WILD: Record<Reference, (previous: string) => string> = {
  period: (previous) => `That is more than ten times off the figure reported for another period (${previous}).`,
  baseline: (previous) => `That is more than ten times off the baseline (${previous}).`,
  target: (previous) => `That is more than ten times off the plan's target (${previous}).`,
  city: (previous) => `That is more than the whole city's figure for the same period (${previous}).`,
};

export const reportText = defineMessages<{
  usage: string;
  summary: string;
  details: (line: CommandLine) => string;
  missing: (line: CommandLine) => string;
  /** Said in the terminal, about Slack: the form only opens there. */
  terminal: string;
  title: string;
  submit: string;
  close: string;
  zoneLine: (zone: string) => string;
  city: string;
  indicator: string;
  period: string;
  baseline: (year: string) => string;
  wholeYear: (year: string) => string;
  value: string;
  valueHint: string;
  note: string;
  noteHint: string;
  source: string;
  sourceHint: string;
  problem: Problem;
  savedTitle: string;
  saved: (what: string) => string;
  revision: (n: number) => string;
  by: (who: string, at: string) => string;
  loading: string;
  loadingText: string;
}>({
  zh: {
    usage: 'report <开发区>',
    summary: '填报某个开发区的指标数据（弹出表单）',
    details: (line) =>
      `例：${line('report xuwei')}。选择指标和期间（月份；2020年为基期），按指标的单位填写数值（如 \`1,234.5\`、\`12.3亿\`），可附备注和来源链接。同一期间再次填报即为更正，历次数据都会保留。管理员用 ${line('report 东海县')} 填报县区数据，供开发区比较增幅。`,
    missing: (line) => `请告诉我要填报哪个开发区，例如 ${line('report xuwei')}。`,
    terminal: '填报请在 Slack 中用 `/zone report <开发区>`；批量导入请用 `npx zonebot import <文件.csv>`。',
    title: '填报数据',
    submit: '提交',
    close: '取消',
    zoneLine: (zone) => `*${zone}*`,
    city: '全市（城市总量）',
    indicator: '指标',
    period: '期间',
    baseline: (year) => `${year}年（基期）`,
    wholeYear: (year) => `${year}年（全年）`,
    value: '数值',
    valueHint: '按所选指标的单位填写，如 1,234.5 或 12.3亿',
    note: '备注',
    noteHint: '更正原因、口径说明等；与基期、目标或已报数据相差很大时必填',
    source: '来源或佐证链接',
    sourceHint: '如统计局月报，或 https:// 链接',
    problem: (p, unit, previous) => {
      switch (p.code) {
        case 'unknown':
          return '请选择一个指标。';
        case 'not_for_zone':
          return '该指标不在本区的填报范围内。';
        case 'format':
          return '请选择一个期间。';
        case 'future':
          return '不能填报尚未到来的月份。';
        case 'before_baseline':
          return '不能早于方案的基期年份。';
        case 'baseline_month':
          return '基期年份只填报全年数据，不按月填报。';
        case 'year_not_over':
          return '全年数据要等这一年结束后才能填报，请选择月份。';
        case 'after_plan':
          return '这个期间在本方案期限之后，请在涵盖该期间的方案中填报。';
        case 'empty':
          return '请填写数值。';
        case 'not_a_number':
          return `看不懂这个数值，请写成如 1,234.5 的数字（单位：${unit}）。`;
        case 'negative':
          return '该指标不能为负数。';
        case 'not_whole':
          return `请填写整数（单位：${unit}）。`;
        case 'over_100':
          return '比例不能超过100%。';
        case 'wrong_unit':
          return `单位不对：该指标的单位是${unit}。`;
        case 'too_large':
          return `数值大得不合常理，请检查（单位：${unit}）。`;
        case 'needs_note':
          return `${ZH_WILD[p.against](previous)}如确认无误，请在备注中说明。`;
        case 'unchanged':
          return '这个期间已经记录了同样的数值，无需重复提交，未作保存。如需更正，请填写新的数值。';
        case 'too_long':
          return '太长了，最多500个字符。';
        case 'not_a_link':
          return '链接须以 http:// 或 https:// 开头。';
      }
    },
    savedTitle: '已保存',
    saved: (what) => `✅ 已保存：${what}`,
    revision: (n) => (n === 1 ? '首次填报' : `第 ${n} 次填报（更正），以此次为准，历次记录均保留`),
    by: (who, at) => `填报人 ${who} · ${at}（北京时间）`,
    loading: '请稍候',
    loadingText: '⏳ 正在准备表单…',
  },
  en: {
    usage: 'report <zone>',
    summary: "Report a zone's figures (opens a form)",
    details: (line) =>
      `E.g. ${line('report xuwei')}. Pick the indicator and period (a month; 2020 is the baseline), type the value in the indicator's unit (e.g. \`1,234.5\` or \`12.3亿\`), and add a note and a source link if you like. Reporting the same period again is a correction; every revision is kept. Admins report a county's figures, which zones' growth is held against, with ${line('report donghai-county')}.`,
    missing: (line) => `Which zone? E.g. ${line('report xuwei')}.`,
    terminal: 'Report in Slack with `/zone report <zone>`; to import many figures use `npx zonebot import <file.csv>`.',
    title: 'Report a figure',
    submit: 'Submit',
    close: 'Cancel',
    zoneLine: (zone) => `*${zone}*`,
    city: 'City totals',
    indicator: 'Indicator',
    period: 'Period',
    baseline: (year) => `${year} (baseline)`,
    wholeYear: (year) => `${year} (whole year)`,
    value: 'Value',
    valueHint: "In the indicator's unit, e.g. 1,234.5 or 12.3亿",
    note: 'Note',
    noteHint:
      'Why it was corrected, how it was counted…; required when it is wildly off the baseline, the target or the other figures',
    source: 'Source or evidence link',
    sourceHint: 'E.g. the statistics bureau monthly, or an https:// link',
    problem: (p, unit, previous) => {
      switch (p.code) {
        case 'unknown':
          return 'Choose an indicator.';
        case 'not_for_zone':
          return 'This zone does not report that indicator.';
        case 'format':
          return 'Choose a period.';
        case 'future':
          return 'That month has not come yet.';
        case 'before_baseline':
          return "That is before the plan's baseline year.";
        case 'baseline_month':
          return 'The baseline year is reported as a whole year, not month by month.';
        case 'year_not_over':
          return 'A whole-year figure waits until the year is over; choose a month.';
        case 'after_plan':
          return "That period comes after this plan's end; report it under the plan that covers it.";
        case 'empty':
          return 'Type a value.';
        case 'not_a_number':
          return `That is not a number; write it like 1,234.5 (unit: ${unit}).`;
        case 'negative':
          return 'This indicator cannot be negative.';
        case 'not_whole':
          return `Use a whole number (unit: ${unit}).`;
        case 'over_100':
          return 'A rate cannot exceed 100%.';
        case 'wrong_unit':
          return `Wrong unit: this indicator is in ${unit}.`;
        case 'too_large':
          return `That is implausibly large; please check it (unit: ${unit}).`;
        case 'needs_note':
          return `${EN_WILD[p.against](previous)} If it is right, say why in the note.`;
        case 'unchanged':
          return 'That period already has this value, so nothing was saved. To correct it, enter the new value.';
        case 'too_long':
          return 'Too long: at most 500 characters.';
        case 'not_a_link':
          return 'A link must start with http:// or https://.';
      }
    },
    savedTitle: 'Saved',
    saved: (what) => `✅ Saved: ${what}`,
    revision: (n) =>
      n === 1 ? 'First report' : `Report no. ${n} (a correction); this one counts, and earlier ones are kept`,
    by: (who, at) => `By ${who} · ${at} (China Standard Time)`,
    loading: 'One moment',
    loadingText: '⏳ Preparing the form…',
  },
});
