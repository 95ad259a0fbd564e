import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';
import type { Figures, Summary } from './aggregate.js';
import type { ProviderResults, Results } from './results.js';
import type { Verdict } from './targets.js';

export const RESULTS_FILE = join(PROJECT_ROOT, 'bench-results', 'latest.json');

const n = (v: number | null | undefined, places = 1) =>
  v === null || v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(places);
const times = (r: number | null | undefined) => (r == null ? '—' : `${r.toFixed(2)}×`);
const x = (a: number | null | undefined, b: number | null | undefined) =>
  a == null || b == null || b === 0 ? '—' : `${(a / b).toFixed(2)}×`;

/** Columns padded to their widest cell; numbers right-aligned. */
export function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, i) => {
          const pad = ' '.repeat((widths[i] ?? 0) - [...cell].length);
          return /^[\d—.,×+-]/.test(cell) && i > 0 ? pad + cell : cell + pad;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const settled = (z: Summary) =>
  z.settledS === null ? 'not idle within 2 min' : `${z.settledS} s after the first answer`;

/** Answers after Slack's 3 s, and apart, connections' first answers that late (connection set-up; see the load generator). */
const overdueText = (f: Figures | undefined) =>
  f?.setup ? `${f.overdue} (+${f.setup} first)` : String(f?.overdue ?? 0);

function loadRows(p: ProviderResults, z: Summary, connections: number[]): string[][] {
  const rows = [['case', 'conns', 'req/s', '×floor', 'p50 ms', 'p99 ms', '×floor', 'late', '>3 s', 'bad']];
  for (const c of connections) {
    const f = p.floor.reads[c];
    rows.push([
      'floor: bare Bolt app',
      String(c),
      n(f?.rps, 0),
      '1.00×',
      n(f?.p50, 2),
      n(f?.p99, 2),
      '1.00×',
      String(f?.late ?? 0),
      overdueText(f),
      String(f?.bad ?? 0),
    ]);
    for (const [name, byConns] of Object.entries(z.reads)) {
      const g = byConns[c] as Figures;
      const r = z.vsFloor[name]?.[c];
      rows.push([
        name,
        String(c),
        n(g.rps, 0),
        times(r?.rps),
        n(g.p50, 2),
        n(g.p99, 2),
        times(r?.p99),
        String(g.late),
        overdueText(g),
        String(g.bad + g.errors),
      ]);
    }
  }
  return rows;
}

function uncachedRows(z: Summary): string[][] {
  const rows = [['uncached (a write, then the read; 1 connection)', 'samples', 'p50 ms', 'p99 ms', 'max ms', 'late']];
  for (const [name, f] of Object.entries(z.uncached))
    rows.push([name, String(f.samples), n(f.p50, 2), n(f.p99, 2), n(f.max, 2), String(f.late)]);
  return rows;
}

function writeRows(z: Summary): string[][] {
  const rows = [['writes and mixed load', 'conns', 'req/s', 'p50 ms', 'p99 ms', 'max ms', '"saving"', '>3 s', 'bad']];
  const row = (label: string, conns: string, f: Figures, rps: boolean) => [
    label,
    conns,
    rps ? n(f.rps, 0) : '',
    n(f.p50),
    n(f.p99),
    n(f.max),
    String(f.saving),
    overdueText(f),
    String(f.bad + f.errors),
  ];
  if (z.writes) rows.push(row('40 people submitting at once', '40', z.writes, true));
  for (const [c, m] of Object.entries(z.mixed)) {
    rows.push(row('mixed (req/s of all), its reads', c, m.read, true));
    rows.push(row('mixed, its 10% writes', c, m.write, false));
  }
  return rows;
}

function oneOffRows(p: ProviderResults, z: Summary): string[][] {
  const rows = [['one-off', 'figure']];
  rows.push([
    "start: npm start's command without npm → healthy",
    `${n(z.coldMs, 0)} ms (floor ${n(p.floor.coldMs, 0)} ms)`,
  ]);
  if (p.npmStartMs !== null)
    rows.push(['start: npm start → healthy', `${p.npmStartMs} ms (floor ${p.npmStartFloorMs ?? '–'} ms)`]);
  rows.push(['first answer after a start', `${n(z.firstAnswerMs, 1)} ms`]);
  rows.push(['start-up catch-up: busy until idle', settled(z)]);
  rows.push(['idle RSS', `${n(z.idleRssMB)} MB (floor ${n(p.floor.idleRssMB)} MB)`]);
  rows.push(['RSS under load (32 connections)', `${n(z.loadRssMB)} MB`]);
  for (const e of [z.exports.whole, z.exports.zone]) {
    if (e) rows.push([`/zone ${e.text}`, `${e.rows} rows, ${n(e.seconds, 2)} s, peak +${n(e.peakAboveMB)} MB`]);
  }
  rows.push([
    'terminal: zonebot status xuwei',
    `${n(p.terminal.medianS, 2)} s median, ${n(p.terminal.maxS, 2)} s max (floor ${n(p.prismaFloor.medianS, 2)} s)`,
  ]);
  rows.push(['job ranking --dry-run', `${n(p.ranking.medianS, 2)} s`]);
  rows.push(['job digest --dry-run', `${n(p.digest.medianS, 2)} s`]);
  return rows;
}

function scaleSection(p: ProviderResults, connections: number[]): string {
  const s = p.scale;
  if (!s) return '';
  const rows = [['150 zones vs 12 zones', 'conns', 'req/s', '×12', 'p99 ms', '×12']];
  for (const c of connections) {
    for (const [name, byConns] of Object.entries(s.zonebot.reads)) {
      const big = byConns[c];
      const small = p.zonebot.reads[name]?.[c];
      rows.push([name, String(c), n(big?.rps, 0), x(big?.rps, small?.rps), n(big?.p99, 2), x(big?.p99, small?.p99)]);
    }
  }
  for (const [name, f] of Object.entries(s.zonebot.uncached)) {
    const small = p.zonebot.uncached[name];
    rows.push([`${name}, uncached`, '1', '', '', n(f.p99, 2), x(f.p99, small?.p99)]);
  }
  const z = s.zonebot;
  rows.push(['start → healthy; first answer', '', '', '', `${n(z.coldMs, 0)} ms; ${n(z.firstAnswerMs, 0)} ms`, '']);
  rows.push(['start-up catch-up: busy until idle', '', '', '', settled(z), '']);
  rows.push(['idle RSS; under load', '', '', '', `${n(z.idleRssMB)} MB; ${n(z.loadRssMB)} MB`, '']);
  rows.push(['job ranking --dry-run', '', '', '', `${n(s.ranking.medianS, 2)} s`, '']);
  rows.push(['job digest --dry-run', '', '', '', `${n(s.digest.medianS, 2)} s`, '']);
  const d = s.dataset;
  return `\n${d.label}: ${d.figures} revisions, ${d.progress} progress reports\n${table(rows)}\n`;
}

function verdictRows(verdicts: Verdict[]): string[][] {
  const rows = [['', 'target', 'measured', 'limit', 'missed by']];
  for (const v of verdicts) {
    const mark = v.met ? 'ok' : v.accepted ? 'ACCEPTED' : 'MISSED';
    const by = v.met
      ? ''
      : v.measured === null
        ? 'not measured'
        : v.missedBy === null
          ? `${v.measured} over`
          : `${Math.round(v.missedBy * 100)}%`;
    const limit = `${v.kind === 'max' ? '≤' : '≥'} ${v.limit}${v.unit}`;
    rows.push([mark, `${v.id}: ${v.what}`, `${n(v.measured, 2)}${v.unit}`, limit, by]);
  }
  return rows;
}

/** The whole run as text: each provider's tables, the scale case, then every target. */
export function render(results: Results, verdicts: Verdict[]): string {
  const { machine: m, settings: s } = results;
  const parts = [
    `zonebot bench, ${results.takenAt}: ${m.cores} cores (${m.model}), Node ${m.node}, ${m.pinned}`,
    `${s.quick ? 'quick' : 'full'} run: ${s.rounds} rounds, the floor and zonebot in turn, medians; ${s.durationS} s per run`,
    `uncached: ${results.howUncached}`,
    '×floor: zonebot ÷ the bare app in the runs just before and after it, the median over the rounds',
    ...results.skipped.map((line) => `skipped: ${line}`),
  ];
  for (const p of results.providers) {
    const d = p.dataset;
    parts.push(
      `\n== ${p.provider} · ${d.label}: ${d.figures} revisions of ${d.periods} periods, ${d.progress} progress reports (generated in ${d.generatedS} s)`,
      table(loadRows(p, p.zonebot, s.connections)),
      table(uncachedRows(p.zonebot)),
      table(writeRows(p.zonebot)),
      table(oneOffRows(p, p.zonebot)),
      scaleSection(p, s.connections),
    );
  }
  parts.push('\n== targets (10% tolerance)', table(verdictRows(verdicts)));
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

export function save(results: Results, verdicts: Verdict[]): void {
  mkdirSync(join(PROJECT_ROOT, 'bench-results'), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify({ ...results, verdicts }, null, 2)}\n`);
}
