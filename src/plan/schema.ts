import { z } from 'zod';

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const INDICATOR_KEY_PATTERN = /^[a-z0-9_]+$/;

/** The messages of the schema's own rules, which the draft checker words anew in each language. */
export const RULES = {
  realDate: 'not a real calendar date',
  owner: 'a milestone is owed by zones, units, or both',
  oneRule: 'an assessment sets at least one rule',
} as const;

/** A calendar date in Asia/Shanghai, written as the plan means it: 2022年6月底前 → 2022-06-30. */
export const isoDate = z
  .string()
  .regex(DATE_PATTERN, 'expected a date as YYYY-MM-DD')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    RULES.realDate,
  );

const slug = z.string().regex(SLUG_PATTERN, 'expected a lowercase ASCII slug');
const text = z.string().trim().min(1);

/**
 * What the encoding reads into the plan that its text does not say (a date, an
 * owner, a base year, a name), told to the reader as a short aside in each
 * language, so that no answer passes a reading off as the plan's words.
 */
export const inference = z.object({ zh: text, en: text }).strict();

/**
 * Which zones something binds: every zone the plan names (各开发区), a level
 * (各省级开发区 → provincial), a list of zone slugs, or every zone but some (其他开发区).
 */
export const zoneSelector = z.union([
  z.enum(['all', 'national', 'provincial', 'functional']),
  z.array(slug).min(1),
  z.object({ except: z.array(slug).min(1) }).strict(),
]);
export type ZoneSelector = z.infer<typeof zoneSelector>;

export const ZONE_LEVELS = ['national', 'provincial', 'functional'] as const;
export const UNIT_KINDS = ['department', 'collective', 'agency'] as const;
export const TARGET_KINDS = [
  'level',
  'multiple',
  'increase',
  'share',
  'cumulative',
  'yearly',
  'rank_gain',
  'range',
  'growth_lead',
] as const;
export const COMPARATORS = ['gt', 'gte', 'lte'] as const;
export const AGGREGATES = ['each', 'total'] as const;
export const MEASURES = ['flow', 'stock'] as const;
export const FREQUENCIES = ['monthly', 'quarterly', 'yearly'] as const;

/**
 * How often an indicator's figures are reported, and when a period's figure is
 * due: the `workingDay`-th working day of the month `monthsAfter` months after
 * the period's last month (1: the next month). A quarter's period is its last
 * month (figures are year-to-date), a year's the year. No month of the
 * State Council's calendars has fewer than 16 working days, so a due day up
 * to the 15th exists in every month but one an admin has emptied.
 */
const reporting = z
  .object({
    frequency: z.enum(FREQUENCIES),
    due: z
      .object({
        monthsAfter: z.number().int().min(1).max(12).default(1),
        workingDay: z.number().int().min(1).max(15),
      })
      .strict(),
    inferred: inference.optional(),
  })
  .strict();

const zone = z
  .object({
    slug,
    name: text,
    shortName: text,
    nameEn: text,
    level: z.enum(ZONE_LEVELS),
    county: text,
    aliases: z.array(text).default([]),
    inferred: inference.optional(),
  })
  .strict();

/**
 * A county or district (县区) of the city, whose figures a zone's growth is
 * held against (各开发区主要指标领先其他县区或所在县区增幅). A zone names its county
 * in `county`. Its key is a figure subject's like a zone's slug, so the two
 * must differ.
 */
const county = z
  .object({
    key: slug,
    name: text,
    nameEn: text,
    aliases: z.array(text).default([]),
    inferred: inference.optional(),
  })
  .strict();

const unit = z
  .object({
    key: slug,
    name: text,
    nameEn: text,
    kind: z.enum(UNIT_KINDS),
    aliases: z.array(text).default([]),
    inferred: inference.optional(),
  })
  .strict();

const indicator = z
  .object({
    key: z.string().regex(INDICATOR_KEY_PATTERN),
    name: text,
    nameEn: text,
    /** The English name is a plural noun (High-tech enterprises), so what follows agrees: double their 2020 level. */
    nameEnPlural: z.boolean().optional(),
    unit: text,
    /** The English unit for any count but one: people, projects. */
    unitEn: text,
    /** The English unit for a count of one, where it differs: person, project. */
    unitEnOne: text.optional(),
    lowerIsBetter: z.boolean().default(false),
    /** `flow` figures (GDP, trade …) are reported as year-to-date totals (1–N月累计); `stock` ones as levels. */
    measure: z.enum(MEASURES).default('stock'),
    /** Keys of the units whose field this is: their officers verify these figures. */
    overseenBy: z.array(slug).default([]),
    reporting: reporting.optional(),
  })
  .strict();

