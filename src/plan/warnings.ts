import { milestoneEntries, targetEntries } from './entries.js';
import type { Path, PathProblem, Reading } from './problems.js';
import type { PlanFile } from './schema.js';
import type { PlanData } from './types.js';

const YEAR = /[0-9〇零一二三四五六七八九]{4}年/u;

/** The target kinds that read `fromYear`: each year's figure, or the sum of the years, counts from it. */
const FROM_YEAR_KINDS = new Set(['yearly', 'rank_gain', 'cumulative', 'growth_lead']);

/**
 * What a plan may do but a draft that does it has likely slipped on: each is
 * a warning, never an error. The readings are the two the encoding's own
 * rules call for from the item alone (test/plan/source-inferences.test.ts
 * holds the real plan to them): a multiple or increase is measured from a
 * base year, and a yearly obligation's years are read from 每年, so either
 * needs `inferred` unless its `says` names the year(s).
 */
export function warnings(file: PlanFile, data: PlanData): PathProblem[] {
  const out: PathProblem[] = [];
  const warn = (path: Path, problem: PathProblem['problem']) => out.push({ path, problem });
  const unmarked = (path: Path, reading: Reading, called: boolean) => {
    if (called) warn(path, { kind: 'unmarkedReading', reading });
  };

  const rules = data.assessmentRules;
  const usedIndicators = new Set([
    ...data.targets.map((t) => t.indicator),
    ...[rules?.interview?.indicator, rules?.commendation?.indicator].filter((k) => k !== undefined),
  ]);
  file.indicators.forEach((ind, i) => {
    if (!usedIndicators.has(ind.key)) warn(['indicators', i, 'key'], { kind: 'unusedIndicator', key: ind.key });
    if (!ind.reporting) warn(['indicators', i], { kind: 'noReporting', key: ind.key });
  });

  const baseYear = `${file.plan.baselineYear}年`;
  for (const { entry: t, path } of targetEntries(file)) {
    if (t.fromYear !== undefined && !FROM_YEAR_KINDS.has(t.kind)) {
      warn([...path, 'fromYear'], { kind: 'ignoredFromYear', targetKind: t.kind });
    }
    if (t.inferred) continue;
    unmarked(path, 'baseYear', (t.kind === 'multiple' || t.kind === 'increase') && !t.says.includes(baseYear));
    const everyYear = t.kind === 'yearly' || t.kind === 'rank_gain' || t.kind === 'growth_lead';
    unmarked(path, 'everyYear', everyYear && !YEAR.test(t.says));
  }
  for (const { entry: m, path } of milestoneEntries(file)) {
    if (!m.inferred) unmarked(path, 'everyYear', m.yearly !== undefined && !YEAR.test(m.says));
  }
  return out;
}
