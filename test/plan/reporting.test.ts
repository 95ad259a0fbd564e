import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PlanDataError } from '../../src/plan/expand.js';
import { parsePlan } from '../../src/plan/read.js';

const minimal = readFileSync(new URL('../fixtures/mini-plan.yaml', import.meta.url), 'utf8');
const GDP = 'unitEn: 100m yuan }';
const withReporting = (reporting: string) => minimal.replace(GDP, `unitEn: 100m yuan, reporting: ${reporting} }`);
const withAssessment = (assessment: string) =>
  minimal.replace('goals: 目标,', `goals: 目标, assessment: ${assessment},`);

describe('an indicator’s reporting rule in the plan file', () => {
  it('is read with its inference, the due month defaulting to the next', () => {
    const plan = parsePlan(
      withReporting('{ frequency: quarterly, due: { workingDay: 10 }, inferred: { zh: 按季报送, en: quarterly } }'),
    );
    expect(plan.indicators[0]?.reporting).toEqual({
      frequency: 'quarterly',
      due: { monthsAfter: 1, workingDay: 10 },
      inferred: { zh: '按季报送', en: 'quarterly' },
    });
  });

  it('is absent where the file gives none, so the plan loads as before', () => {
    expect(parsePlan(minimal).indicators[0]).not.toHaveProperty('reporting');
  });

  it.each([
    ['an unknown frequency', '{ frequency: weekly, due: { workingDay: 10 } }', /frequency/],
    ['a due day no month may have', '{ frequency: monthly, due: { workingDay: 16 } }', /workingDay/],
    [
      'a due month more than a year on',
      '{ frequency: yearly, due: { monthsAfter: 13, workingDay: 1 } }',
      /monthsAfter/,
    ],
    ['a stray field', '{ frequency: monthly, due: { workingDay: 10, day: 3 } }', /day/],
  ])('rejects %s', (_, reporting, message) => {
    expect(() => parsePlan(withReporting(reporting))).toThrow(PlanDataError);
    expect(() => parsePlan(withReporting(reporting))).toThrow(message);
  });
});

describe('the plan’s assessment date', () => {
  it('is read with its inference', () => {
    const plan = parsePlan(withAssessment('{ date: 2026-03-31, inferred: { zh: 推定, en: inferred } }'));
    expect(plan.plan.assessment).toEqual({ date: '2026-03-31', inferred: { zh: '推定', en: 'inferred' } });
  });

  it('must come after the plan’s end', () => {
    expect(() => parsePlan(withAssessment('{ date: 2025-12-31 }'))).toThrow(/not after the plan's end/);
  });
});
