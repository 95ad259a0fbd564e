import type { TaskData, UnitData, ZoneData } from '../plan/types.js';
import type { Facts } from './facts.js';
import type { PlanIndex } from './plan-index.js';
import { type DueFigure, missingFigures } from './reporting-calendar.js';
import { type Actor, isAdmin, isLeadership, officerUnits, reporterZones } from './roles.js';
import { countRags, type Judging, type Rag } from './schedule.js';
import type { WorkCalendar } from './workdays.js';
import { type MilestoneLine, milestoneLine, zoneStatus } from './zone-status.js';

/**
 * What a zone's reporter owes: milestones late or close to it, and the
 * figures due by today that are not in, by the rule the reminders follow.
 */
export interface ZoneDue {
  zone: ZoneData;
  milestones: MilestoneLine[];
  missing: DueFigure[];
}

/** A unit's tasks whose milestones some zone (or the unit) has let slip, with how many. */
export interface SlippingTask {
  task: TaskData;
  overdue: number;
}

/** What a unit's officer owes: the milestones the unit owes itself, and its tasks that are slipping. */
export interface UnitDue {
  unit: UnitData;
  milestones: MilestoneLine[];
  tasks: SlippingTask[];
}

/** One zone in the city overview: its own targets' lights and its overdue milestones. */
export interface ZoneOverview {
  zone: ZoneData;
  lights: Record<Rag, number>;
  overdue: number;
}

export interface Home {
  today: string;
  zones: ZoneDue[];
  units: UnitDue[];
  /** For leadership and admins; null for everyone else. */
  overview: ZoneOverview[] | null;
}

const PRESSING = new Set<MilestoneLine['status']>(['overdue', 'due_soon']);

const byDeadline = (a: MilestoneLine, b: MilestoneLine) =>
  a.milestone.dueOn.localeCompare(b.milestone.dueOn) || a.milestone.position - b.milestone.position;

function zoneDue(plan: PlanIndex, zone: ZoneData, facts: Facts, judging: Judging, calendar: WorkCalendar): ZoneDue {
  const milestones = plan
    .milestonesOfZone(zone.slug)
    .map((m) => milestoneLine(m, zone.slug, facts, judging))
    .filter((l) => PRESSING.has(l.status))
    .sort(byDeadline);
  return { zone, milestones, missing: missingFigures(plan, facts, zone.slug, judging.today, calendar) };
}

/** Every obligation a task's milestones create: one per owing zone, and one for the owing units themselves. */
function obligations(plan: PlanIndex, task: TaskData, facts: Facts, judging: Judging): MilestoneLine[] {
  return plan
    .milestonesOfTask(task.number)
    .flatMap((m) => [
      ...m.zones.map((z) => milestoneLine(m, z, facts, judging)),
      ...(m.units.length ? [milestoneLine(m, null, facts, judging)] : []),
    ]);
}

function unitDue(plan: PlanIndex, unit: UnitData, facts: Facts, judging: Judging): UnitDue {
  const milestones = plan
    .milestonesOfUnit(unit.key)
    .map((m) => milestoneLine(m, null, facts, judging))
    .filter((l) => PRESSING.has(l.status))
    .sort(byDeadline);
  const tasks = plan
    .tasksOfUnit(unit.key)
    .map((task) => ({
      task,
      overdue: obligations(plan, task, facts, judging).filter((l) => l.status === 'overdue').length,
    }))
    .filter((t) => t.overdue > 0)
    .sort((a, b) => b.overdue - a.overdue || a.task.number - b.task.number);
  return { unit, milestones, tasks };
}

/** Worst first: more red lights, then more overdue milestones, then more yellow; ties in the plan's order. */
function worstFirst(a: ZoneOverview, b: ZoneOverview): number {
  return (
    b.lights.red - a.lights.red ||
    b.overdue - a.overdue ||
    b.lights.yellow - a.lights.yellow ||
    a.zone.position - b.zone.position
  );
}

/** Every zone in one line each, for those who oversee them all. */
export function cityOverview(plan: PlanIndex, facts: Facts, judging: Judging): ZoneOverview[] {
  return plan.data.zones
    .map((zone) => {
      const status = zoneStatus(plan, zone, facts, judging);
      // A shared target's light is all zones' together: it would count once per zone.
      const own = status.targets.filter((t) => !t.shared).map((t) => t.verdict);
      return { zone, lights: countRags(own), overdue: status.counts.overdue };
    })
    .sort(worstFirst);
}

/** What one person owes next, by the roles they hold, and the city overview if they oversee it. */
export function homeOf(plan: PlanIndex, actor: Actor, facts: Facts, judging: Judging, calendar: WorkCalendar): Home {
  const zones = [...new Set(reporterZones(actor))]
    .flatMap((slug) => plan.zone(slug) ?? [])
    .map((zone) => zoneDue(plan, zone, facts, judging, calendar));
  const units = [...new Set(officerUnits(actor))]
    .flatMap((key) => plan.unit(key) ?? [])
    .map((unit) => unitDue(plan, unit, facts, judging));
  const oversees = isLeadership(actor) || isAdmin(actor);
  return {
    today: judging.today,
    zones,
    units,
    overview: oversees ? cityOverview(plan, facts, judging) : null,
  };
}
