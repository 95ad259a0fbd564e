import { expandPlan } from './expand.js';
import { periodProblems } from './periods.js';
import { isWarning, type Path, type PathProblem, type Problem } from './problems.js';
import { salvage } from './salvage.js';
import { planFile } from './schema.js';
import { schemaProblems } from './schema-problems.js';
import type { PlanData } from './types.js';
import { warnings } from './warnings.js';
import { readYaml } from './yaml-positions.js';

/** A problem where it stands in the file. */
export interface Finding {
  line: number;
  column: number;
  path: Path;
  problem: Problem;
  warning: boolean;
  /** For a duplicate, the line of the first of them; for a county named as a zone is, the zone's line. */
  firstLine?: number;
}

export interface PlanCheck {
  /** By line, then column. */
  findings: Finding[];
  /** The plan, when the file has no errors (it may have warnings). */
  data: PlanData | null;
  /** False when the file's shape kept some checks (references, dates) from running. */
  complete: boolean;
}

/** What a file is checked against beside itself: the words and plan keys it must not take. */
export interface PlanNeighbours {
  commandWords: Set<string>;
  /** The other plan files in its folder, which a folder named in PLAN_FILE loads with it, by key. */
  plans: { key: string; file: string }[];
}

function planKey(raw: unknown): string | null {
  const key = (raw as { plan?: { key?: unknown } } | null)?.plan?.key;
  return typeof key === 'string' ? key : null;
}

function amongPlans(raw: unknown, neighbours: PlanNeighbours | undefined): PathProblem[] {
  const key = planKey(raw);
  if (!neighbours || key === null) return [];
  const path = ['plan', 'key'];
  const taken = neighbours.plans.find((p) => p.key === key);
  return [
    ...(neighbours.commandWords.has(key) ? [{ path, problem: { kind: 'commandWord', key } as const }] : []),
    ...(taken ? [{ path, problem: { kind: 'keyTaken', key, file: taken.file } as const }] : []),
  ];
}

/** A problem found in the salvaged file, at its place in the draft. */
function inDraft({ path, problem }: PathProblem, original: (path: Path) => Path): PathProblem {
  return {
    path: original(path),
    problem:
      problem.kind === 'duplicate'
        ? { ...problem, first: original(problem.first) }
        : problem.kind === 'countyClash'
          ? { ...problem, zone: original(problem.zone) }
          : problem,
  };
}

/**
 * Checks a plan file's text and reports every problem it finds, each where
 * it stands: YAML syntax first (nothing else can be read past it), then the
 * schema, then, on what of the file the schema takes, its cross-references,
 * dates and, for a file without errors, the warnings.
 */
export function checkPlanText(text: string, neighbours?: PlanNeighbours): PlanCheck {
  const yaml = readYaml(text);
  const locate = ({ path, problem }: PathProblem): Finding => {
    const { line, column } = yaml.position(path, problem.kind === 'unknownField' ? 'key' : 'value');
    const other = problem.kind === 'duplicate' ? problem.first : problem.kind === 'countyClash' ? problem.zone : null;
    const firstLine = other ? yaml.position(other).line : undefined;
    return { line, column, path, problem, warning: isWarning(problem), ...(firstLine ? { firstLine } : {}) };
  };
  const sorted = (found: Finding[]) => found.sort((a, b) => a.line - b.line || a.column - b.column);
  if (yaml.errors.length) {
    const findings = yaml.errors.map(({ line, column, code, message }) => ({
      line,
      column,
      path: [],
      problem: { kind: 'yaml', code, message } as const,
      warning: false,
    }));
    return { findings: sorted(findings), data: null, complete: false };
  }

  const parsed = planFile.safeParse(yaml.raw);
  const problems = [...amongPlans(yaml.raw, neighbours)];
  let data: PlanData | null = null;
  let complete = true;
  if (parsed.success) {
    const expansion = expandPlan(parsed.data);
    problems.push(...expansion.problems, ...periodProblems(parsed.data));
    if (!problems.some((p) => !isWarning(p.problem))) {
      data = expansion.data;
      problems.push(...warnings(parsed.data, data));
    }
  } else {
    problems.push(...schemaProblems(parsed.error.issues, yaml.raw));
    const rest = salvage(yaml.raw, parsed.error.issues);
    complete = rest?.header === true;
    if (rest) {
      const found = [...expandPlan(rest.file, rest.also).problems, ...(rest.header ? periodProblems(rest.file) : [])];
      problems.push(...found.map((p) => inDraft(p, rest.original)));
    }
  }
  return { findings: sorted(problems.map(locate)), data, complete };
}

export const errorsIn = (check: PlanCheck) => check.findings.filter((f) => !f.warning);
