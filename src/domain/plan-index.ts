import type {
  CountyData,
  IndicatorData,
  MilestoneData,
  PlanData,
  ProgrammeData,
  TargetData,
  TaskData,
  UnitData,
  ZoneData,
} from '../plan/types.js';
import { NameResolver } from './names.js';

function groupBy<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    for (const k of keys(item)) {
      const list = out.get(k);
      if (list) list.push(item);
      else out.set(k, [item]);
    }
  }
  return out;
}

function byKey<T>(items: T[], key: (item: T) => string | number): Map<string | number, T> {
  return new Map(items.map((i) => [key(i), i]));
}

/** The loaded plan with the lookups every answer needs, built once per plan load. */
export class PlanIndex {
  readonly zones: NameResolver<ZoneData>;
  readonly units: NameResolver<UnitData>;
  /** The counties zones are compared with, by key, name, English name or alias: never among the zones. */
  readonly counties: NameResolver<CountyData>;
  private readonly zoneBySlug: Map<string | number, ZoneData>;
  private readonly unitByKey: Map<string | number, UnitData>;
  private readonly countyByKey: Map<string | number, CountyData>;
  private readonly taskByNumber: Map<string | number, TaskData>;
  private readonly programmeByNumber: Map<string | number, ProgrammeData>;
  private readonly indicatorByKey: Map<string | number, IndicatorData>;
  private readonly milestonesByZone: Map<string, MilestoneData[]>;
  private readonly milestonesByTask: Map<string, MilestoneData[]>;
  private readonly milestonesByUnit: Map<string, MilestoneData[]>;
  private readonly targetsByZone: Map<string, TargetData[]>;
  private readonly targetsByTask: Map<string, TargetData[]>;
  private readonly tasksByUnit: Map<string, TaskData[]>;

  constructor(readonly data: PlanData) {
    this.zones = new NameResolver(
      data.zones.map((z) => ({ item: z, names: [z.slug, z.name, z.shortName, z.nameEn, ...z.aliases] })),
    );
    this.units = new NameResolver(data.units.map((u) => ({ item: u, names: [u.key, u.name, u.nameEn, ...u.aliases] })));
    this.counties = new NameResolver(
      data.counties.map((c) => ({ item: c, names: [c.key, c.name, c.nameEn, ...c.aliases] })),
    );
    this.countyByKey = byKey(data.counties, (c) => c.key);
    this.zoneBySlug = byKey(data.zones, (z) => z.slug);
    this.unitByKey = byKey(data.units, (u) => u.key);
    this.taskByNumber = byKey(data.tasks, (t) => t.number);
    this.programmeByNumber = byKey(data.programmes, (p) => p.number);
    this.indicatorByKey = byKey(data.indicators, (i) => i.key);
    this.milestonesByZone = groupBy(data.milestones, (m) => m.zones);
    this.milestonesByTask = groupBy(data.milestones, (m) => (m.task === null ? [] : [String(m.task)]));
    this.milestonesByUnit = groupBy(data.milestones, (m) => m.units);
    this.targetsByZone = groupBy(data.targets, (t) => t.zones);
    this.targetsByTask = groupBy(data.targets, (t) => (t.task === null ? [] : [String(t.task)]));
    this.tasksByUnit = groupBy(data.tasks, (t) => t.units.map((u) => u.key));
  }

  get key(): string {
    return this.data.plan.key;
  }

  get startsOn(): string {
    return this.data.plan.startsOn;
  }

  get endsOn(): string {
    return this.data.plan.endsOn;
  }

  get baselineYear(): number {
    return this.data.plan.baselineYear;
  }

  get taskCount(): number {
    return this.data.tasks.length;
  }

  zone(slug: string): ZoneData | undefined {
    return this.zoneBySlug.get(slug);
  }

  county(key: string): CountyData | undefined {
    return this.countyByKey.get(key);
  }

  /**
   * The counties a zone's growth is held against (领先其他县区或所在县区增幅): the
   * county it lies in, or, for a zone under the city itself (whose county
   * names none of them, as 市直), every county.
   */
  rivalsOf(slug: string): CountyData[] {
    const zone = this.zone(slug);
    const own = zone && this.counties.exact(zone.county);
    return own ? [own] : zone ? this.data.counties : [];
  }

  unit(key: string): UnitData | undefined {
    return this.unitByKey.get(key);
  }

  task(number: number): TaskData | undefined {
    return this.taskByNumber.get(number);
  }

  programme(number: number): ProgrammeData | undefined {
    return this.programmeByNumber.get(number);
  }

  indicator(key: string): IndicatorData {
    const found = this.indicatorByKey.get(key);
    if (!found) throw new Error(`plan index: unknown indicator ${key}`);
    return found;
  }

  milestonesOfZone(slug: string): MilestoneData[] {
    return this.milestonesByZone.get(slug) ?? [];
  }

  milestonesOfTask(number: number): MilestoneData[] {
    return this.milestonesByTask.get(String(number)) ?? [];
  }

  milestonesOfUnit(key: string): MilestoneData[] {
    return this.milestonesByUnit.get(key) ?? [];
  }

  targetsOfZone(slug: string): TargetData[] {
    return this.targetsByZone.get(slug) ?? [];
  }

  targetsOfTask(number: number): TargetData[] {
    return this.targetsByTask.get(String(number)) ?? [];
  }

  tasksOfUnit(key: string): TaskData[] {
    return this.tasksByUnit.get(key) ?? [];
  }

  /** Tasks that concern a zone: they name it, or one of their milestones or targets binds it. */
  tasksOfZone(slug: string): TaskData[] {
    const numbers = new Set<number>();
    for (const t of this.data.tasks) if (t.zones.includes(slug)) numbers.add(t.number);
    for (const m of this.milestonesOfZone(slug)) if (m.task !== null) numbers.add(m.task);
    for (const t of this.targetsOfZone(slug)) if (t.task !== null) numbers.add(t.task);
    return this.data.tasks.filter((t) => numbers.has(t.number));
  }
}
