import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { expandPlan, PlanDataError } from './expand.js';
import { planFile } from './schema.js';
import type { PlanData } from './types.js';

export interface PlanSource {
  data: PlanData;
  /** sha256 of the file's bytes: an unchanged file need not be loaded again. */
  hash: string;
}

/** Parses and validates plan YAML; every problem is a PlanDataError naming where it is. */
export function parsePlan(yamlText: string): PlanData {
  let raw: unknown;
  try {
    raw = parse(yamlText);
  } catch (err) {
    throw new PlanDataError(`plan file is not valid YAML: ${(err as Error).message}`);
  }
  const parsed = planFile.safeParse(raw);
  if (!parsed.success) throw new PlanDataError(`plan file is invalid:\n${z.prettifyError(parsed.error)}`);
  return expandPlan(parsed.data);
}

export function readPlanFile(path: string): PlanSource {
  const bytes = readFileSync(path);
  return { data: parsePlan(bytes.toString('utf8')), hash: createHash('sha256').update(bytes).digest('hex') };
}