/** The same deadline every year: `due` is the first year's date, repeated through `to`. */
const yearly = z.object({ to: z.number().int() }).strict();

const milestone = z
  .object({
    key: slug,
    due: isoDate,
    yearly: yearly.optional(),
    title: text,
    titleEn: text,
    /** The sentence of the source that sets this deadline, verbatim. */
    says: text,
    zones: zoneSelector.optional(),
    /** Units that owe it themselves (a city department's own deadline), by name as the plan writes it. */
    units: z.array(text).optional(),
    inferred: inference.optional(),
  })
  .strict()
  .refine((m) => m.zones !== undefined || (m.units?.length ?? 0) > 0, RULES.owner);

const target = z
  .object({
    key: slug,
    indicator: z.string(),
    kind: z.enum(TARGET_KINDS),
    comparator: z.enum(COMPARATORS),
    /** For growth_lead, the percentage points a zone's growth must lead each county's by: 0 with `gt` is 领先. */
    value: z.number(),
    valueMax: z.number().optional(),
    /** `city` for a city-wide figure that is not a sum of zones (全市上市公司总数). */
    zones: z.union([zoneSelector, z.literal('city')]),
    aggregate: z.enum(AGGREGATES),
    due: isoDate,
    /** For yearly obligations (每年…) and growth leads: the first year checked; `due` is the last year's deadline. */
    fromYear: z.number().int().optional(),
    says: text,
    inferred: inference.optional(),
  })
  .strict();

const task = z
  .object({
    number: z.number().int().positive(),
    title: text,
    titleEn: text,
    body: text,
    units: z.array(text).min(1),
    zones: z.array(slug).default([]),
    milestones: z.array(milestone).default([]),
    targets: z.array(target).default([]),
  })
  .strict();

const programme = z
  .object({
    number: z.number().int().positive(),
    title: text,
    titleEn: text,
    tasks: z.array(task).min(1),
  })
  .strict();

/**
 * How the plan's own assessment (考核) judges a zone from a yearly figure: a
 * run of years in which it fell (退位) or rose (进位) against the year before,
 * better meaning what the indicator counts as better (for a rank, a smaller
 * number). `says` is the source's sentence, verbatim.
 */
const assessmentRule = {
  indicator: z.string().regex(INDICATOR_KEY_PATTERN),
  over: z.enum(['years']),
  says: text,
  inferred: inference.optional(),
};

const assessment = z
  .object({
    /** 约谈整改: fell this many years running. */
    interview: z
      .object({ fallsInARow: z.number().int().min(2), ...assessmentRule })
      .strict()
      .optional(),
    /** 通报表彰: rose this many years running. */
    commendation: z
      .object({ risesInARow: z.number().int().min(2), ...assessmentRule })
      .strict()
      .optional(),
  })
  .strict()
  .refine((a) => a.interview !== undefined || a.commendation !== undefined, RULES.oneRule);

export const planFile = z
  .object({
    plan: z
      .object({
        key: slug,
        docNumber: text,
        title: text,
        titleEn: text,
        issuer: text,
        issuedOn: isoDate,
        baselineYear: z.number().int(),
        startsOn: isoDate,
        endsOn: isoDate,
        goals: text,
        /** When the plan's final assessment reads its figures: until then the final periods' figures are chased. */
        assessment: z.object({ date: isoDate, inferred: inference.optional() }).strict().optional(),
      })
      .strict(),
    zones: z.array(zone).min(1),
    /**
     * What a zone under the city itself (not in any county) writes as its `county`,
     * such as 市直: such a zone's growth is held against every county's.
     */
    cityLevel: text.optional(),
    /** The counties zones lie in, for targets that hold a zone's growth against theirs (growth_lead). */
    counties: z.array(county).default([]),
    units: z.array(unit).min(1),
    indicators: z.array(indicator).min(1),
    /** Targets of 发展目标, which belong to no task. */
    targets: z.array(target).default([]),
    programmes: z.array(programme).min(1),
    /** Obligations of 组织保障, which belong to no task. */
    milestones: z.array(milestone).default([]),
    /** 组织保障 (二) 严格考核奖惩: the rules of the yearly assessment, what it rewards and what it calls to account. */
    assessmentRules: assessment.optional(),
  })
  .strict();

export type PlanFile = z.infer<typeof planFile>;

export type CountyEntry = z.infer<typeof county>;
export type MilestoneEntry = z.infer<typeof milestone>;
export type TargetEntry = z.infer<typeof target>;
export type Inference = z.infer<typeof inference>;
export type Reporting = z.infer<typeof reporting>;
export type AssessmentEntry = z.infer<typeof assessment>;
