import { localDate } from '../domain/dates.js';
import type { EnteredFigure } from '../domain/digest.js';
import { checkFigure, type FigureInput, type FigureProblem, type ValidFigure } from '../domain/figure-input.js';
import type { PlanIndex } from '../domain/plan-index.js';
import type { FigureRevision } from '../domain/records.js';
import type { Actor } from '../domain/roles.js';
import {
  insertFigure,
  insertVerification,
  type PlanScope,
  readEntered,
  readRevisions,
} from '../store/figures-repository.js';
import { isUniqueViolation, readReceipt, takeReceipt } from '../store/receipts-repository.js';
import { type GroupCursor, type RevisionPage, readRevisionPage } from '../store/revision-pages.js';
import { authorize } from './authorize.js';
import type { ReportingDeps } from './reporting-deps.js';

/** A submission that failed validation: nothing was stored. */
export class InvalidFigure extends Error {
  override name = 'InvalidFigure';
  constructor(readonly problems: FigureProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.code}`).join(', '));
  }
}

export interface Saved {
  revision: FigureRevision;
  /** 1 for the first value of this zone, indicator and period; more for corrections. */
  revisionNumber: number;
  /** True when this was a second delivery of a submission already stored: nothing new was stored. */
  duplicate: boolean;
}

const revive = (json: string): Saved => {
  const saved = JSON.parse(json) as Saved;
  return { ...saved, duplicate: true, revision: { ...saved.revision, enteredAt: new Date(saved.revision.enteredAt) } };
};

/** Submitting, correcting, verifying and reading figures, with permissions enforced here. */
export class FiguresService {
  constructor(private readonly deps: ReportingDeps) {}

  /**
   * Everything but the write: the roles the database holds now, then the
   * figure against the plan (the one named by its key, else the default one)
   * and the calendar.
   */
  async check(actor: Actor, input: FigureInput, planKey?: string): Promise<ValidFigure> {
    const plan = await this.deps.plan.get(planKey);
    const baseline = input.period.trim() === String(plan.data.plan.baselineYear);
    await authorize(plan, this.deps.roles, actor, {
      kind: 'submit_figure',
      zone: input.zone,
      indicator: input.indicator,
      baseline,
    });
    const figures = await this.deps.facts.current(plan);
    const checked = checkFigure(input, plan, localDate(this.deps.clock()), figures);
    if (!checked.ok) throw new InvalidFigure(checked.problems);
    return checked.figure;
  }

  /**
   * Stores a checked figure in one transaction with its receipt, when the
   * submission has one: a second delivery of the same submission then stores
   * nothing and is answered as the first was.
   */
  async store(actor: Actor, figure: ValidFigure, receipt?: string, planKey?: string): Promise<Saved> {
    const plan = await this.deps.plan.get(planKey);
    await authorize(plan, this.deps.roles, actor, {
      kind: 'submit_figure',
      zone: figure.zone,
      indicator: figure.indicator,
      baseline: figure.period === String(plan.data.plan.baselineYear),
    });
    const by = actor.userId ?? 'terminal';
    const at = this.deps.clock();
    try {
      const saved = await this.deps.database.write(async (tx, log) => {
        const { id, revisionNumber } = await insertFigure(tx, log, figure, by, at);
        const result: Saved = {
          revision: { ...figure, id, enteredBy: by, enteredAt: at, verifications: [] },
          revisionNumber,
          duplicate: false,
        };
        if (receipt) await takeReceipt(tx, receipt, JSON.stringify(result), at);
        return result;
      });
      await this.deps.feed.settle();
      return saved;
    } catch (err) {
      const first = receipt && isUniqueViolation(err) ? await this.answered(receipt) : null;
      if (first) return first;
      throw err;
    }
  }

  /** How a submission was answered, when it was stored before: a later delivery of it is answered the same. */
  async answered(receipt: string): Promise<Saved | null> {
    const first = await readReceipt(this.deps.database.db, receipt);
    return first?.outcome ? revive(first.outcome) : null;
  }

  async submit(actor: Actor, input: FigureInput, receipt?: string, planKey?: string): Promise<Saved> {
    return this.store(actor, await this.check(actor, input, planKey), receipt, planKey);
  }

  /** The revisions of a plan's periods entered from `from` until `to`, each a first figure or a correction. */
  entered(plan: PlanScope, from: Date, to: Date): Promise<EnteredFigure[]> {
    return readEntered(this.deps.database.db, from, to, plan);
  }

  /**
   * A page of a zone's (or the city's) figure history under a plan: the next
   * `groups` indicator × period groups after the cursor, newest first.
   */
  history(
    plan: PlanScope,
    filter: { zone: string | null; indicator?: string },
    after: GroupCursor | null,
    groups: number,
  ): Promise<RevisionPage> {
    return readRevisionPage(this.deps.database.db, { ...filter, plan }, after, groups);
  }

  /** An officer of the indicator's field vouches for one revision; vouching twice records it once. */
  async verify(actor: Actor, figureId: number, note: string | null): Promise<FigureRevision> {
    const [revision] = await readRevisions(this.deps.database.db, { id: figureId });
    if (!revision) throw new Error(`no figure ${figureId}`);
    const plan = await this.planOf(revision.indicator);
    await authorize(plan, this.deps.roles, actor, { kind: 'verify_figure', indicator: revision.indicator });
    const by = actor.userId ?? 'terminal';
    const at = this.deps.clock();
    const added = await this.deps.database.write((tx, log) => insertVerification(tx, log, figureId, by, at, note));
    await this.deps.feed.settle();
    return added ? { ...revision, verifications: [...revision.verifications, { by, at, note }] } : revision;
  }

  /**
   * The plan whose overseers answer for an indicator's figures: the default
   * plan when it tracks the indicator, else the latest plan that does.
   */
  async planOf(indicator: string): Promise<PlanIndex> {
    const chosen = await this.deps.plan.get();
    if (chosen.data.indicators.some((i) => i.key === indicator)) return chosen;
    const tracking = (await this.deps.plan.all()).filter((p) => p.data.indicators.some((i) => i.key === indicator));
    return tracking[tracking.length - 1] ?? chosen;
  }
}
