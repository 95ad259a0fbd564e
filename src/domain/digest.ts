import type { Facts } from './facts.js';
import type { PlanIndex } from './plan-index.js';
import type { Ranking } from './ranking.js';
import type { Judging, Rag } from './schedule.js';
import { zoneStatus } from './zone-status.js';

/** A figure revision entered in the digest's week: a first figure, or a correction of one. */
export interface EnteredFigure {
  zone: string | null;
  indicator: string;
  period: string;
  corrected: boolean;
}

export interface LightChange {
  zone: string;
  target: string;
  from: Rag;
  to: Rag;
}

export interface Digest {
  from: string;
  to: string;
  overdue: { zone: string; count: number }[];
  figures: { zone: string; added: number; corrected: number }[];
  changes: LightChange[];
  flags: { zone: string; kind: string }[];
  missing: { zone: string; count: number }[];
}

export interface DigestInput {
  plan: PlanIndex;
  /** The figures and reports as they stood when the week began, and as they stand now. */
  before: Facts;
  now: Facts;
  from: string;
  to: string;
  thresholds: Judging['thresholds'];
  entered: EnteredFigure[];
  /** Each zone's figures due and still missing. */
  missing: Map<string, number>;
  /** The latest posted ranking, for its flags. */
  ranking: Ranking | null;
}

/**
 * The week for leadership: what is overdue, which figures came in or were
 * corrected, which targets' lights changed (green→yellow→red and back), the
 * ranking's flags, and who has not reported. Plain facts, no judgement.
 */
export function weeklyDigest(input: DigestInput): Digest {
  const { plan, from, to, thresholds } = input;
  const overdue: Digest['overdue'] = [];
  const changes: LightChange[] = [];
  for (const zone of plan.data.zones) {
    const then = zoneStatus(plan, zone, input.before, { today: from, thresholds });
    const now = zoneStatus(plan, zone, input.now, { today: to, thresholds });
    if (now.counts.overdue) overdue.push({ zone: zone.slug, count: now.counts.overdue });
    for (const [i, line] of now.targets.entries()) {
      const was = then.targets[i];
      if (line.shared || !was || was.verdict.rag === line.verdict.rag) continue;
      changes.push({ zone: zone.slug, target: line.target.key, from: was.verdict.rag, to: line.verdict.rag });
    }
  }
  const figures = new Map<string, { added: number; corrected: number }>();
  for (const f of input.entered) {
    if (f.zone === null) continue;
    const tally = figures.get(f.zone) ?? { added: 0, corrected: 0 };
    if (f.corrected) tally.corrected++;
    else tally.added++;
    figures.set(f.zone, tally);
  }
  const flags = (input.ranking?.entries ?? []).flatMap((e) => [
    ...e.warnings.map((w) => ({ zone: e.zone, kind: w.kind })),
    ...e.official.map((o) => ({ zone: e.zone, kind: o.rule })),
  ]);
  const order = (slug: string) => plan.zone(slug)?.position ?? 0;
  return {
    from,
    to,
    overdue: overdue.sort((a, b) => b.count - a.count || order(a.zone) - order(b.zone)),
    figures: [...figures].map(([zone, t]) => ({ zone, ...t })).sort((a, b) => order(a.zone) - order(b.zone)),
    changes,
    flags,
    missing: [...input.missing]
      .filter(([, count]) => count > 0)
      .map(([zone, count]) => ({ zone, count }))
      .sort((a, b) => b.count - a.count || order(a.zone) - order(b.zone)),
  };
}
