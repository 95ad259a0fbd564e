import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { type LedgerRecords, ledgerChunks, ledgerCsv, plainNumber, safeCell } from '../../src/domain/ledger.js';
import type { FigureRevision, ProgressReport } from '../../src/domain/records.js';
import { ledgerText } from '../../src/i18n/messages/ledger.js';
import { PLAN } from '../support/command-context.js';

const at = (iso: string) => new Date(iso);

function figure(over: Partial<FigureRevision>): FigureRevision {
  return {
    id: 1,
    zone: 'xuwei',
    indicator: 'gdp',
    period: '2025-12',
    value: 1050.5,
    note: null,
    source: null,
    enteredBy: 'U1',
    enteredAt: at('2026-01-10T02:00:00Z'),
    verifications: [],
    ...over,
  };
}

function progress(over: Partial<ProgressReport>): ProgressReport {
  return {
    id: 1,
    plan: 'lyg-2022-32',
    milestone: 't2-internal-agencies',
    zone: 'xuwei',
    state: 'done',
    note: null,
    evidence: null,
    enteredBy: 'U2',
    enteredAt: at('2022-06-20T01:00:00Z'),
    needsConfirmation: false,
    decision: null,
    ...over,
  };
}

const FIGURES = [
  figure({ id: 1 }),
  figure({ id: 2, zone: 'kaifaqu', value: 2000 }),
  figure({ id: 3, period: '2020', value: 500, enteredAt: at('2026-01-11T02:00:00Z') }),
  figure({
    id: 4,
    value: 1234567.25,
    note: '=HYPERLINK("http://evil")',
    enteredAt: at('2026-02-01T16:30:00Z'),
    verifications: [{ by: 'U9', at: at('2026-02-02T01:00:00Z'), note: '核实无误' }],
  }),
  figure({ id: 5, zone: null, indicator: 'listed_companies', period: '2025', value: 20 }),
];
const PROGRESS = [
  progress({ id: 7, needsConfirmation: true, note: '-已报送', evidence: 'https://example.gov.cn/a' }),
  progress({
    id: 8,
    needsConfirmation: true,
    enteredAt: at('2022-06-21T01:00:00Z'),
    decision: { confirmed: false, by: 'U3', at: at('2022-06-22T01:00:00Z'), note: '材料不全' },
  }),
  progress({ id: 9, milestone: 't25-credit-supervision', zone: null, state: 'in_progress' }),
];

const rowsOf = (csv: string) => parse(csv, { bom: true }) as string[][];

