import type { Format, Problem, Unique, ValueType } from '../../plan/problems.js';
import { defineMessages } from '../lang.js';
import { plural } from '../plural.js';

type Of<K extends Problem['kind']> = Extract<Problem, { kind: K }>;

/** How each problem reads; `line` gives a duplicate's first line. */
export type ProblemWords = {
  [K in Problem['kind']]: (p: Of<K>, firstLine: number) => string;
};

/** Lists longer than this are cut short: the suggestions name the likely one. */
const LISTED = 12;

function listed(items: string[], separator: string, more: (n: number) => string): string {
  return items.length > LISTED
    ? `${items.slice(0, LISTED).join(separator)}${more(items.length)}`
    : items.join(separator);
}

const zhList = (items: string[]) => listed(items, '、', (n) => ` 等 ${n} 个`);
const enList = (items: string[]) => listed(items, ', ', (n) => `, … (${n} in all)`);
const zhMean = (s: string[]) => (s.length ? `（是不是想写 ${s.join(' 或 ')}？）` : '');
const enMean = (s: string[]) => (s.length ? ` (did you mean ${s.join(' or ')}?)` : '');

const ZH_TYPE: Record<ValueType | 'null', string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表',
  object: '映射（键: 值）',
  other: '其他值',
  null: '空值',
};
const EN_TYPE: Record<ValueType | 'null', string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (key: value)',
  other: 'another value',
  null: 'nothing',
};

const ZH_FORMAT: Record<Format, string> = {
  date: '不是 YYYY-MM-DD 形式的日期，例如 2022-06-30（2022年6月底前）',
  slug: '不是合格的代号：只用小写英文字母和数字，词间用连字符，例如 ganyu-haiyang',
  indicatorKey: '不是合格的指标键：只用小写英文字母、数字和下划线，例如 budget_revenue',
  other: '不符合格式要求',
};
const EN_FORMAT: Record<Format, string> = {
  date: 'is not a date as YYYY-MM-DD, e.g. 2022-06-30 (2022年6月底前)',
  slug: 'is not a slug: lowercase letters and digits only, words joined by hyphens, e.g. ganyu-haiyang',
  indicatorKey: 'is not an indicator key: lowercase letters, digits and underscores only, e.g. budget_revenue',
  other: 'is not in the form required',
};

const ZH_UNIQUE: Record<Unique, string> = {
  zoneSlug: '开发区代号',
  zoneName: '开发区名称或别名',
  unitKey: '单位键',
  unitName: '单位名称或别名',
  indicatorKey: '指标键',
  programmeNumber: '工程序号',
  taskNumber: '任务序号',
  milestoneKey: '节点任务键',
  targetKey: '目标键',
  taskUnit: '责任单位',
  countyKey: '县区键',
  countyName: '县区名称或别名',
};
const EN_UNIQUE: Record<Unique, string> = {
  zoneSlug: 'zone slug',
  zoneName: 'zone name or alias',
  unitKey: 'unit key',
  unitName: 'unit name or alias',
  indicatorKey: 'indicator key',
  programmeNumber: 'programme number',
  taskNumber: 'task number',
  milestoneKey: 'milestone key',
  targetKey: 'target key',
  taskUnit: 'responsible unit',
  countyKey: 'county key',
  countyName: 'county name or alias',
};

