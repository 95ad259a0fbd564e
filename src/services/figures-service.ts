import { localDate } from '../domain/dates.js';
import { checkFigure, type FigureInput, type FigureProblem } from '../domain/figure-input.js';
import type { Actor } from '../domain/roles.js';
import type { Db } from '../store/database.js';
import { type FigureRevision, insertFigure, insertVerification, readRevisions } from '../store/figures-repository.js';
import { authorize } from './authorize.js';
import type { FactsService } from './facts-service.js';
import type { PlanService } from './plan-service.js';
import type { RolesService } from './roles-service.js';

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
  constructor(
    private readonly db: Db,
    private readonly plan: PlanService,
    private readonly facts: FactsService,
    private readonly roles: RolesService,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async submit(actor: Actor, input: FigureInput): Promise<Saved> {
    const plan = await this.plan.current();
    const baseline = input.period.trim() === String(plan.data.plan.baselineYear);
    await authorize(plan, this.roles, actor, {
      kind: 'submit_figure',
      zone: input.zone,
      indicator: input.indicator,
      baseline,
    });
    const now = this.clock();
    const series = (await this.facts.current()).series(input.zone, input.indicator);
    const checked = checkFigure(input, plan, localDate(now), series);
    if (!checked.ok) throw new InvalidFigure(checked.problems);
    const revision = await insertFigure(this.db, checked.figure, actor.userId ?? 'terminal', now);
    this.facts.invalidate();
    const same = await readRevisions(this.db, { zone: input.zone, indicator: input.indicator });
    return { revision, revisionNumber: same.filter((r) => r.period === revision.period).length };
  }

  history(filter: { zone: string | null; indicator?: string }): Promise<FigureRevision[]> {
    return readRevisions(this.db, filter);
  }

  /** An officer of the indicator's field vouches for one revision. */
  async verify(actor: Actor, figureId: number, note: string | null): Promise<FigureRevision> {
    const [revision] = await readRevisions(this.db, { id: figureId });
    if (!revision) throw new Error(`no figure ${figureId}`);
    const plan = await this.plan.current();
    await authorize(plan, this.roles, actor, { kind: 'verify_figure', indicator: revision.indicator });
    await insertVerification(this.db, figureId, actor.userId ?? 'terminal', this.clock(), note);
    const [verified] = await readRevisions(this.db, { id: figureId });
    return verified as FigureRevision;
  }
}
