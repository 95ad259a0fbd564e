import { milestoneEntries, targetEntries } from './entries.js';
import type { PathProblem } from './problems.js';
import type { PlanFile } from './schema.js';

/**
 * Dates that cannot stand together: a plan that ends before it starts, an
 * assessment before the end, and deadlines outside the plan's period, which
 * no answer, nudge or reminder would ever reach.
 */
export function periodProblems(file: PlanFile): PathProblem[] {
  const { startsOn, endsOn, assessment } = file.plan;
  if (endsOn < startsOn) return [{ path: ['plan', 'endsOn'], problem: { kind: 'endsBeforeStarts', startsOn, endsOn } }];
  const problems: PathProblem[] = [];
  if (assessment && assessment.date <= endsOn) {
    problems.push({
      path: ['plan', 'assessment', 'date'],
      problem: { kind: 'assessmentNotAfterEnd', date: assessment.date, endsOn },
    });
  }
  const dated = (path: PathProblem['path'], first: string, last: string, lastPath = path) => {
    if (first < startsOn) problems.push({ path, problem: { kind: 'dueBeforeStart', due: first, startsOn } });
    if (last > endsOn) problems.push({ path: lastPath, problem: { kind: 'dueAfterEnd', due: last, endsOn } });
  };
  for (const { entry, path } of milestoneEntries(file)) {
    const to = entry.yearly?.to;
    // A run that ends before it starts is expand's to report.
    if (to !== undefined && to < Number(entry.due.slice(0, 4))) continue;
    const last = to === undefined ? entry.due : `${to}${entry.due.slice(4)}`;
    const lastPath = to === undefined || entry.due > endsOn ? [...path, 'due'] : [...path, 'yearly', 'to'];
    dated([...path, 'due'], entry.due, last, lastPath);
  }
  const firstYear = Number(startsOn.slice(0, 4));
  for (const { entry, path } of targetEntries(file)) {
    dated([...path, 'due'], entry.due, entry.due);
    const lastYear = Number(entry.due.slice(0, 4));
    const { fromYear } = entry;
    if (fromYear !== undefined && (fromYear < firstYear || fromYear > lastYear)) {
      problems.push({
        path: [...path, 'fromYear'],
        problem: { kind: 'fromYearOutside', fromYear, firstYear, lastYear },
      });
    }
  }
  return problems;
}