/** The yaml package's error codes a draft is likely to meet, with what to do about each. */
const ZH_YAML: Record<string, string> = {
  DUPLICATE_KEY: '同一层里这个键出现了两次，只保留一个',
  BAD_INDENT: '缩进不对，同一层的项要对齐',
  TAB_AS_INDENT: '缩进请用空格，不要用制表符',
  MISSING_CHAR: '缺少闭合的括号或引号',
  MULTILINE_IMPLICIT_KEY: '键必须写在一行内，可能少了冒号或右括号',
  BLOCK_AS_IMPLICIT_KEY: '一行里有两个“键: 值”：把第二个另起一行，或给含“: ”的值加引号',
  BLOCK_IN_FLOW: '方括号或花括号内不能换行写成缩进结构，各项之间用逗号分隔',
  BAD_SCALAR_START: '值不能以这个字符开头，请给它加引号',
  BAD_DQ_ESCAPE: '双引号里的反斜杠是转义符，请改用单引号',
  BAD_ALIAS: '引用（*名称）找不到在它之前定义的锚点（&名称）',
  UNEXPECTED_TOKEN: '此处有不该出现的字符',
  MULTIPLE_DOCS: '一个文件只放一份方案，删去多余的 ---',
};
const EN_YAML: Record<string, string> = {
  DUPLICATE_KEY: 'this key appears twice in the same mapping: keep one',
  BAD_INDENT: 'the indentation is off: line entries up with their siblings',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  MISSING_CHAR: 'a closing bracket or quote is missing',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line: a colon or closing bracket may be missing',
  BLOCK_AS_IMPLICIT_KEY:
    'two "key: value" on one line: start the second on a line of its own, or quote a value with ": " in it',
  BLOCK_IN_FLOW: 'inside [ ] or { } entries stay on the flow, separated by commas, not indented blocks',
  BAD_SCALAR_START: 'a value cannot start with this character: put it in quotes',
  BAD_DQ_ESCAPE: 'a backslash in double quotes starts an escape: use single quotes',
  BAD_ALIAS: 'the alias (*name) has no anchor (&name) before it',
  UNEXPECTED_TOKEN: 'a character here does not belong',
  MULTIPLE_DOCS: 'one plan per file: remove the extra ---',
};

const zh: ProblemWords = {
  yaml: (p) => `YAML 语法错误：${ZH_YAML[p.code] ? `${ZH_YAML[p.code]}（${p.message}）` : p.message}`,
  missing: (p) => `缺少 ${p.field}，请在此处补上`,
  type: (p) =>
    p.found === 'null'
      ? `没有填写内容，应为${ZH_TYPE[p.expected]}`
      : `应为${ZH_TYPE[p.expected]}，这里是${ZH_TYPE[p.found]}${p.expected === 'string' ? '（文字如被读成数字或 true/false，请加引号）' : ''}`,
  unknownField: (p) => `不认识的字段“${p.field}”${zhMean(p.suggestions)}；这里可用的字段有 ${zhList(p.allowed)}`,
  notOneOf: (p) => `“${p.value}”不是可选值${zhMean(p.suggestions)}；可选 ${zhList(p.allowed)}`,
  format: (p) => `“${p.value}”${ZH_FORMAT[p.format]}`,
  notADate: (p) => `${p.value} 不是实际存在的日期`,
  tooShort: (p) => (p.what === 'list' ? `列表为空，至少要有 ${p.minimum} 项` : '内容为空，请填写'),
  tooSmall: (p) => (p.inclusive ? `不能小于 ${p.minimum}` : `须大于 ${p.minimum}`),
  tooBig: (p) => `不能大于 ${p.maximum}`,
  selector: (p) =>
    `zones 应为 all、national、provincial、functional 之一，开发区代号列表（如 [xuwei, donghai]），或 { except: [kaifaqu] }${p.allowsCity ? '，全市数据写 city' : ''}`,
  noOwner: () => '节点任务要写明由谁负责：zones（开发区）、units（单位）或两者都写',
  noRule: () => '没有规则：写上 interview、commendation 或两者，或删去 assessmentRules',
  schema: (p) => `不符合格式要求（${p.message}）`,
  unknownZone: (p) => `没有代号为“${p.slug}”的开发区${zhMean(p.suggestions)}；开发区代号有 ${zhList(p.known)}`,
  unknownUnit: (p) =>
    `没有名称或别名为“${p.name}”的单位${zhMean(p.suggestions)}；请改用已有名称，或在 units 里添加该单位或别名`,
  unknownUnitKey: (p) => `没有键为“${p.key}”的单位${zhMean(p.suggestions)}；单位的键有 ${zhList(p.known)}`,
  unknownIndicator: (p) => `没有键为“${p.key}”的指标${zhMean(p.suggestions)}；指标的键有 ${zhList(p.known)}`,
  duplicate: (p, line) =>
    p.what === 'taskUnit'
      ? `“${p.value}”与第 ${line} 行是同一个单位，本任务已列出`
      : `${ZH_UNIQUE[p.what]}“${p.value}”重复，第 ${line} 行已有`,
  yearlyBeforeFirst: (p) => `yearly.to（${p.to}）早于首个年份 ${p.firstYear}（due 所在年）`,
  rangeWithoutMax: () => '区间目标（range）要写 valueMax，即区间上限，如“3—4个”写作 value: 3, valueMax: 4',
  maxBelowValue: (p) => `valueMax（${p.valueMax}）小于 value（${p.value}）`,
  noFromYear: (p) => `${p.targetKind} 类目标要写 fromYear，即开始考核的年份，如 fromYear: 2022`,
  countyClash: (p, line) =>
    `县区的键或名称“${p.value}”与第 ${line} 行的开发区相同；县区和开发区都按名称和代号查找、填报数据，请另取`,
  unknownCounty: (p) =>
    `没有名称或别名为“${p.name}”的县区${zhMean(p.suggestions)}；县区有 ${zhList(p.known)}${p.cityLevel ? `，市直开发区写“${p.cityLevel}”` : '；不属任何县区的开发区，请在顶层用 cityLevel 写明它们 county 的写法，如 cityLevel: 市直'}`,
  noCounties: () => 'growth_lead 目标与县区比较增幅：请在 counties 里列出各县区',
  leadScope: () => 'growth_lead 目标逐个开发区与县区比较：zones 不能写 city，aggregate 要写 each',
  leadComparator: () =>
    'growth_lead 目标的 comparator 只能是 gt（增幅高出 value 个百分点以上，领先即 gt、value: 0）或 gte',
  endsBeforeStarts: (p) => `方案结束日期（${p.endsOn}）早于开始日期（${p.startsOn}）`,
  assessmentNotAfterEnd: (p) => `终期评估日期（${p.date}）不晚于方案结束日期（${p.endsOn}），应在结束之后`,
  dueAfterEnd: (p) => `期限 ${p.due} 晚于方案结束日期（${p.endsOn}），方案结束后不再跟踪`,
  dueBeforeStart: (p) => `期限 ${p.due} 早于方案开始日期（${p.startsOn}）`,
  fromYearOutside: (p) =>
    `fromYear（${p.fromYear}）不在 ${p.firstYear}—${p.lastYear} 年之间（方案首年至目标期限所在年）`,
  commandWord: (p) => `方案代号“${p.key}”与指令词相同，--plan ${p.key} 会被当成指令，请另取代号`,
  keyTaken: (p) => `方案代号“${p.key}”已被 ${p.file} 使用，每个方案的代号须各不相同`,
  unusedIndicator: (p) => `没有目标或考核规则用到指标 ${p.key}`,
  noReporting: (p) =>
    `指标 ${p.key} 没有写报送规则（reporting），将按每月报送、次月第10个工作日截止处理；如非此意请补上`,
  ignoredFromYear: (p) =>
    `fromYear 只用于 yearly、rank_gain、cumulative 和 growth_lead 目标，本目标是 ${p.targetKind}，此项不起作用`,
  unmarkedReading: (p) =>
    ({
      baseYear: 'says 没有写明基期：请加上 inferred（zh 和 en）说明按哪一年计',
      everyYear: 'says 没有写明哪些年份：请加上 inferred（zh 和 en）说明按哪几年逐年计',
    })[p.reading],
};

