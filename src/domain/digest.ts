import type { Facts } from './facts.js';
import type { PlanIndex } from './plan-index.js';
import { type Projected, type Projection, projectionFor } from './projection.js';
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

/** A target that will miss at the pace so far: a zone's own, or the zones' together (zone null). */
export interface WillMiss {
  zone: string | null;
  target: string;
  projection: Projected;
}

export interface Digest {
  from: string;
  to: string;
  overdue: { zone: string; count: number }[];
  figures: { zone: string; added: number; corrected: number }[];
  changes: LightChange[];
  /** Worst first: the furthest short of the goal as a share of it. */
  willMiss: WillMiss[];
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
 * corrected, which targets' lights changed (green→yellow→red and back), which
 * will miss at the pace so far, the ranking's flags, and who has not reported.
 */
export function weeklyDigest(input: DigestInput): Digest {
  const { plan, from, to, thresholds } = input;
  const overdue: Digest['overdue'] = [];
  const changes: LightChange[] = [];
  const willMiss: WillMiss[] = [];
  const weigh = (zone: string | null, target: string, projection: Projection) => {
    if (projection.state === 'projected' && projection.verdict === 'will_miss') {
      willMiss.push({ zone, target, projection });
    }
  };
  for (const zone of plan.data.zones) {
    const then = zoneStatus(plan, zone, input.before, { today: from, thresholds });
    const now = zoneStatus(plan, zone, input.now, { today: to, thresholds });
    if (now.counts.overdue) overdue.push({ zone: zone.slug, count: now.counts.overdue });
    for (const [i, line] of now.targets.entries()) {
      const was = then.targets[i];
      if (!line.shared) weigh(zone.slug, line.target.key, line.projection);
      if (line.shared || !was || was.verdict.rag === line.verdict.rag) continue;
      changes.push({ zone: zone.slug, target: line.target.key, from: was.verdict.rag, to: line.verdict.rag });
    }
  }
  for (const target of plan.data.targets) {
    if (target.scope !== 'city' && target.aggregate !== 'total') continue;
    weigh(null, target.key, projectionFor(plan, target, null, input.now, { today: to }));
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
  // Counties' figures (entered by admins) come after the zones'.
  const order = (slug: string) =>
    plan.zone(slug)?.position ?? plan.data.zones.length + (plan.county(slug)?.position ?? 0);
  return {
    from,
    to,
    overdue: overdue.sort((a, b) => b.count - a.count || order(a.zone) - order(b.zone)),
    figures: [...figures].map(([zone, t]) => ({ zone, ...t })).sort((a, b) => order(a.zone) - order(b.zone)),
    changes,
    willMiss: willMiss.sort((a, b) => b.projection.shortfall - a.projection.shortfall),
    flags,
    missing: [...input.missing]
      .filter(([, count]) => count > 0)
      .map(([zone, count]) => ({ zone, count }))
      .sort((a, b) => b.count - a.count || order(a.zone) - order(b.zone)),
  };
}
