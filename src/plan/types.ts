import type {
  AGGREGATES,
  AssessmentEntry,
  COMPARATORS,
  FREQUENCIES,
  Inference,
  MEASURES,
  PlanFile,
  Reporting,
  TARGET_KINDS,
  UNIT_KINDS,
  ZONE_LEVELS,
} from './schema.js';

export type { Inference, Reporting } from './schema.js';

export type ZoneLevel = (typeof ZONE_LEVELS)[number];
export type UnitKind = (typeof UNIT_KINDS)[number];
export type TargetKind = (typeof TARGET_KINDS)[number];
export type Comparator = (typeof COMPARATORS)[number];
export type Aggregate = (typeof AGGREGATES)[number];
export type Measure = (typeof MEASURES)[number];
export type Frequency = (typeof FREQUENCIES)[number];
export type TargetScope = 'zone' | 'group' | 'all_zones' | 'city';

export interface ZoneData {
  slug: string;
  name: string;
  shortName: string;
  nameEn: string;
  level: ZoneLevel;
  county: string;
  aliases: string[];
  /** What the encoding takes this zone's names to mean beyond the plan's words. */
  inferred?: Inference;
  position: number;
}

/** A county or district (县区) a zone's growth is compared with; a figure subject like a zone, by its key. */
export interface CountyData {
  key: string;
  name: string;
  nameEn: string;
  aliases: string[];
  inferred?: Inference;
  position: number;
}

export interface UnitData {
  key: string;
  name: string;
  nameEn: string;
  kind: UnitKind;
  aliases: string[];
  inferred?: Inference;
  position: number;
}

export interface IndicatorData {
  key: string;
  name: string;
  nameEn: string;
  /** The English name is a plural noun; absent for a singular one. */
  nameEnPlural?: boolean;
  unit: string;
  unitEn: string;
  /** The English unit for a count of one, where it differs from unitEn. */
  unitEnOne?: string;
  lowerIsBetter: boolean;
  measure: Measure;
  overseenBy: string[];
  /** Absent where the plan file gives none; the reporting calendar then takes its default. */
  reporting?: Reporting;
  position: number;
}

export interface ProgrammeData {
  number: number;
  title: string;
  titleEn: string;
}

export interface TaskData {
  number: number;
  programme: number;
  title: string;
  titleEn: string;
  body: string;
  /** Responsible units in the plan's order, each with the name as the plan writes it. */
  units: { key: string; asWritten: string }[];
  zones: string[];
}

export interface MilestoneData {
  key: string;
  task: number | null;
  title: string;
  titleEn: string;
  text: string;
  dueOn: string;
  zones: string[];
  units: string[];
  /** Absent where the plan's text says all the milestone holds. */
  inferred?: Inference;
  position: number;
}

export interface TargetData {
  key: string;
  task: number | null;
  indicator: string;
  kind: TargetKind;
  comparator: Comparator;
  value: number;
  valueMax: number | null;
  scope: TargetScope;
  aggregate: Aggregate;
  dueOn: string;
  fromYear: number | null;
  zones: string[];
  text: string;
  inferred?: Inference;
  position: number;
}

/** 组织保障 (二)'s rules of the yearly assessment, as the plan file states them. */
export type AssessmentRules = AssessmentEntry;

/** The plan file with every reference resolved and every yearly obligation expanded. */
export interface PlanData {
  plan: PlanFile['plan'];
  zones: ZoneData[];
  /** What a zone under the city itself writes as its county (市直); absent where the plan sets none. */
  cityLevel?: string;
  counties: CountyData[];
  units: UnitData[];
  indicators: IndicatorData[];
  programmes: ProgrammeData[];
  tasks: TaskData[];
  milestones: MilestoneData[];
  targets: TargetData[];
  /** Absent where the plan sets no rule of assessment. */
  assessmentRules?: AssessmentRules;
}
