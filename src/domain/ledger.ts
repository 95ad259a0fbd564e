import type { IndicatorData, MilestoneData } from '../plan/types.js';
import { csvRecord } from './csv-record.js';
import { wallClock } from './dates.js';
import type { Lang } from './lang.js';
import type { ReportedState } from './milestones.js';
import { periodKey } from './periods.js';
import type { PlanIndex } from './plan-index.js';
import { type FigureRevision, type ProgressReport, TERMINAL_RECORDED_AS } from './records.js';

export const LEDGER_COLUMNS = [
  'kind',
  'zone',
  'zoneCode',
  'indicator',
  'unit',
  'period',
  'value',
  'current',
  'task',
  'milestone',
  'due',
  'state',
  'confirmation',
  'enteredBy',
  'enteredAt',
  'note',
  'source',
  'checkedBy',
  'checkedAt',
  'checkNote',
] as const;
export type LedgerColumn = (typeof LEDGER_COLUMNS)[number];

/** The words of the ledger in one language; the i18n catalogue supplies them. */
export interface LedgerWords {
  columns: Record<LedgerColumn, string>;
  kind: { figure: string; progress: string };
  city: string;
  current: { yes: string; no: string };
  state: Record<ReportedState, string>;
  confirmation: { pending: string; confirmed: string; sentBack: string };
  separator: string;
  /** Who entered or checked a record made at the server's terminal. */
  terminal: string;
}

type Row = Record<LedgerColumn, string>;
/** Zone, kind, indicator or task, period or due date, milestone, time, id. */
type SortKey = [number, number, number, number, number, number, number];
interface Entry {
  key: SortKey;
  row: Row;
}

/** Excel, WPS and LibreOffice run a cell that starts like a formula; an apostrophe makes it text (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
export const safeCell = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** A number as digits only: no grouping and no exponent, so any spreadsheet reads it as a number. */
export function plainNumber(value: number): string {
  const shortest = String(value);
  return /e/i.test(shortest) ? value.toFixed(20).replace(/\.?0+$/, '') : shortest;
}

const LAST = Number.MAX_SAFE_INTEGER;

function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return 0;
}

/** The ids of the revisions that count: the latest entered of each group. */
function latestIds<T extends { id: number; enteredAt: Date }>(items: T[], group: (item: T) => string): Set<number> {
  const latest = new Map<string, T>();
  for (const item of items) {
    const seen = latest.get(group(item));
    const later =
      !seen || item.enteredAt > seen.enteredAt || (+item.enteredAt === +seen.enteredAt && item.id > seen.id);
    if (later) latest.set(group(item), item);
  }
  return new Set([...latest.values()].map((i) => i.id));
}

class LedgerBuilder {
  private readonly en: boolean;
  private readonly milestones: Map<string, MilestoneData>;
  private readonly indicators: Map<string, IndicatorData>;
  private readonly zones = new Map<string, { zone: string; zoneCode: string }>();

  constructor(
    private readonly plan: PlanIndex,
    private readonly words: LedgerWords,
    lang: Lang,
  ) {
    this.en = lang === 'en';
    this.milestones = new Map(plan.data.milestones.map((m) => [m.key, m]));
    this.indicators = new Map(plan.data.indicators.map((i) => [i.key, i]));
  }

  private person(id: string): string {
    return id === TERMINAL_RECORDED_AS ? this.words.terminal : id;
  }

  /** Zones in the plan's order, then the counties (whose figures admins enter), then the city. */
  private zoneRank(slug: string | null): number {
    if (slug === null) return LAST;
    const county = this.plan.county(slug);
    return this.plan.zone(slug)?.position ?? (county ? this.plan.data.zones.length + county.position : LAST - 1);
  }

  /** A zone's or county's name and code, the same for each of its rows, so made once. */
  private zoneCells(slug: string): { zone: string; zoneCode: string } {
    let cells = this.zones.get(slug);
    if (!cells) {
      const zone = this.plan.zone(slug);
      const county = this.plan.county(slug);
      const name = zone ? (this.en ? zone.nameEn : zone.shortName) : county && (this.en ? county.nameEn : county.name);
      cells = { zone: name ?? slug, zoneCode: slug };
      this.zones.set(slug, cells);
    }
    return cells;
  }

  /** The city's own figures and reports name no zone: a unit's report names its units, or else the city. */
  private ownerCells(slug: string | null, owners: string[]): { zone: string; zoneCode: string } {
    if (slug !== null) return this.zoneCells(slug);
    return { zone: owners.length ? owners.join(this.words.separator) : this.words.city, zoneCode: '' };
  }

