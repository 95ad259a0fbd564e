import { describe, expect, it } from 'vitest';
import { REPORTED_STATES } from '../../src/domain/milestones.js';
import { checkProgress, type ProgressInput } from '../../src/domain/progress-input.js';
import { PLAN } from '../support/command-context.js';

const input = (fields: Partial<ProgressInput>): ProgressInput => ({
  milestone: 't19-ftz-linkage-plan',
  zone: 'xuwei',
  state: 'in_progress',
  note: '',
  evidence: '',
  ...fields,
});
const problems = (fields: Partial<ProgressInput>) => {
  const checked = checkProgress(input(fields), PLAN);
  return checked.ok ? [] : checked.problems.map((p) => `${p.field}:${p.code}`);
};

describe('checkProgress: only what the form offers', () => {
  it('takes the four states the form offers, and none that only officers or the store may set', () => {
    expect(REPORTED_STATES.filter((state) => problems({ state, note: '原因' }).length)).toEqual([]);
    for (const state of ['awaiting_confirmation', 'returned', 'DONE', '']) {
      expect(problems({ state })).toEqual(['state:unknown']);
    }
  });

  it('takes only milestones of the plan', () => {
    expect(problems({ milestone: 't99-nothing' })).toEqual(['milestone:unknown']);
  });

  it('takes only a zone that owes the milestone', () => {
    expect(problems({ zone: 'lianyun' })).toEqual(['zone:not_owed']);
    expect(problems({ zone: 'nowhere' })).toEqual(['zone:not_owed']);
  });

  it('takes the unit itself only where the milestone has owing units', () => {
    const unitOwed = PLAN.data.milestones.find((m) => m.units.length > 0);
    const zonesOnly = PLAN.data.milestones.find((m) => m.units.length === 0);
    expect(problems({ milestone: unitOwed?.key, zone: null })).toEqual([]);
    expect(problems({ milestone: zonesOnly?.key, zone: null })).toEqual(['zone:not_owed']);
  });

  it('asks a blocked report for its reason', () => {
    expect(problems({ state: 'blocked' })).toEqual(['note:needs_reason']);
  });
});
