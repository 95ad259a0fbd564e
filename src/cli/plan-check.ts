import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { Config } from '../config.js';
import type { Lang } from '../i18n/lang.js';
import { planCheckText } from '../i18n/messages/plan-check.js';
import { planDiffText } from '../i18n/messages/plan-diff.js';
import { describeProblem } from '../i18n/messages/plan-problems.js';
import { checkPlanText, type Finding, type PlanNeighbours } from '../plan/check.js';
import { formatPath } from '../plan/problems.js';
import { diffAgainstDatabase } from './plan-diff.js';
import type { Io } from './run.js';

const isPlanFile = (name: string) => name.endsWith('.yaml') || name.endsWith('.yml');

function planKeyOf(path: string): string | null {
  try {
    const key = (parse(readFileSync(path, 'utf8')) as { plan?: { key?: unknown } } | null)?.plan?.key;
    return typeof key === 'string' ? key : null;
  } catch {
    // A neighbour that cannot be read is checked when it is itself checked or loaded.
    return null;
  }
}

/** The plan files beside the draft, which a folder named in PLAN_FILE would load with it. */
function neighbours(draft: string, commandWords: Set<string>): PlanNeighbours {
  const self = resolve(draft);
  const folder = dirname(self);
  const plans = readdirSync(folder)
    .filter(isPlanFile)
    .map((name) => join(folder, name))
    .filter((path) => path !== self)
    .flatMap((path) => {
      const key = planKeyOf(path);
      return key === null ? [] : [{ key, file: basename(path) }];
    });
  return { commandWords, plans };
}

/** A driver's error in a line: Prisma wraps the server's own words in an account of the call. */
function shortReason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return /Message: `([^`]+)`/.exec(message)?.[1] ?? message.trim().split('\n').at(-1) ?? message;
}

function findingLine(f: Finding, lang: Lang): string {
  const at = planCheckText(lang).at(f.line, f.column, formatPath(f.path), f.warning);
  return at + describeProblem(f.problem, lang, f.firstLine);
}

/**
 * `zonebot plan check <file.yaml> [--diff]`: every problem of a draft plan
 * file, each on its line, and with --diff what loading it would change in
 * the database. Without --diff no database is opened. Exits 0 for a good
 * file, 2 for one with problems (or bad arguments), 1 for one it cannot read.
 */
export async function runPlanCheck(
  words: string[],
  config: Config,
  lang: Lang,
  io: Io,
  commandWords: Set<string>,
): Promise<number> {
  const t = planCheckText(lang);
  const withDiff = words.includes('--diff');
  const [verb, file, ...extra] = words.filter((w) => w !== '--diff');
  if (verb !== 'check' || !file || extra.length) {
    io.err(`${t.usage}\n`);
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const code = (err as { code?: string }).code as keyof typeof t.reasons;
    io.err(`zonebot: ${t.unreadable(file, t.reasons[code] ?? (err as Error).message)}\n`);
    return 1;
  }
  const check = checkPlanText(bytes.toString('utf8'), neighbours(file, commandWords));
  const lines = check.findings.map((f) => findingLine(f, lang));
  const errors = check.findings.filter((f) => !f.warning).length;
  const warnings = check.findings.length - errors;
  if (!check.data) {
    lines.push(t.count(errors, warnings), ...(check.complete ? [] : [t.incomplete]));
    if (withDiff) lines.push(planDiffText(lang).blocked);
    io.err(`${lines.join('\n')}\n`);
    return 2;
  }
  const { plan, zones, counties, tasks, milestones, targets } = check.data;
  const summary = {
    ...plan,
    zones: zones.length,
    counties: counties.length,
    tasks: tasks.length,
    milestones: milestones.length,
    targets: targets.length,
  };
  lines.push(t.good(summary), warnings ? t.count(0, warnings) : t.noProblems);
  io.out(`${lines.join('\n')}\n`);
  if (!withDiff) return 0;
  const hash = createHash('sha256').update(bytes).digest('hex');
  try {
    io.out(`\n${(await diffAgainstDatabase(config.databaseUrl, check.data, hash, lang)).join('\n')}\n`);
  } catch (err) {
    io.err(`zonebot: ${planDiffText(lang).unreachable(shortReason(err))}\n`);
    return 1;
  }
  return 0;
}
