import { defineMessages } from '../lang.js';
import { plural } from '../plural.js';

/** 附：说明, the notes closing the assessment report: how each verdict was reached, and what the figures stand at. */
export const assessmentNotes = defineMessages<{
  targets: string;
  each: string;
  leads: string;
  notDue: (yellow: number, red: number) => string;
  milestones: (interim: boolean) => string;
  ranking: (interim: boolean, formula: string) => string;
  assessmentDate: (date: string, note: string | undefined) => string;
  asOfDay: (date: string) => string;
  asOfNow: (time: string) => string;
  inferred: string;
}>({
  zh: {
    targets:
      '目标的评估结论：到期后只看期末数据（截止年份的全年数据，没有全年数据的按12月累计数）。达到目标值的为“达标”，未达到的为“未达标”；缺少期末数据，或目标值要以基期值计算而缺少基期数据的，为“缺数据”。逐年目标逐年分别判断，各年均达标才为“达标”。',
    each: '由各开发区分别完成的目标，全市结论为：各开发区均达标的为“达标”，有开发区未达标的为“未达标”，其余（部分开发区缺数据）为“缺数据”。全市开发区合计完成的目标按合计数评估，列在总体情况中，不计入各开发区单列的目标。',
    leads:
      '增幅领先目标逐年判断：某年的增长率为当年年末数（全年数据，没有的按12月累计数）比上年年末数的增长，按一位小数比较；开发区的增长率高于所在县区的为“领先”，市直开发区须高于每个县区。县区数据缺少而结论取决于它的，该年为“缺数据”；市直开发区已有一个县区不低于它的，该年即为未领先。各年均领先才为“达标”；未到期时按最近一期可比数据（当年按累计数与上年同期比）亮灯，领先为绿灯，未领先为红灯。县区数据由管理员填报。',
    notDue: (yellow, red) =>
      `未到期的目标列出最新数据，并对照序时进度亮灯：落后不超过${yellow}个百分点为绿灯，超过${yellow}个百分点为黄灯，超过${red}个百分点为红灯；没有数据或缺少基期数据的不评价。`,
    milestones: (interim) =>
      `节点任务以确认办结的“已完成”填报为准：填报日期（北京时间）不晚于截止日期的为“按期完成”，晚于截止日期的为“逾期完成”，截至评估时点尚未确认办结的（含待确认、已退回）为“未完成”${interim ? '，尚未到期又未完成的为“未到期”' : ''}。完成日期即该“已完成”填报的日期。`,
    ranking: (interim, formula) =>
      `综合排名取每年12月的月度综合排名${interim ? '（规划期内的当年取最近一个已结束月份）' : ''}：已在 Slack 发布的按发布时的排名，未发布的按评估时点的数据计算。${formula}“较上年”与上一年12月的名次相比。`,
    assessmentDate: (date, note) => `方案的终期评估时间按${date}计${note ? `（${note}）` : ''}。`,
    asOfDay: (date) =>
      `本报告按${date}24时（北京时间）以前录入的数据生成，此后录入或更正的数据不计入；按同一时点重新生成，内容相同。`,
    asOfNow: (time) => `本报告按${time}（北京时间）以前录入的数据生成，此后录入或更正的数据不计入。`,
    inferred: '方案原文没有写明、由本系统推定的读法，已在相关目标和节点任务后的括号内注明。',
  },
  en: {
    targets:
      "A target's verdict: past its due date only the final figures count (the due year's annual figure, or else its December year-to-date one). A target they reach is met, one they fall short of is not met, and one without its final figures, or without the baseline its goal is reckoned from, lacks data. A yearly target is judged year by year, and is met only if every year was.",
    each: 'A target each of several zones must meet is, for the city, met when every zone met it, not met when any zone did not, and otherwise (some zones without figures) without data. Targets the zones meet together are judged on their total, in the overview, and are not among any zone’s own targets.',
    leads:
      "A growth lead is judged year by year: a year's growth is its year-end figure (the annual figure, else December's year-to-date one) on the year before's, compared to one decimal. A zone leads when its growth is higher than its county's; a zone under the city itself must be higher than every county's. A year whose verdict rests on a county's missing figure lacks data; a zone under the city that some county matched or passed did not lead that year, whatever the others. The target is met when the zone led every year; before its date it is lit on the latest comparable figures (in the running year, the year-to-date figure on the same month a year before): green when ahead, red when not. Admins enter the counties' figures.",
    notDue: (yellow, red) =>
      `A target not yet due shows its latest figure and a light against expected progress (序时进度): green when at most ${yellow} ${plural(yellow, 'point', 'points')} behind, yellow when more, red when more than ${red} ${plural(red, 'point', 'points')} behind; one without figures or without a baseline is not rated.`,
    milestones: (interim) =>
      `A milestone counts as done on a confirmed "done" report: done on time when it was entered (China Standard Time) by the due date, done late when after it, and not done when no such report stood at the time of this report (awaiting confirmation or sent back included)${interim ? '; one neither due nor done is not yet due' : ''}. The done date is the date of that report.`,
    ranking: (interim, formula) =>
      `The yearly ranking is each December's monthly composite ranking${interim ? ' (for the running year, the latest month ended)' : ''}: as posted in Slack where it was posted, otherwise computed from the figures as of this report. ${formula} "On the year before" compares with the December before.`,
    assessmentDate: (date, note) => `The plan's final assessment is taken as of ${date}${note ? ` (${note})` : ''}.`,
    asOfDay: (date) =>
      `This report rests on the figures and reports entered by the end of ${date} (China Standard Time); anything entered or corrected later is left out, so the report made again as of the same day says the same.`,
    asOfNow: (time) =>
      `This report rests on the figures and reports entered by ${time} (China Standard Time); anything entered or corrected later is left out.`,
    inferred:
      "Where the plan's text leaves something open, the reading this report takes is given in brackets beside the target or milestone.",
  },
});
