import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describeProblem } from '../i18n/messages/plan-problems.js';
import { checkPlanText, errorsIn } from './check.js';
import { PlanDataError } from './expand.js';
import { formatPath } from './problems.js';
import type { PlanData } from './types.js';

export interface PlanSource {
  data: PlanData;
  /** sha256 of the file's bytes: an unchanged file need not be loaded again. */
  hash: string;
}

/**
 * Parses and validates plan YAML. A file with errors is a PlanDataError that
 * lists every one with its line, in English for the log (warnings, which
 * `zonebot plan check` shows, do not stop a plan from loading).
 */
export function parsePlan(yamlText: string): PlanData {
  const check = checkPlanText(yamlText);
  if (check.data) return check.data;
  const lines = errorsIn(check).map((f) => {
    const where = [`line ${f.line}`, formatPath(f.path)].filter(Boolean).join(', ');
    return `${where}: ${describeProblem(f.problem, 'en', f.firstLine)}`;
  });
  throw new PlanDataError(
    `plan file has ${lines.length === 1 ? 'a problem' : `${lines.length} problems`}:\n${lines.join('\n')}`,
  );
}

export function readPlanFile(path: string): PlanSource {
  const bytes = readFileSync(path);
  return { data: parsePlan(bytes.toString('utf8')), hash: createHash('sha256').update(bytes).digest('hex') };
}
