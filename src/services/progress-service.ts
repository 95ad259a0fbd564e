import { responsibleUnits } from '../domain/permissions.js';
import {
  checkProgress,
  type ProgressInput,
  type ProgressProblem,
  type ValidProgress,
} from '../domain/progress-input.js';
import { type ProgressNote, type ProgressReport, TERMINAL_RECORDED_AS } from '../domain/records.js';
import type { Actor } from '../domain/roles.js';
import { insertNote, type NoteInput, readNotes } from '../store/notes-repository.js';
import { insertDecision, insertProgress, readProgress } from '../store/progress-repository.js';
import { isUniqueViolation, readReceipt, takeReceipt } from '../store/receipts-repository.js';
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
  /** True for a second delivery of a submission already recorded: nothing new was recorded, nobody is to be asked again. */
  duplicate: boolean;
}

export interface Decided {
  report: ProgressReport;
  /** False when someone had already decided; nothing was changed. */
  recorded: boolean;
}

const revive = (json: string): Reported => {
  const r = JSON.parse(json) as Reported;
  return { ...r, duplicate: true, report: { ...r.report, enteredAt: new Date(r.report.enteredAt) } };
};

/** Milestone progress: reports with permissions enforced, and officers' confirmations (签收 → 办结). */
export class ProgressService {
  constructor(private readonly deps: ReportingDeps) {}

  /** Everything but the write: the report against the plan, then the roles the database holds now. */
  async check(actor: Actor, input: ProgressInput, planKey?: string): Promise<ValidProgress> {
    const plan = await this.deps.plan.get(planKey);
    const checked = checkProgress(input, plan);
    if (!checked.ok) throw new InvalidProgress(checked.problems);
    const { milestone, zone } = checked.progress;
    await authorize(plan, this.deps.roles, actor, { kind: 'report_milestone', milestone, zone });
    return checked.progress;
  }

  /** Records a checked report with its receipt, when it has one, so a second delivery records nothing and asks nobody again. */
  async store(actor: Actor, progress: ValidProgress, receipt?: string, planKey?: string): Promise<Reported> {
    const plan = await this.deps.plan.get(planKey);
    // Roles may have changed since the check (another process, another admin): the write goes by the roles of now.
    const { needsConfirmation } = await authorize(plan, this.deps.roles, actor, {
      kind: 'report_milestone',
      milestone: progress.milestone,
      zone: progress.zone,
    });
    const waits = needsConfirmation && progress.state === 'done';
    const confirmers = waits ? await this.confirmers(responsibleUnits(plan, progress.milestone)) : [];
    const by = actor.userId ?? 'terminal';
    const at = this.deps.clock();
    try {
      const reported = await this.deps.database.write(async (tx, log) => {
        const id = await insertProgress(tx, log, plan.key, progress, waits, by, at);
        const result: Reported = {
          report: {
            id,
            plan: plan.key,
            milestone: progress.milestone.key,
            zone: progress.zone,
            state: progress.state,
            note: progress.note,
            evidence: progress.evidence,
            enteredBy: by,
            enteredAt: at,
            needsConfirmation: waits,
            decision: null,
          },
          confirmers,
          duplicate: false,
        };
        if (receipt) await takeReceipt(tx, receipt, JSON.stringify(result), at);
        return result;
      });
      await this.deps.feed.settle();
      return reported;
    } catch (err) {
      const first = receipt && isUniqueViolation(err) ? await this.answered(receipt) : null;
      if (first) return first;
      throw err;
    }
  }

  /** How a submission was answered, when it was recorded before: a later delivery of it is answered the same. */
  async answered(receipt: string): Promise<Reported | null> {
    const first = await readReceipt(this.deps.database.db, receipt);
    return first?.outcome ? revive(first.outcome) : null;
  }

  async report(actor: Actor, input: ProgressInput, receipt?: string, planKey?: string): Promise<Reported> {
    return this.store(actor, await this.check(actor, input, planKey), receipt, planKey);
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
    return (await readProgress(this.deps.database.db, { id }))[0];
  }

  /** An officer confirms a zone's "done" (办结) or sends it back; only the first decision counts. */
  async decide(actor: Actor, updateId: number, confirmed: boolean, note: string | null): Promise<Decided> {
    const report = await this.get(updateId);
    if (!report?.needsConfirmation) throw new Error(`no report ${updateId} awaiting confirmation`);
    const plan = await this.deps.plan.get(report.plan);
    const milestone = plan.data.milestones.find((m) => m.key === report.milestone);
    if (!milestone) throw new Error(`milestone ${report.milestone} is no longer in the plan`);
    await authorize(plan, this.deps.roles, actor, { kind: 'confirm_milestone', milestone });
    const decision = { confirmed, by: actor.userId ?? 'terminal', at: this.deps.clock(), note };
    const recorded = await this.deps.database.write((tx, log) => insertDecision(tx, log, updateId, decision));
    await this.deps.feed.settle();
    if (recorded) return { report: { ...report, decision }, recorded };
    return { report: (await this.get(updateId)) ?? report, recorded };
  }

  /**
   * A note on a milestone from someone who may report on it, from a reply in
   * a nudge's thread; recorded once per reply, however often Slack delivers it.
   */
  async addNote(actor: Actor, note: Omit<NoteInput, 'by' | 'at'>): Promise<boolean> {
    const plan = await this.deps.plan.get(note.plan);
    const milestone = plan.data.milestones.find((m) => m.key === note.milestone);
    if (!milestone) throw new Error(`no milestone ${note.milestone}`);
    await authorize(plan, this.deps.roles, actor, { kind: 'report_milestone', milestone, zone: note.zone });
    const full = { ...note, by: actor.userId ?? TERMINAL_RECORDED_AS, at: this.deps.clock() };
    const added = await this.deps.database.write((tx, log) => insertNote(tx, log, full));
    await this.deps.feed.settle();
    return added;
  }

  /** The newest `latest` notes of a plan's milestones for a zone (null: the units' own). */
  notes(plan: string, zone: string | null | undefined, latest: number): Promise<ProgressNote[]> {
    return readNotes(this.deps.database.db, plan, zone, latest);
  }

  /** The newest `latest` reports on a plan's milestones for a zone (null: the units' own), oldest first. */
  history(plan: string, zone: string | null | undefined, latest: number): Promise<ProgressReport[]> {
    return readProgress(this.deps.database.db, { plan, zone, latest });
  }
}
