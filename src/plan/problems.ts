/** Where in a plan file something is: keys and list positions from the top, as in `targets[3].zones`. */
export type Path = (string | number)[];

/** The value types a schema field expects, as the checker names them. */
export type ValueType = 'string' | 'number' | 'int' | 'boolean' | 'array' | 'object' | 'other';

/** What a draft's field must look like when it has the wrong form. */
export type Format = 'date' | 'slug' | 'indicatorKey' | 'other';

/** Things that must each be unique in a plan file. */
export type Unique =
  | 'zoneSlug'
  | 'zoneName'
  | 'unitKey'
  | 'unitName'
  | 'indicatorKey'
  | 'programmeNumber'
  | 'taskNumber'
  | 'milestoneKey'
  | 'targetKey'
  | 'taskUnit'
  | 'countyKey'
  | 'countyName';

/** What the encoding reads in that its `says` does not state, and an item does not mark as `inferred`. */
export type Reading = 'baseYear' | 'everyYear';

/**
 * One thing wrong with (or, for the warnings, odd about) a plan file, with
 * what the message needs to name it and its fix. The words live in
 * `src/i18n/messages/plan-check.ts`, in both languages.
 */
export type Problem =
  // The file's YAML
  | { kind: 'yaml'; code: string; message: string }
  // The schema
  | { kind: 'missing'; field: string }
  | { kind: 'type'; expected: ValueType; found: ValueType | 'null' }
  | { kind: 'unknownField'; field: string; allowed: string[]; suggestions: string[] }
  | { kind: 'notOneOf'; value: string; allowed: string[]; suggestions: string[] }
  | { kind: 'format'; format: Format; value: string }
  | { kind: 'notADate'; value: string }
  | { kind: 'tooShort'; what: 'list' | 'text'; minimum: number }
  | { kind: 'tooSmall'; minimum: number; inclusive: boolean }
  | { kind: 'tooBig'; maximum: number }
  | { kind: 'selector'; allowsCity: boolean }
  | { kind: 'noOwner' }
  | { kind: 'noRule' }
  | { kind: 'schema'; message: string }
  // Cross-references and duplicates
  | { kind: 'unknownZone'; slug: string; known: string[]; suggestions: string[] }
  | { kind: 'unknownUnit'; name: string; suggestions: string[] }
  | { kind: 'unknownUnitKey'; key: string; known: string[]; suggestions: string[] }
  | { kind: 'unknownIndicator'; key: string; known: string[]; suggestions: string[] }
  | { kind: 'duplicate'; what: Unique; value: string; first: Path }
  | { kind: 'yearlyBeforeFirst'; to: number; firstYear: number }
  | { kind: 'rangeWithoutMax' }
  | { kind: 'maxBelowValue'; value: number; valueMax: number }
  | { kind: 'noFromYear'; targetKind: string }
  // Counties, and the growth leads that compare zones with them
  | { kind: 'countyClash'; value: string; zone: Path }
  | { kind: 'unknownCounty'; name: string; known: string[]; suggestions: string[]; cityLevel: string | null }
  | { kind: 'noCounties' }
  | { kind: 'leadScope' }
  | { kind: 'leadComparator' }
  // Periods
  | { kind: 'endsBeforeStarts'; startsOn: string; endsOn: string }
  | { kind: 'assessmentNotAfterEnd'; date: string; endsOn: string }
  | { kind: 'dueAfterEnd'; due: string; endsOn: string }
  | { kind: 'dueBeforeStart'; due: string; startsOn: string }
  | { kind: 'fromYearOutside'; fromYear: number; firstYear: number; lastYear: number }
  // Among plan files
  | { kind: 'commandWord'; key: string }
  | { kind: 'keyTaken'; key: string; file: string }
  // Warnings: allowed, but likely a slip
  | { kind: 'unusedIndicator'; key: string }
  | { kind: 'noReporting'; key: string }
  | { kind: 'ignoredFromYear'; targetKind: string }
  | { kind: 'unmarkedReading'; reading: Reading };

export type ProblemKind = Problem['kind'];

const WARNINGS = new Set<ProblemKind>(['unusedIndicator', 'noReporting', 'ignoredFromYear', 'unmarkedReading']);

/** Warnings are things a plan may do, though a draft that does them is likely wrong; the rest are errors. */
export function isWarning(problem: Problem): boolean {
  return WARNINGS.has(problem.kind);
}

export interface PathProblem {
  path: Path;
  problem: Problem;
}

/** `targets[3].zones`: a path as the checker prints it. */
export function formatPath(path: Path): string {
  return path.reduce<string>(
    (out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg),
    '',
  );
}
