import type { CsvColumn, CsvProblem } from '../../domain/figure-csv.js';
import type { LedgerWords } from '../../domain/ledger.js';
import type { CommandLine } from '../command-line.js';
import { defineMessages } from '../lang.js';
import { plural } from '../plural.js';
import { common } from './common.js';
import { planWords } from './plan-words.js';

interface Help {
  usage: string;
  summary: string;
  details: (line: CommandLine) => string;
}

/** Problems other than a figure's own, which the report form's messages describe. */
type RowProblem = Exclude<CsvProblem, { code: 'figure' }>;

const ZH_COLUMNS: Record<CsvColumn, string> = {
  zone: '开发区',
  indicator: '指标',
  period: '期间',
  value: '数值',
  note: '备注',
  source: '来源',
};
/** Either name is accepted in a header, so both are shown. */
const columnName = (c: CsvColumn) => `${ZH_COLUMNS[c]} (${c})`;
const ALL_COLUMNS = (Object.keys(ZH_COLUMNS) as CsvColumn[]).map(columnName);

export const ledgerText = defineMessages<{
  exportHelp: Help;
  importHelp: Help;
  csv: LedgerWords;
  exported: (figures: number, progress: number) => string;
  sentToYou: string;
  sentHere: string;
  fileTitle: (scope: string, date: string) => string;
  allZones: string;
  terminalOnly: string;
  missingFile: string;
  unreadable: (path: string) => string;
  rejected: (bad: number) => string;
  line: (line: number, messages: string[]) => string;
  fix: string;
  checked: (rows: number) => string;
  imported: (rows: number) => string;
  unchanged: (rows: number, dryRun: boolean) => string;
  nothingNew: (rows: number) => string;
  correctsLine: (line: number, earlier: number) => string;
  correctsStored: (rows: number) => string;
  periodFormat: string;
  field: (column: CsvColumn, message: string) => string;
  previous: (value: string, period: string) => string;
  problem: (p: RowProblem) => string;
}>({
  zh: {
    exportHelp: {
      usage: 'export [开发区]',
      summary: '导出台账（CSV）：全部指标数据和节点进展',
      details: (line) =>
        `例：${line('export')} 导出全部开发区，${line('export xuwei')} 只导出徐圩新区。台账列出每一次填报（含更正前的数据）和每一条进展，用 Excel 或 WPS 打开即可。终端里可以写入文件：\`npx zonebot export xuwei --out 台账.csv\`。`,
    },
    importHelp: {
      usage: 'import <文件.csv> [--dry-run]',
      summary: '从 CSV 文件批量导入指标数据（仅限服务器终端）',
      // Only the server's terminal imports, so the example is always typed there.
      details: () =>
        '在服务器上运行 `npx zonebot import figures.csv --dry-run` 先检查，再去掉 `--dry-run` 正式导入。表头：开发区、指标、期间、数值、备注、来源（也可用 zone, indicator, period, value, note, source）。开发区写代号或名称，县区数据写县区名称（如东海县），全市数据写“全市”；期间写 2024-03 或 2020（基期）。只要有一行有问题，就一条也不导入，并列出每一行的问题；与现有数据相同的行会跳过，不重复导入。',
    },
    csv: {
      columns: {
        kind: '类别',
        zone: '开发区或责任单位',
        zoneCode: '开发区代号',
        indicator: '指标',
        unit: '单位',
        period: '期间',
        value: '数值',
        current: '是否现行',
        task: '任务编号',
        milestone: '节点',
        due: '截止日期',
        state: '状态',
        confirmation: '确认情况',
        enteredBy: '填报人',
        enteredAt: '填报时间（北京时间）',
        note: '备注',
        source: '来源或佐证',
        checkedBy: '核实或确认人',
        checkedAt: '核实或确认时间',
        checkNote: '核实或确认说明',
      },
      kind: { figure: '指标数据', progress: '节点进展' },
      city: '全市',
      current: { yes: '是', no: '否（已更正）' },
      state: planWords('zh').reported,
      confirmation: { pending: '待确认', confirmed: '已确认办结', sentBack: '已退回' },
      separator: '；',
      terminal: common('zh').terminal,
    },
    exported: (figures, progress) => `台账已生成：${figures} 条数据、${progress} 条进展。`,
    sentToYou: '文件已发到您与 zonebot 的私信，只有您能看到；要发到当前对话，请输入 `/zone export share`。',
    sentHere: '文件已发到当前对话。',
    fileTitle: (scope, date) => `开发区台账（${scope}，${date}）`,
    allZones: '全部开发区',
    terminalOnly: '批量导入只能在服务器终端运行：`npx zonebot import <文件.csv> --dry-run`。',
    missingFile: '请给出要导入的文件，例如 `npx zonebot import figures.csv --dry-run`。',
    unreadable: (path) => `读不到文件“${path}”，请检查路径。`,
    rejected: (bad) => `有 ${bad} 行有问题，未导入任何数据：`,
    line: (line, messages) => `第 ${line} 行：${messages.join('')}`,
    fix: '改好以上各行后重新运行；可先加 `--dry-run` 检查。',
    checked: (rows) => `检查通过：${rows} 条数据可以导入。这是试运行，未写入任何数据。`,
    imported: (rows) => `已导入 ${rows} 条数据。`,
    unchanged: (rows, dryRun) => `另有 ${rows} 行与现有数据相同，${dryRun ? '导入时将跳过' : '已跳过，未重复导入'}。`,
    nothingNew: (rows) => `全部 ${rows} 行都与现有数据相同，没有需要导入的新数据。`,
    correctsLine: (line, earlier) =>
      `第 ${line} 行与第 ${earlier} 行是同一开发区、指标和期间，视为更正，以第 ${line} 行为准。`,
    correctsStored: (rows) => `其中 ${rows} 条是对已有数据的更正，原数据保留为历史记录。`,
    periodFormat: '请写成 2024-03（月份）或 2020（基期年份）。',
    field: (column, message) => `【${ZH_COLUMNS[column]}】${message}`,
    previous: (value, period) => `${value}，${period}`,
    problem: (p) => {
      switch (p.code) {
        case 'malformed':
          return 'CSV 格式有误（多半是引号没有成对），从这一行起无法读取。';
        case 'missing_columns':
          return `表头缺少：${p.columns.map(columnName).join('、')}。`;
        case 'unknown_column':
          return `表头“${p.text}”不是可导入的列；可用：${ALL_COLUMNS.join('、')}。`;
        case 'repeated_column':
          return `表头“${columnName(p.column)}”出现了两次。`;
        case 'no_rows':
          return '表头下面没有数据。';
        case 'too_many_fields':
          return `这一行有 ${p.found} 列，表头只有 ${p.expected} 列。含逗号的数值或备注要用英文双引号括起来，如 "1,234.5"。`;
        case 'missing_zone':
          return '请填写开发区（全市数据写“全市”）。';
        case 'unknown_zone':
          return `没有找到开发区“${p.text}”（全市数据写“全市”）。`;
        case 'missing_indicator':
          return '请填写指标。';
        case 'unknown_indicator':
          return `没有“${p.text}”这个指标，请写指标代号或中文名称。`;
      }
    },
  },
  en: {
    exportHelp: {
      usage: 'export [zone]',
      summary: 'Export the ledger (CSV) of every figure and milestone progress report',
      details: (line) =>
        `E.g. ${line('export')} for every zone, ${line('export xuwei')} for Xuwei only. The ledger lists every report, corrected ones included, and every progress report; open it in Excel or WPS. In a terminal it can go to a file: \`npx zonebot export xuwei --out ledger.csv\`.`,
    },
    importHelp: {
      usage: 'import <file.csv> [--dry-run]',
      summary: 'Import figures in bulk from a CSV file (server terminal only)',
      details: () =>
        'On the server run `npx zonebot import figures.csv --dry-run` to check, then without `--dry-run` to import. Header: zone, indicator, period, value, note, source (or 开发区, 指标, 期间, 数值, 备注, 来源). A zone by slug or name, a county by its name or key (donghai-county), `city` for city totals; a period as 2024-03, or 2020 for the baseline. If any row is wrong nothing is imported, and every wrong row is listed; rows with the value already stored are skipped.',
    },
    csv: {
      columns: {
        kind: 'Kind',
        zone: 'Zone or unit',
        zoneCode: 'Zone slug',
        indicator: 'Indicator',
        unit: 'Unit',
        period: 'Period',
        value: 'Value',
        current: 'Current',
        task: 'Task',
        milestone: 'Milestone',
        due: 'Due',
        state: 'State',
        confirmation: 'Confirmation',
        enteredBy: 'Entered by',
        enteredAt: 'Entered at (China time)',
        note: 'Note',
        source: 'Source or evidence',
        checkedBy: 'Verified or decided by',
        checkedAt: 'Verified or decided at',
        checkNote: 'Verification or decision note',
      },
      kind: { figure: 'figure', progress: 'progress' },
      city: 'City',
      current: { yes: 'yes', no: 'no (corrected)' },
      state: planWords('en').reported,
      confirmation: { pending: 'awaiting confirmation', confirmed: 'confirmed', sentBack: 'sent back' },
      separator: '; ',
      terminal: common('en').terminal,
    },
    exported: (figures, progress) =>
      `Ledger ready: ${figures} figure ${plural(figures, 'entry', 'entries')}, ${progress} progress ${plural(progress, 'report', 'reports')}.`,
    sentToYou:
      ' The file is in your direct messages with zonebot, for you alone; to post it here instead, type `/zone export share`.',
    sentHere: ' The file is posted here.',
    fileTitle: (scope, date) => `Development zone ledger (${scope}, ${date})`,
    allZones: 'all zones',
    terminalOnly: 'Bulk import runs only in a terminal on the server: `npx zonebot import <file.csv> --dry-run`.',
    missingFile: 'Which file? E.g. `npx zonebot import figures.csv --dry-run`.',
    unreadable: (path) => `Cannot read the file "${path}"; check the path.`,
    rejected: (bad) => `${bad} ${plural(bad, 'line has', 'lines have')} problems; nothing was imported:`,
    line: (line, messages) => `line ${line}: ${messages.join(' ')}`,
    fix: 'Fix these lines and run it again; add `--dry-run` to check first.',
    checked: (rows) =>
      `Check passed: ${rows} ${plural(rows, 'figure', 'figures')} can be imported. This was a dry run; nothing was written.`,
    imported: (rows) => `Imported ${rows} ${plural(rows, 'figure', 'figures')}.`,
    unchanged: (rows, dryRun) =>
      `${rows} more ${plural(rows, 'row matches the figure', 'rows match the figures')} already stored and ${
        dryRun ? 'would be' : plural(rows, 'was', 'were')
      } skipped.`,
    nothingNew: (rows) =>
      rows === 1
        ? 'The only row matches the figure already stored; there is nothing new to import.'
        : `All ${rows} rows match the figures already stored; there is nothing new to import.`,
    correctsLine: (line, earlier) =>
      `Line ${line} has the same zone, indicator and period as line ${earlier}: it is a correction, and line ${line} counts.`,
    correctsStored: (rows) =>
      `${rows} of them ${plural(rows, 'corrects', 'correct')} stored figures; the earlier values are kept as history.`,
    periodFormat: 'Write it as 2024-03 (a month) or 2020 (the baseline year).',
    field: (column, message) => `[${column}] ${message}`,
    previous: (value, period) => `${value}, ${period}`,
    problem: (p) => {
      switch (p.code) {
        case 'malformed':
          return 'The CSV is malformed (most likely an unpaired quote); it cannot be read from this line on.';
        case 'missing_columns':
          return `The header lacks: ${p.columns.map(columnName).join(', ')}.`;
        case 'unknown_column':
          return `"${p.text}" is not a column that can be imported; use: ${ALL_COLUMNS.join(', ')}.`;
        case 'repeated_column':
          return `The column ${columnName(p.column)} appears twice.`;
        case 'no_rows':
          return 'There are no rows under the header.';
        case 'too_many_fields':
          return `This line has ${p.found} fields but the header has ${p.expected}. Put a value or note that holds a comma in double quotes, e.g. "1,234.5".`;
        case 'missing_zone':
          return 'Give the zone (`city` for city totals).';
        case 'unknown_zone':
          return `No development zone matches "${p.text}" (\`city\` for city totals).`;
        case 'missing_indicator':
          return 'Give the indicator.';
        case 'unknown_indicator':
          return `There is no indicator "${p.text}"; use its key or Chinese name.`;
      }
    },
  },
});