describe('ledgerCsv', () => {
  const csv = ledgerCsv(PLAN, { figures: FIGURES, progress: PROGRESS }, ledgerText('zh').csv, 'zh');
  const [header = [], ...rows] = rowsOf(csv);
  const col = (row: string[] | undefined, name: string) => row?.[header.indexOf(name)];

  it('is UTF-8 with a BOM and CRLF lines, headed in Chinese by default', () => {
    expect(csv.startsWith('\uFEFF类别,开发区或责任单位,开发区代号,指标,单位,期间,数值,是否现行,任务编号,')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(header).toHaveLength(20);
  });

  it('orders by zone in plan order, figures before progress, indicator, period and time; the city and units last', () => {
    expect(rows.map((r) => [col(r, '开发区代号'), col(r, '类别'), col(r, '期间') || col(r, '任务编号')])).toEqual([
      ['kaifaqu', '指标数据', '2025-12'],
      ['xuwei', '指标数据', '2020'],
      ['xuwei', '指标数据', '2025-12'],
      ['xuwei', '指标数据', '2025-12'],
      ['xuwei', '节点进展', '2'],
      ['xuwei', '节点进展', '2'],
      ['', '指标数据', '2025'],
      ['', '节点进展', '25'],
    ]);
  });

  it('writes values as plain numbers, marks the current revision and shows times in Shanghai', () => {
    const [old, latest] = rows.filter((r) => col(r, '开发区代号') === 'xuwei' && col(r, '期间') === '2025-12');
    expect([col(old, '数值'), col(old, '是否现行')]).toEqual(['1050.5', '否（已更正）']);
    expect([col(latest, '数值'), col(latest, '是否现行')]).toEqual(['1234567.25', '是']);
    expect(col(latest, '填报时间（北京时间）')).toBe('2026-02-02 00:30:00');
    expect([col(latest, '核实或确认人'), col(latest, '核实或确认说明')]).toEqual(['U9', '核实无误']);
    expect([col(latest, '开发区或责任单位'), col(latest, '指标'), col(latest, '单位')]).toEqual([
      '徐圩新区',
      '地区生产总值',
      '亿元',
    ]);
  });

  it('prefixes a cell that a spreadsheet would run as a formula with an apostrophe', () => {
    const injected = rows.find((r) => col(r, '备注')?.includes('HYPERLINK'));
    expect(col(injected, '备注')).toBe(`'=HYPERLINK("http://evil")`);
    expect(rows.map((r) => col(r, '备注'))).toContain("'-已报送");
  });

  it('lists the city as 全市, and a unit-owed milestone under its unit', () => {
    const city = rows.find((r) => col(r, '指标') === '上市公司总数');
    expect(col(city, '开发区或责任单位')).toBe('全市');
    const unit = rows.find((r) => col(r, '任务编号') === '25');
    expect([col(unit, '开发区或责任单位'), col(unit, '状态'), col(unit, '截止日期')]).toEqual([
      '市发改委',
      '推进中',
      '2022-09-30',
    ]);
  });

  it('says where a zone’s “done” stands: awaiting confirmation, or sent back with why', () => {
    const reports = rows.filter((r) => col(r, '类别') === '节点进展' && col(r, '开发区代号') === 'xuwei');
    expect(reports.map((r) => [col(r, '确认情况'), col(r, '核实或确认人'), col(r, '核实或确认说明')])).toEqual([
      ['待确认', '', ''],
      ['已退回', 'U3', '材料不全'],
    ]);
    expect(reports.map((r) => col(r, '是否现行'))).toEqual(['否（已更正）', '是']);
  });

  it('speaks English when asked, with the same values', () => {
    const [enHeader = [], ...enRows] = rowsOf(
      ledgerCsv(PLAN, { figures: FIGURES, progress: PROGRESS }, ledgerText('en').csv, 'en'),
    );
    expect(enHeader.slice(0, 4)).toEqual(['Kind', 'Zone or unit', 'Zone slug', 'Indicator']);
    expect(enRows[1]?.slice(0, 7)).toEqual([
      'figure',
      'Xuwei New Area',
      'xuwei',
      'Gross domestic product',
      '100 million yuan',
      '2020',
      '500',
    ]);
  });

  it('has only the header when there is nothing yet', () => {
    expect(rowsOf(ledgerCsv(PLAN, { figures: [], progress: [] }, ledgerText('zh').csv, 'zh'))).toHaveLength(1);
  });
});

describe('cells', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+86 518', "'+86 518"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['徐圩新区', '徐圩新区'],
    ['a=b', 'a=b'],
  ])('safeCell(%j) is %j', (text, safe) => {
    expect(safeCell(text)).toBe(safe);
  });

  it.each([
    [1234567.25, '1234567.25'],
    [0.5, '0.5'],
    [1e-7, '0.0000001'],
    [12.3, '12.3'],
    [0, '0'],
  ])('plainNumber(%d) is %j', (value, text) => {
    expect(plainNumber(value)).toBe(text);
  });
});

describe('ledgerChunks', () => {
  it('writes batch by batch, in the plan’s order of zones, exactly what ledgerCsv writes of the whole', async () => {
    const words = ledgerText('zh').csv;
    const of = (zone: string | null): LedgerRecords => ({
      figures: FIGURES.filter((f) => f.zone === zone),
      progress: PROGRESS.filter((p) => p.zone === zone),
    });
    async function* batches() {
      for (const zone of [...PLAN.data.zones.map((z) => z.slug), null]) yield of(zone);
    }
    let streamed = '';
    for await (const chunk of ledgerChunks(PLAN, batches(), words, 'zh')) streamed += chunk;
    expect(streamed).toBe(ledgerCsv(PLAN, { figures: FIGURES, progress: PROGRESS }, words, 'zh'));
  });
});