  figures(figures: FigureRevision[]): Entry[] {
    const current = latestIds(figures, (f) => `${f.zone}\u0000${f.indicator}\u0000${f.period}`);
    const sep = this.words.separator;
    return figures.map((f) => {
      const indicator = this.indicators.get(f.indicator);
      const { zone, zoneCode } = this.ownerCells(f.zone, []);
      const checks = f.verifications;
      const row: Row = {
        kind: this.words.kind.figure,
        zone,
        zoneCode,
        indicator: indicator ? (this.en ? indicator.nameEn : indicator.name) : f.indicator,
        unit: indicator ? (this.en ? indicator.unitEn : indicator.unit) : '',
        period: f.period,
        value: plainNumber(f.value),
        current: current.has(f.id) ? this.words.current.yes : this.words.current.no,
        task: '',
        milestone: '',
        due: '',
        state: '',
        confirmation: '',
        enteredBy: this.person(f.enteredBy),
        enteredAt: wallClock(f.enteredAt),
        note: f.note ?? '',
        source: f.source ?? '',
        checkedBy: checks.length ? checks.map((v) => this.person(v.by)).join(sep) : '',
        checkedAt: checks.length ? checks.map((v) => wallClock(v.at)).join(sep) : '',
        checkNote: checks.length
          ? checks
              .map((v) => v.note ?? '')
              .filter(Boolean)
              .join(sep)
          : '',
      };
      const order = indicator?.position ?? LAST;
      return { key: [this.zoneRank(f.zone), 0, order, periodKey(f.period), 0, +f.enteredAt, f.id], row };
    });
  }

  progress(reports: ProgressReport[]): Entry[] {
    const current = latestIds(reports, (p) => `${p.milestone}\u0000${p.zone}`);
    return reports.map((p) => {
      const milestone = this.milestones.get(p.milestone);
      const owners = (milestone?.units ?? []).map((key) => {
        const unit = this.plan.unit(key);
        return unit ? (this.en ? unit.nameEn : unit.name) : key;
      });
      const { zone, zoneCode } = this.ownerCells(p.zone, owners);
      const row: Row = {
        kind: this.words.kind.progress,
        zone,
        zoneCode,
        indicator: '',
        unit: '',
        period: '',
        value: '',
        current: current.has(p.id) ? this.words.current.yes : this.words.current.no,
        task: String(milestone?.task ?? ''),
        milestone: milestone ? (this.en ? milestone.titleEn : milestone.title) : p.milestone,
        due: milestone?.dueOn ?? '',
        state: this.words.state[p.state],
        confirmation: this.confirmation(p),
        enteredBy: this.person(p.enteredBy),
        enteredAt: wallClock(p.enteredAt),
        note: p.note ?? '',
        source: p.evidence ?? '',
        checkedBy: p.decision ? this.person(p.decision.by) : '',
        checkedAt: p.decision ? wallClock(p.decision.at) : '',
        checkNote: p.decision?.note ?? '',
      };
      const due = milestone ? Number(milestone.dueOn.replace(/-/g, '')) : LAST;
      const key: SortKey = [
        this.zoneRank(p.zone),
        1,
        milestone?.task ?? LAST,
        due,
        milestone?.position ?? LAST,
        +p.enteredAt,
        p.id,
      ];
      return { key, row };
    });
  }

  /** The CSV lines of some records, in the ledger's order. */
  rows(records: LedgerRecords): string {
    const entries = [...this.figures(records.figures), ...this.progress(records.progress)];
    entries.sort((a, b) => compareKeys(a.key, b.key));
    return entries.map(({ row }) => csvRecord(LEDGER_COLUMNS.map((c) => safeCell(row[c])))).join('');
  }

  private confirmation(p: ProgressReport): string {
    const c = this.words.confirmation;
    if (p.decision) return p.decision.confirmed ? c.confirmed : c.sentBack;
    return p.needsConfirmation ? c.pending : '';
  }
}

/** The ledger's records of one batch: a zone's, or the city's figures and the units' own reports. */
export interface LedgerRecords {
  figures: FigureRevision[];
  progress: ProgressReport[];
}

/** The ledger's first line: a BOM, because Excel opens a UTF-8 file without one as GBK and garbles the Chinese. */
export function ledgerHeader(words: LedgerWords): string {
  return `\uFEFF${csvRecord(LEDGER_COLUMNS.map((c) => words.columns[c]))}`;
}

/**
 * The whole 台账 of some records, header first: every figure revision and
 * every milestone progress report, one row each, ordered by zone, then figures
 * before progress, indicator or task, period or due date, and time; CRLF line ends.
 */
export function ledgerCsv(plan: PlanIndex, records: LedgerRecords, words: LedgerWords, lang: Lang): string {
  return ledgerHeader(words) + new LedgerBuilder(plan, words, lang).rows(records);
}

/**
 * The 台账 written batch by batch, as the batches come (each zone in the
 * plan's order, then the city and the units), so only one batch is ever held:
 * the rows come out in the order `ledgerCsv` gives the whole.
 */
export async function* ledgerChunks(
  plan: PlanIndex,
  batches: AsyncIterable<LedgerRecords>,
  words: LedgerWords,
  lang: Lang,
): AsyncGenerator<string> {
  const builder = new LedgerBuilder(plan, words, lang);
  yield ledgerHeader(words);
  for await (const batch of batches) {
    const rows = builder.rows(batch);
    if (rows) yield rows;
  }
}
