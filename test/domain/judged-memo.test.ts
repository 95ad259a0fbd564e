import { describe, expect, it } from 'vitest';
import { FactsModel, type FigureFact } from '../../src/domain/facts-model.js';
import { JudgedMemo } from '../../src/domain/judged-memo.js';
import type { FigureSource, Series } from '../../src/domain/progress.js';
import { summarizeTargets } from '../../src/domain/target-summary.js';
import { DEFAULT_THRESHOLDS, PLAN } from '../support/command-context.js';

const JUDGING = { today: '2024-11-28', thresholds: DEFAULT_THRESHOLDS };
const [TARGET] = PLAN.data.targets;

/** Series held by zone: replacing one is what the facts do when a figure in it changes. */
function heldSeries(): { source: FigureSource; replace(zone: string): void } {
  const held = new Map<string, Series>();
  return {
    source: {
      series(zone) {
        const key = zone ?? '';
        if (!held.has(key)) held.set(key, [{ period: '2024', value: 1 }]);
        return held.get(key) as Series;
      },
    },
    replace: (zone) => held.set(zone, [{ period: '2024', value: 2 }]),
  };
}

describe('a judgment kept while its figures stand', () => {
  if (!TARGET) throw new Error('the plan has no targets');

  it('works a zone out again only once a series it read has been replaced', () => {
    const memo = new JudgedMemo<number>();
    const { source, replace } = heldSeries();
    let works = 0;
    const judge = (zone: string) =>
      memo.judged(
        TARGET,
        zone,
        source,
        JUDGING,
        (s) => {
          works++;
          return s.series(zone, 'gdp')[0]?.value ?? 0;
        },
        new Set(),
      );
    expect([judge('xuwei'), judge('gaoxin')]).toEqual([1, 1]);
    expect([judge('xuwei'), judge('gaoxin')]).toEqual([1, 1]);
    expect(works).toBe(2);
    replace('xuwei');
    expect([judge('xuwei'), judge('gaoxin')]).toEqual([2, 1]);
    expect(works).toBe(3);
  });

  it('works it out again on another day, or by other thresholds', () => {
    const memo = new JudgedMemo<string>();
    const { source } = heldSeries();
    const judge = (judging: typeof JUDGING) =>
      memo.judged(TARGET, null, source, judging, () => judging.today, new Set());
    expect(judge(JUDGING)).toBe(JUDGING.today);
    expect(judge({ ...JUDGING, today: '2024-11-29' })).toBe('2024-11-29');
    let again = 0;
    memo.judged(
      TARGET,
      null,
      source,
      { ...JUDGING, today: '2024-11-29', thresholds: { ...DEFAULT_THRESHOLDS } },
      () => {
        again++;
        return '';
      },
      new Set(),
    );
    expect(again).toBe(1);
  });

  it('names the indicators a judgment was worked out from, whether worked out now or kept', () => {
    const memo = new JudgedMemo<number>();
    const { source } = heldSeries();
    const work = (s: FigureSource) => s.series('xuwei', 'gdp').length + s.series('xuwei', 'revenue').length;
    const now = new Set<string>();
    memo.judged(TARGET, 'xuwei', source, JUDGING, work, now);
    const kept = new Set<string>();
    memo.judged(TARGET, 'xuwei', source, JUDGING, work, kept);
    expect([...now]).toEqual(['gdp', 'revenue']);
    expect([...kept]).toEqual(['gdp', 'revenue']);
  });
});

describe('targets after a write, from judgments kept', () => {
  const zones = PLAN.data.zones.map((z) => z.slug);
  const figures = (gdp2024: number): FigureFact[] =>
    zones.flatMap((zone, i) => [
      { id: i * 10 + 1, zone, indicator: 'gdp', period: '2020', value: 100 + i },
      { id: i * 10 + 2, zone, indicator: 'gdp', period: '2024', value: zone === 'xuwei' ? gdp2024 : 150 + i * 7 },
    ]);
  const scope = { key: PLAN.data.plan.key, baselineYear: PLAN.data.plan.baselineYear, endsOn: PLAN.data.plan.endsOn };

  it('says what working everything out afresh says', () => {
    const live = new FactsModel();
    live.applyFigures(figures(120));
    summarizeTargets(PLAN, live.view(scope), JUDGING);
    // One zone reports anew: its row has a higher id, as a revision has.
    live.applyFigures([{ id: 10_000, zone: 'xuwei', indicator: 'gdp', period: '2024', value: 400 }]);
    const kept = summarizeTargets(PLAN, live.view(scope), JUDGING);
    const fresh = new FactsModel();
    fresh.applyFigures(figures(400));
    expect(kept).toEqual(summarizeTargets(PLAN, fresh.view(scope), JUDGING));
    expect(kept).not.toEqual(summarizeTargets(PLAN, live.view(scope), { ...JUDGING, today: '2026-11-28' }));
  });
});
