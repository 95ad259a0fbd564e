import { CsvError, parse } from 'csv-parse/sync';
import type { IndicatorData } from '../plan/types.js';
import { checkFigure, type FigureProblem, type ValidFigure } from './figure-input.js';
import { foldName, NameResolver } from './names.js';
import { comparePeriods } from './periods.js';
import type { PlanIndex } from './plan-index.js';
import type { FigureSource, Observation, Series } from './progress.js';

export const CSV_COLUMNS = ['zone', 'indicator', 'period', 'value', 'note', 'source'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
const REQUIRED: CsvColumn[] = ['zone', 'indicator', 'period', 'value'];

/** Header names, folded: the English keys and the Chinese words of the report form. */
const HEADER_NAMES = new Map<string, CsvColumn>([
  ...CSV_COLUMNS.map((c) => [c, c] as const),
  ['开发区', 'zone'],
  ['指标', 'indicator'],
  ['期间', 'period'],
  ['数值', 'value'],
  ['备注', 'note'],
  ['来源', 'source'],
]);
/** What a row says instead of a zone for the whole city's figures. */
const CITY_NAMES = new Set(['全市', 'city']);

export type CsvProblem =
  | { code: 'malformed' }
  | { code: 'missing_columns'; columns: CsvColumn[] }
  | { code: 'unknown_column'; text: string }
  | { code: 'repeated_column'; column: CsvColumn }
  | { code: 'no_rows' }
  | { code: 'too_many_fields'; found: number; expected: number }
  | { code: 'missing_zone' }
  | { code: 'unknown_zone'; text: string }
  | { code: 'missing_indicator' }
  | { code: 'unknown_indicator'; text: string }
  | { code: 'figure'; problem: FigureProblem; indicator: IndicatorData | null };

/** A line of the file (the header is line 1) and everything wrong with it. */
export interface BadRow {
  line: number;
  problems: CsvProblem[];
}

export interface GoodRow {
  line: number;
  figure: ValidFigure;
  /** What it corrects: an earlier line of the file, a stored figure, or nothing. */
  corrects: number | 'stored' | null;
}

export interface ParsedCsv {
  good: GoodRow[];
  bad: BadRow[];
  /** Lines whose value the period has already (stored, or from a line above): nothing to import. */
  unchanged: number[];
}

interface CsvRecord {
  line: number;
  cells: string[];
}

/** Excel in China saves "CSV" as GB18030 unless told UTF-8; anything that is not valid UTF-8 is read as that. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Records with the line each starts on: the parser counts where a record ends, and a quoted cell may span lines. */
function readRecords(text: string): CsvRecord[] | BadRow {
  try {
    const parsed = parse(text, {
      bom: true,
      info: true,
      trim: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return parsed.map(({ record, info }) => ({
      line: info.lines - record.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0),
      cells: record,
    }));
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    return { line: typeof err.lines === 'number' ? err.lines : 1, problems: [{ code: 'malformed' }] };
  }
}

function readHeader(header: CsvRecord): Map<CsvColumn, number> | BadRow {
  const problems: CsvProblem[] = [];
  const columns = new Map<CsvColumn, number>();
  header.cells.forEach((cell, i) => {
    if (!cell) return;
    const column = HEADER_NAMES.get(foldName(cell));
    if (!column) problems.push({ code: 'unknown_column', text: cell });
    else if (columns.has(column)) problems.push({ code: 'repeated_column', column });
    else columns.set(column, i);
  });
  const missing = REQUIRED.filter((c) => !columns.has(c));
  if (missing.length) problems.unshift({ code: 'missing_columns', columns: missing });
  return problems.length ? { line: header.line, problems } : columns;
}

/** 2024-03 as people also write it: 2024-3, 2024/03, 2024.3, 2024年3月; a year as 2020 or 2020年. */
export function normalizePeriod(text: string): string {
  const typed = text.normalize('NFKC').replace(/\s+/g, '');
  const match = /^(\d{4})年?(?:[-/.]?(\d{1,2})月?)?$/.exec(typed);
  if (!match) return typed;
  const [, year, month] = match;
  return month ? `${year}-${month.padStart(2, '0')}` : (year as string);
}

/** Replaces or adds an observation, keeping the series in time order. */
function withObservation(series: Series, o: Observation): Series {
  return [...series.filter((s) => s.period !== o.period), o].sort((a, b) => comparePeriods(a.period, b.period));
}

interface Earlier {
  series: Series;
  /** The line of the file each period was last given on. */
  lines: Map<string, number>;
}

const keyOf = (zone: string | null, indicator: string) => `${zone}\u0000${indicator}`;

/** Checks one data row against the stored figures as the rows above it have left them. */
class RowChecker {
  private readonly indicators: NameResolver<IndicatorData>;
  private readonly earlier = new Map<string, Earlier>();
  /** The stored figures with the rows checked so far in their place: a city total or a baseline may come earlier in the file. */
  private readonly figures: FigureSource = {
    series: (zone, indicator) => this.earlier.get(keyOf(zone, indicator))?.series ?? this.stored(zone, indicator),
  };

  constructor(
    private readonly plan: PlanIndex,
    private readonly today: string,
    private readonly stored: (zone: string | null, indicator: string) => Series,
    private readonly columns: Map<CsvColumn, number>,
    private readonly width: number,
  ) {
    this.indicators = new NameResolver(
      plan.data.indicators.map((i) => ({ item: i, names: [i.key, i.name, i.nameEn] })),
    );
  }

  check({ line, cells }: CsvRecord): GoodRow | BadRow | { line: number; unchanged: true } {
    const cell = (c: CsvColumn) => cells[this.columns.get(c) ?? -1] ?? '';
    const problems: CsvProblem[] = [];
    if (cells.length > this.width)
      problems.push({ code: 'too_many_fields', found: cells.length, expected: this.width });
    const zoneText = cell('zone');
    // A county's figures (which zones' growth is held against) go in the zone column too, by its name or key.
    const subject = this.plan.zones.exact(zoneText)?.slug ?? this.plan.counties.exact(zoneText)?.key;
    const zone = CITY_NAMES.has(foldName(zoneText)) ? null : subject;
    if (!zoneText) problems.push({ code: 'missing_zone' });
    else if (zone === undefined) problems.push({ code: 'unknown_zone', text: zoneText });
    const indicatorText = cell('indicator');
    const indicator = this.indicators.exact(indicatorText);
    if (!indicatorText) problems.push({ code: 'missing_indicator' });
    else if (!indicator) problems.push({ code: 'unknown_indicator', text: indicatorText });

    const known = zone !== undefined && indicator !== undefined;
    const key = known ? keyOf(zone, indicator.key) : '';
    const earlier = this.earlier.get(key) ?? {
      series: known ? this.stored(zone, indicator.key) : [],
      lines: new Map(),
    };
    const input = { zone: zone ?? null, indicator: indicator?.key ?? '', period: normalizePeriod(cell('period')) };
    const checked = checkFigure(
      { ...input, value: cell('value'), note: cell('note'), source: cell('source') },
      this.plan,
      this.today,
      this.figures,
    );
    if (!checked.ok) {
      // Whether a zone reports an indicator means nothing until both are known, and that was said above;
      // a value already there is no fault, and matters only on a row without one.
      const figure = checked.problems.filter((p) => (known || p.field !== 'indicator') && p.code !== 'unchanged');
      problems.push(...figure.map((problem) => ({ code: 'figure' as const, problem, indicator: indicator ?? null })));
    }
    if (problems.length) return { line, problems };
    if (!checked.ok) return { line, unchanged: true };

    const { figure } = checked;
    const storedBefore = earlier.series.some((o) => o.period === figure.period);
    const corrects = earlier.lines.get(figure.period) ?? (storedBefore ? 'stored' : null);
    earlier.series = withObservation(earlier.series, { period: figure.period, value: figure.value });
    earlier.lines.set(figure.period, line);
    this.earlier.set(key, earlier);
    return { line, figure, corrects };
  }
}

/**
 * Reads an import file and checks every row as the report form would: each
 * against the stored figures and the rows above it, so a later row for the
 * same zone, indicator and period is a correction of the earlier one, and a
 * row with the value already there (a file imported twice) is set aside.
 */
export function parseFigureCsv(
  text: string,
  plan: PlanIndex,
  today: string,
  stored: (zone: string | null, indicator: string) => Series,
): ParsedCsv {
  const records = readRecords(text);
  if (!Array.isArray(records)) return { good: [], bad: [records], unchanged: [] };
  const [header, ...rows] = records;
  if (!header) {
    return { good: [], bad: [{ line: 1, problems: [{ code: 'missing_columns', columns: REQUIRED }] }], unchanged: [] };
  }
  const columns = readHeader(header);
  if (!(columns instanceof Map)) return { good: [], bad: [columns], unchanged: [] };
  if (!rows.length) return { good: [], bad: [{ line: header.line, problems: [{ code: 'no_rows' }] }], unchanged: [] };
  const checker = new RowChecker(plan, today, stored, columns, header.cells.length);
  const good: GoodRow[] = [];
  const bad: BadRow[] = [];
  const unchanged: number[] = [];
  for (const row of rows) {
    const checked = checker.check(row);
    if ('figure' in checked) good.push(checked);
    else if ('problems' in checked) bad.push(checked);
    else unchanged.push(checked.line);
  }
  const settled = alreadyStored(good, stored);
  return {
    good: good.filter((row) => !settled.has(row)),
    bad,
    unchanged: [...unchanged, ...[...settled].map((row) => row.line)].sort((a, b) => a - b),
  };
}

/**
 * The rows of each period whose last row leaves the value already stored:
 * a file imported again would otherwise write its own corrections again
 * (1,050.5 then 1,060 over a stored 1,060), though it changes nothing.
 */
function alreadyStored(good: GoodRow[], stored: (zone: string | null, indicator: string) => Series): Set<GoodRow> {
  const groups = new Map<string, GoodRow[]>();
  for (const row of good) {
    const { zone, indicator, period } = row.figure;
    const key = `${keyOf(zone, indicator)}\u0000${period}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const settled = new Set<GoodRow>();
  for (const rows of groups.values()) {
    const last = rows.at(-1)?.figure;
    const current = last && stored(last.zone, last.indicator).find((o) => o.period === last.period);
    if (last && current && current.value === last.value) for (const row of rows) settled.add(row);
  }
  return settled;
}
