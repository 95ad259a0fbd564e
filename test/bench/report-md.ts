import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';
import type { Results } from './results.js';
import type { Verdict } from './targets.js';

export const MARKDOWN_FILE = join(PROJECT_ROOT, 'bench-results', 'latest.md');

const n = (v: number | null | undefined, places = 1) =>
  v === null || v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(places);

function readTable(results: Results): string[] {
  const top = Math.max(...results.settings.connections);
  const lines = [
    `| provider | case (${top} connections) | req/s | × floor | p99 ms | × floor |`,
    '| --- | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const p of results.providers) {
    const f = p.floor.reads[top];
    lines.push(`| ${p.provider} | floor: bare Bolt app | ${n(f?.rps, 0)} | 1 | ${n(f?.p99, 2)} | 1 |`);
    for (const [name, byConns] of Object.entries(p.zonebot.reads)) {
      const g = byConns[top];
      const r = p.zonebot.vsFloor[name]?.[top];
      lines.push(`| ${p.provider} | ${name} | ${n(g?.rps, 0)} | ${n(r?.rps, 2)} | ${n(g?.p99, 2)} | ${n(r?.p99, 2)} |`);
    }
  }
  return lines;
}

function verdictTable(verdicts: Verdict[]): string[] {
  const lines = ['| target | measured | limit | verdict |', '| --- | ---: | ---: | --- |'];
  for (const v of verdicts) {
    const verdict = v.met
      ? 'met'
      : `${v.accepted ? 'accepted miss' : 'missed'}${v.missedBy === null ? '' : ` by ${Math.round(v.missedBy * 100)}%`}`;
    lines.push(
      `| ${v.id}: ${v.what} | ${n(v.measured, 2)} ${v.unit} | ${v.kind === 'max' ? '≤' : '≥'} ${v.limit} ${v.unit} | ${verdict} |`,
    );
  }
  return lines;
}

/** The figures as README "Performance" shows them: reads against the floor, then every target. */
export function saveMarkdown(results: Results, verdicts: Verdict[]): void {
  const m = results.machine;
  const s = results.settings;
  const text = [
    `Taken ${results.takenAt.slice(0, 10)} on ${m.cores} cores (${m.model}), Node ${m.node}, ${m.pinned}; ${s.quick ? 'quick' : 'full'} run, ${s.rounds} rounds, ${s.durationS} s runs, medians.`,
    '',
    ...readTable(results),
    '',
    ...verdictTable(verdicts),
    '',
  ].join('\n');
  writeFileSync(MARKDOWN_FILE, text);
}