const en: ProblemWords = {
  yaml: (p) => `YAML syntax error: ${EN_YAML[p.code] ? `${EN_YAML[p.code]} (${p.message})` : p.message}`,
  missing: (p) => `missing: add ${p.field} here`,
  type: (p) =>
    p.found === 'null'
      ? `empty: write ${EN_TYPE[p.expected]}`
      : `expected ${EN_TYPE[p.expected]}, found ${EN_TYPE[p.found]}${p.expected === 'string' ? ' (put text that reads as a number or true/false in quotes)' : ''}`,
  unknownField: (p) => `unknown field "${p.field}"${enMean(p.suggestions)}; the fields here are ${enList(p.allowed)}`,
  notOneOf: (p) => `"${p.value}" is not allowed${enMean(p.suggestions)}; use one of ${enList(p.allowed)}`,
  format: (p) => `"${p.value}" ${EN_FORMAT[p.format]}`,
  notADate: (p) => `${p.value} is not a real calendar date`,
  tooShort: (p) =>
    p.what === 'list'
      ? `the list is empty: it needs at least ${p.minimum} ${plural(p.minimum, 'entry', 'entries')}`
      : 'empty: write the text',
  tooSmall: (p) => (p.inclusive ? `must be at least ${p.minimum}` : `must be greater than ${p.minimum}`),
  tooBig: (p) => `must be at most ${p.maximum}`,
  selector: (p) =>
    `zones must be all, national, provincial or functional, a list of zone slugs such as [xuwei, donghai], or { except: [kaifaqu] }${p.allowsCity ? ', or city for a city-wide figure' : ''}`,
  noOwner: () => 'a milestone must say who owes it: zones, units, or both',
  noRule: () => 'no rule is set: give interview, commendation or both, or leave assessmentRules out',
  schema: (p) => p.message,
  unknownZone: (p) => `unknown zone "${p.slug}"${enMean(p.suggestions)}; the zones are ${enList(p.known)}`,
  unknownUnit: (p) =>
    `unknown unit "${p.name}": no unit has this name or alias${enMean(p.suggestions)}; use a unit's name, or add the unit or alias to units`,
  unknownUnitKey: (p) => `unknown unit key "${p.key}"${enMean(p.suggestions)}; the unit keys are ${enList(p.known)}`,
  unknownIndicator: (p) =>
    `unknown indicator "${p.key}"${enMean(p.suggestions)}; the indicators are ${enList(p.known)}`,
  duplicate: (p, line) =>
    p.what === 'taskUnit'
      ? `"${p.value}" is the unit this task already lists on line ${line}`
      : `duplicate ${EN_UNIQUE[p.what]} "${p.value}": line ${line} has it already`,
  yearlyBeforeFirst: (p) => `yearly.to (${p.to}) is before the first year, ${p.firstYear} (the year of due)`,
  rangeWithoutMax: () => 'a range target needs valueMax, the top of the range: 3—4 is value: 3, valueMax: 4',
  maxBelowValue: (p) => `valueMax (${p.valueMax}) is below value (${p.value})`,
  noFromYear: (p) => `a ${p.targetKind} target needs fromYear, the first year checked, e.g. fromYear: 2022`,
  countyClash: (p, line) =>
    `the county key or name "${p.value}" is the zone's on line ${line}: counties and zones are both found, and report figures, by their names and keys, so choose another`,
  unknownCounty: (p) =>
    `unknown county "${p.name}": no county has this name or alias${enMean(p.suggestions)}; the counties are ${enList(p.known)}${p.cityLevel ? `, and a zone under the city itself writes "${p.cityLevel}"` : '; for zones under the city itself, say in cityLevel what their county reads, e.g. cityLevel: 市直'}`,
  noCounties: () => 'a growth_lead target compares growth with the counties: list them in counties',
  leadScope: () =>
    'a growth_lead target compares each zone with its county: zones cannot be city, and aggregate must be each',
  leadComparator: () =>
    'the comparator of a growth_lead target is gt (growth ahead by more than value percentage points: a lead is gt with value: 0) or gte',
  endsBeforeStarts: (p) => `the plan ends (${p.endsOn}) before it starts (${p.startsOn})`,
  assessmentNotAfterEnd: (p) =>
    `the assessment (${p.date}) is not after the plan's end (${p.endsOn}): it must come after it`,
  dueAfterEnd: (p) => `due ${p.due}, after the plan's end (${p.endsOn}): nothing is followed up after the end`,
  dueBeforeStart: (p) => `due ${p.due}, before the plan's start (${p.startsOn})`,
  fromYearOutside: (p) =>
    `fromYear (${p.fromYear}) is outside ${p.firstYear}–${p.lastYear}, the plan's first year to the target's due year`,
  commandWord: (p) =>
    `the plan key "${p.key}" is a command word, so --plan ${p.key} would be read as the command: choose another`,
  keyTaken: (p) => `the plan key "${p.key}" is already the key of ${p.file}: each plan needs its own`,
  unusedIndicator: (p) => `no target or assessment rule uses indicator ${p.key}`,
  noReporting: (p) =>
    `indicator ${p.key} sets no reporting rule, so its figures are taken as monthly, due on the 10th working day of the next month: add reporting if that is not meant`,
  ignoredFromYear: (p) =>
    `fromYear counts only for yearly, rank_gain, cumulative and growth_lead targets; this one is ${p.targetKind}, so it is ignored`,
  unmarkedReading: (p) =>
    ({
      baseYear: 'says names no base year: add inferred (zh and en) saying which year it is measured from',
      everyYear: 'says names no years: add inferred (zh and en) saying which years count',
    })[p.reading],
};

export const problemWords = defineMessages<ProblemWords>({ zh, en });

/** One problem in the reader's language. */
export function describeProblem(problem: Problem, lang: 'zh' | 'en', firstLine = 0): string {
  const say = problemWords(lang)[problem.kind] as (p: Problem, line: number) => string;
  return say(problem, firstLine);
}
