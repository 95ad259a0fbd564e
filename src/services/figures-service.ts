import { localDate } from '../domain/dates.js';
import { checkFigure, type FigureInput, type FigureProblem } from '../domain/figure-input.js';
import type { Actor } from '../domain/roles.js';
import { type FigureRevision, insertFigure, insertVerification, readRevisions } from '../store/figures-repository.js';
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
}

/** Submitting, correcting, verifying and reading figures, with permissions enforced here. */
export class FiguresService {
  constructor(private readonly deps: ReportingDeps) {}

  async submit(actor: Actor, input: FigureInput): Promise<Saved> {
    const plan = await this.deps.plan.current();
    const baseline = input.period.trim() === String(plan.data.plan.baselineYear);
    await authorize(plan, this.deps.roles, actor, {
      kind: 'submit_figure',
      zone: input.zone,
      indicator: input.indicator,
      baseline,
    });
    const now = this.deps.clock();
    const figures = await this.deps.facts.current();
    const checked = checkFigure(input, plan, localDate(now), figures);
    if (!checked.ok) throw new InvalidFigure(checked.problems);
    const revision = await insertFigure(this.deps.db, checked.figure, actor.userId ?? 'terminal', now);
    this.deps.facts.invalidate();
    const same = await readRevisions(this.deps.db, { zone: input.zone, indicator: input.indicator });
    return { revision, revisionNumber: same.filter((r) => r.period === revision.period).length };
  }

  history(filter: { zone: string | null; indicator?: string }): Promise<FigureRevision[]> {
    return readRevisions(this.deps.db, filter);
  }

  /** An officer of the indicator's field vouches for one revision. */
  async verify(actor: Actor, figureId: number, note: string | null): Promise<FigureRevision> {
    const [revision] = await readRevisions(this.deps.db, { id: figureId });
    if (!revision) throw new Error(`no figure ${figureId}`);
    const plan = await this.deps.plan.current();
    await authorize(plan, this.deps.roles, actor, { kind: 'verify_figure', indicator: revision.indicator });
    await insertVerification(this.deps.db, figureId, actor.userId ?? 'terminal', this.deps.clock(), note);
    const [verified] = await readRevisions(this.deps.db, { id: figureId });
    return verified as FigureRevision;
  }
}
