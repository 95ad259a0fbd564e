import type { PlanIndex } from '../../src/domain/plan-index.js';
import type { ChangeLog, Tx } from '../../src/store/database.js';
import { unit } from './data-figures.js';

export const BENCH_ADMIN = 'U0BENCHADM';
/** Forty people submitting at once: each a reporter of one zone. */
export const REPORTERS = Array.from({ length: 40 }, (_, i) => `U0BREP${String(i).padStart(4, '0')}`);
/** People who only ask. */
export const READERS = Array.from({ length: 40 }, (_, i) => `U0BRD${String(i).padStart(4, '0')}`);
export const CHANNELS = { rankings: 'C0BRANKING', digest: 'C0BDIGEST' } as const;

const DAY = 86_400_000;
const at = (date: string, days: number) => new Date(Date.parse(`${date}T02:00:00Z`) + days * DAY);

/** Each reporter's zone: the plan's zones in turn. */
export function reporterZone(plan: PlanIndex, i: number): string {
  const zones = plan.data.zones;
  return (zones[i % zones.length] as { slug: string }).slug;
}

/** The reporters with their zones, and the channels the ranking and the digest post to, as an admin would have set them. */
export async function writePeople(tx: Tx, log: ChangeLog, plan: PlanIndex): Promise<void> {
  const zones = new Map((await tx.zone.findMany({ select: { id: true, slug: true } })).map((z) => [z.slug, z.id]));
  const granted = new Date('2021-03-01T02:00:00Z');
  for (const [i, user] of REPORTERS.entries()) {
    const person = await tx.person.create({ data: { slackUserId: user, lang: 'zh' }, select: { id: true } });
    await tx.roleGrant.create({
      data: {
        personId: person.id,
        role: 'reporter',
        zoneId: zones.get(reporterZone(plan, i)) ?? null,
        grantedBy: BENCH_ADMIN,
        grantedAt: granted,
      },
    });
  }
  for (const [purpose, channelId] of Object.entries(CHANNELS)) {
    await tx.channelSetting.create({ data: { purpose, channelId, setBy: BENCH_ADMIN, setAt: granted } });
  }
  log('person');
  log('grant');
  log('channel');
}

interface Report {
  milestoneId: number;
  zoneId: number | null;
  state: string;
  enteredAt: Date;
  needsConfirmation: boolean;
}

/**
 * Progress on every milestone each owing zone (or unit) owes: work under way
 * three months before the date; most of those due before 2026 reported done,
 * a few late, a zone's "done" waiting for the officer who confirms it.
 */
function reportsOf(plan: PlanIndex, milestoneIds: Map<string, number>, zoneIds: Map<string, number>): Report[] {
  const out: Report[] = [];
  for (const m of plan.data.milestones) {
    const milestoneId = milestoneIds.get(m.key);
    if (milestoneId === undefined) continue;
    const owing: (string | null)[] = [...m.zones, ...(m.units.length ? [null] : [])];
    for (const zone of owing) {
      const zoneId = zone === null ? null : (zoneIds.get(zone) ?? null);
      const h = unit(`${m.key}|${zone}`);
      out.push({ milestoneId, zoneId, state: 'in_progress', enteredAt: at(m.dueOn, -90), needsConfirmation: false });
      if (m.dueOn < '2026-01-01' && h < 0.75) {
        const late = h < 0.15 ? 20 : -3;
        out.push({
          milestoneId,
          zoneId,
          state: 'done',
          enteredAt: at(m.dueOn, late),
          needsConfirmation: zone !== null,
        });
      }
    }
  }
  return out;
}

/** Writes the progress reports and the officers' confirmations of the zones' "done"; returns how many reports. */
export async function writeProgress(tx: Tx, log: ChangeLog, plan: PlanIndex, chunk: number): Promise<number> {
  const planRow = await tx.plan.findUniqueOrThrow({ where: { key: plan.key }, select: { id: true } });
  const milestones = await tx.milestone.findMany({ where: { planId: planRow.id }, select: { id: true, key: true } });
  const zones = await tx.zone.findMany({ select: { id: true, slug: true } });
  const reports = reportsOf(
    plan,
    new Map(milestones.map((m) => [m.key, m.id])),
    new Map(zones.map((z) => [z.slug, z.id])),
  );
  const before = (await tx.milestoneUpdate.aggregate({ _max: { id: true } }))._max.id ?? 0;
  for (let i = 0; i < reports.length; i += chunk) {
    const data = reports.slice(i, i + chunk).map((r) => ({ ...r, enteredBy: REPORTERS[0] as string }));
    await tx.milestoneUpdate.createMany({ data });
  }
  const waiting = await tx.milestoneUpdate.findMany({
    where: { id: { gt: before }, needsConfirmation: true },
    select: { id: true, enteredAt: true },
  });
  for (let i = 0; i < waiting.length; i += chunk) {
    const data = waiting.slice(i, i + chunk).map((u) => ({
      updateId: u.id,
      confirmed: true,
      decidedBy: BENCH_ADMIN,
      decidedAt: new Date(u.enteredAt.getTime() + DAY),
    }));
    await tx.milestoneConfirmation.createMany({ data });
  }
  const after = (await tx.milestoneUpdate.aggregate({ _max: { id: true } }))._max.id ?? 0;
  if (after > before) log('progress', { fromId: before + 1, toId: after });
  return reports.length;
}
