import { responsibleUnits } from '../domain/permissions.js';
import { checkProgress, type ProgressInput, type ProgressProblem } from '../domain/progress-input.js';
import type { Actor } from '../domain/roles.js';
import { insertDecision, insertProgress, type ProgressReport, readProgress } from '../store/progress-repository.js';
import { authorize } from './authorize.js';
import type { ReportingDeps } from './reporting-deps.js';

export class InvalidProgress extends Error {
  override name = 'InvalidProgress';
  constructor(readonly problems: ProgressProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.code}`).join(', '));
  }
}

export interface Reported {
  report: ProgressReport;
  /** For a zone reporter's "done": the officers (or, when there are none, the admins) who are to confirm it. */
  confirmers: string[];
}

export interface Decided {
  report: ProgressReport;
  /** False when someone had already decided; nothing was changed. */
  recorded: boolean;
}

/** Milestone progress: reports with permissions enforced, and officers' confirmations (签收 → 办结). */
export class ProgressService {
  constructor(private readonly deps: ReportingDeps) {}

  async report(actor: Actor, input: ProgressInput): Promise<Reported> {
    const plan = await this.deps.plan.current();
    const checked = checkProgress(input, plan);
    if (!checked.ok) throw new InvalidProgress(checked.problems);
    const { milestone, zone, state } = checked.progress;
    const { needsConfirmation } = await authorize(plan, this.deps.roles, actor, {
      kind: 'report_milestone',
      milestone,
      zone,
    });
    const waits = needsConfirmation && state === 'done';
    const report = await insertProgress(
      this.deps.db,
      checked.progress,
      waits,
      actor.userId ?? 'terminal',
      this.deps.clock(),
    );
    this.deps.facts.invalidate();
    return { report, confirmers: waits ? await this.confirmers(responsibleUnits(plan, milestone)) : [] };
  }

  private async confirmers(units: string[]): Promise<string[]> {
    const officers = (
      await Promise.all(units.map((unit) => this.deps.roles.holders({ role: 'officer', zone: null, unit })))
    ).flat();
    const people = officers.length
      ? officers
      : await this.deps.roles.holders({ role: 'admin', zone: null, unit: null });
    return [...new Set(people)];
  }

  async get(id: number): Promise<ProgressReport | undefined> {
    return (await readProgress(this.deps.db, { id }))[0];
  }

  /** An officer confirms a zone's "done" (办结) or sends it back; only the first decision counts. */
  async decide(actor: Actor, updateId: number, confirmed: boolean, note: string | null): Promise<Decided> {
    const report = await this.get(updateId);
    if (!report?.needsConfirmation) throw new Error(`no report ${updateId} awaiting confirmation`);
    const plan = await this.deps.plan.current();
    const milestone = plan.data.milestones.find((m) => m.key === report.milestone);
    if (!milestone) throw new Error(`milestone ${report.milestone} is no longer in the plan`);
    await authorize(plan, this.deps.roles, actor, { kind: 'confirm_milestone', milestone });
    const recorded = await insertDecision(this.deps.db, updateId, {
      confirmed,
      by: actor.userId ?? 'terminal',
      at: this.deps.clock(),
      note,
    });
    if (recorded) this.deps.facts.invalidate();
    return { report: (await this.get(updateId)) as ProgressReport, recorded };
  }

  history(zone: string | null | undefined): Promise<ProgressReport[]> {
    return readProgress(this.deps.db, { zone });
  }
}
