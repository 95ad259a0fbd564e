import { describe, expect, it } from 'vitest';
import { EditionMemo } from '../../src/domain/edition-memo.js';
import { FactsModel, type FigureFact } from '../../src/domain/facts-model.js';
import { summarizeTarget } from '../../src/domain/target-summary.js';
import { DEFAULT_THRESHOLDS, PLAN } from '../support/command-context.js';

const JUDGING = { today: '2024-11-28', thresholds: DEFAULT_THRESHOLDS };
const SCOPE = { key: PLAN.data.plan.key, baselineYear: PLAN.data.plan.baselineYear, endsOn: PLAN.data.plan.endsOn };
const [TARGET] = PLAN.data.targets;

const figure = (id: number, indicator: string, value: number): FigureFact => ({
  id,
  zone: 'xuwei',
  indicator,
  period: '2024',
  value,
});

/** A memo whose work reads gdp's figures, counting how often it is done. */
function gdpMemo() {
  const memo = new EditionMemo<number>();
  let works = 0;
  const ask = (model: FactsModel, judging = JUDGING) => {
    if (!TARGET) throw new Error('the plan has no targets');
    const facts = model.view(SCOPE);
    return memo.value(TARGET, facts, judging, (noted) => {
      works++;
      noted.add('gdp');
      return facts.series('xuwei', 'gdp').at(-1)?.value ?? 0;
    });
  };
  return { ask, works: () => works };
}

describe('a whole target kept while the editions of what it read stand', () => {
  it('is worked out again only once a figure of an indicator it read changes', () => {
    const model = new FactsModel();
    model.applyFigures([figure(1, 'gdp', 10)]);
    const { ask, works } = gdpMemo();
    expect([ask(model), ask(model)]).toEqual([10, 10]);
    model.applyFigures([figure(2, 'revenue', 3)]);
    expect(ask(model)).toBe(10);
    expect(works()).toBe(1);
    model.applyFigures([figure(3, 'gdp', 12)]);
    expect(ask(model)).toBe(12);
    expect(works()).toBe(2);
  });

  it('is worked out again for other facts, on another day, or by other thresholds', () => {
    const model = new FactsModel();
    const other = new FactsModel();
    model.applyFigures([figure(1, 'gdp', 10)]);
    other.applyFigures([figure(1, 'gdp', 20)]);
    const { ask, works } = gdpMemo();
    expect([ask(model), ask(other), ask(model)]).toEqual([10, 20, 10]);
    ask(model, { ...JUDGING, today: '2024-11-29' });
    ask(model, { ...JUDGING, today: '2024-11-29', thresholds: { ...DEFAULT_THRESHOLDS } });
    expect(works()).toBe(5);
  });
});

describe('a target summarized after a write', () => {
  const gdpTarget = PLAN.data.targets.find((t) => t.indicator === 'gdp' && t.zones.includes('xuwei'));

  it('is the summary kept when the write touched none of its indicators, and a new one when it did', () => {
    if (!gdpTarget) throw new Error('the plan has no GDP target for xuwei');
    const model = new FactsModel();
    model.applyFigures([figure(1, 'gdp', 100)]);
    const before = summarizeTarget(PLAN, gdpTarget, model.view(SCOPE), JUDGING);
    const unrelated = PLAN.data.indicators.find((i) => i.key !== 'gdp')?.key as string;
    model.applyFigures([figure(2, unrelated, 5)]);
    expect(summarizeTarget(PLAN, gdpTarget, model.view(SCOPE), JUDGING)).toBe(before);
    model.applyFigures([figure(3, 'gdp', 900)]);
    const after = summarizeTarget(PLAN, gdpTarget, model.view(SCOPE), JUDGING);
    expect(after).not.toBe(before);
    const fresh = new FactsModel();
    fresh.applyFigures([figure(1, 'gdp', 900)]);
    expect(after).toEqual(summarizeTarget(PLAN, gdpTarget, fresh.view(SCOPE), JUDGING));
  });
});
