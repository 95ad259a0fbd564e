import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/command.js';
import { target } from '../../commands/targets.js';
import { PlanIndex } from '../../src/domain/plan-index.js';
import type { PlanData } from '../../src/plan/types.js';
import { blocksToText } from '../../src/views/plain-text.js';
import { commandContext, PLAN } from '../support/command-context.js';

// The plan with the English grammar of some indicators given, as the plan file gives it.
const data: PlanData = structuredClone(PLAN.data);
const grammar: Record<string, { nameEnPlural?: boolean; unitEnOne?: string }> = {
  hitech_enterprises: { nameEnPlural: true, unitEnOne: 'enterprise' },
  national_talent: { nameEnPlural: true, unitEnOne: 'person' },
  provincial_talent: { nameEnPlural: true, unitEnOne: 'person' },
  projects_10bn: { nameEnPlural: true, unitEnOne: 'project' },
  projects_5bn: { nameEnPlural: true, unitEnOne: 'project' },
  leading_industries: { nameEnPlural: true, unitEnOne: 'direction' },
};
data.indicators = data.indicators.map((i) => ({ ...i, ...grammar[i.key] }));
const ctx: CommandContext = { ...commandContext({ lang: 'en' }), plan: new PlanIndex(data) };

describe('English targets', () => {
  it('agree with a plural indicator and count in the right number', async () => {
    const text = blocksToText((await target.run([], ctx)).blocks);
    expect(text).toContain('High-tech enterprises double their 2020 level');
    expect(text).toContain('Gross domestic product doubles its 2020 level');
    expect(text).toContain('Selections into national talent programmes at least 1 person');
    expect(text).toContain('Projects of 10 billion yuan or more: at least 1 project every year');
    expect(text).toContain('Projects of 10 billion yuan or more: at least 2 projects every year');
    expect(text).toContain('Leading industry directions 1–2 directions');
    expect(text).toContain('High-tech enterprises up more than 400 enterprises on 2020');
    expect(text).not.toMatch(/\b1 (people|projects|enterprises|directions)\b/);
  });
});
