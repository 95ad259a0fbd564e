import { describe, expect, it } from 'vitest';
import { readTarget } from '../../src/domain/progress.js';
import type { TargetData } from '../../src/plan/types.js';
import { type FigureRow, factsOf } from '../support/command-context.js';

function target(fields: Partial<TargetData>): TargetData {
  return {
    key: 't',
    task: null,
    indicator: 'gdp',
    kind: 'level',
    comparator: 'gt',
    value: 1000,
    valueMax: null,
    scope: 'zone',
    aggregate: 'each',
    dueOn: '2025-12-31',
    fromYear: null,
    zones: ['a'],
    text: '',
    position: 0,
    ...fields,
  };
}

const row = (zone: string | null, period: string, value: number, indicator = 'gdp'): FigureRow => ({
  zone,
  indicator,
  period,
  value,
});
const read = (t: TargetData, subject: string[], rows: FigureRow[]) => readTarget(t, subject, factsOf(rows), 2020);

describe('readTarget', () => {
  it('has no figures until someone reports', () => {
    expect(read(target({}), ['a'], [])).toEqual({ state: 'no_figures' });
  });

  it('reads a level against its goal, strictly for 突破', () => {
    const r = read(target({}), ['a'], [row('a', '2024', 900), row('a', '2025', 1000)]);
    expect(r).toMatchObject({ state: 'measured', actual: 1000, period: '2025', percent: 100, met: false });
    expect(read(target({ comparator: 'gte' }), ['a'], [row('a', '2025', 1000)])).toMatchObject({ met: true });
  });

  it('ignores figures after the due year, and takes an annual figure over the last month', () => {
    const rows = [row('a', '2025-11', 950), row('a', '2025', 1100), row('a', '2026-03', 300)];
    expect(read(target({}), ['a'], rows)).toMatchObject({ actual: 1100, period: '2025', met: true });
  });

  it('measures a doubling from the 2020 baseline, and says when the baseline is missing', () => {
    const t = target({ kind: 'multiple', comparator: 'gte', value: 2 });
    expect(read(t, ['a'], [row('a', '2020', 100), row('a', '2025', 150)])).toMatchObject({
      goal: 200,
      percent: 50,
      met: false,
    });
    expect(read(t, ['a'], [row('a', '2025', 150)])).toEqual({
      state: 'no_baseline',
      actual: { period: '2025', value: 150 },
    });
  });

  it('sums zones for a total and says how many of them reported', () => {
    const t = target({ aggregate: 'total', comparator: 'gte', value: 3500, zones: ['a', 'b', 'c'] });
    const r = read(t, ['a', 'b', 'c'], [row('a', '2025', 2000), row('b', '2025', 1600), row('c', '2024', 10)]);
    expect(r).toMatchObject({ actual: 3600, met: true, coverage: { reported: 2, of: 3 } });
  });

  it('sums a total at the period most zones have reached, not at one early zone', () => {
    const t = target({ aggregate: 'total', comparator: 'gte', value: 3500, zones: ['a', 'b', 'c'] });
    const r = read(t, ['a', 'b', 'c'], [row('a', '2024', 1000), row('b', '2024', 900), row('c', '2025-03', 300)]);
    expect(r).toMatchObject({ actual: 1900, period: '2024', coverage: { reported: 2, of: 3 } });
  });

  it('reads a share of the city figure for the same period', () => {
    const t = target({ kind: 'share', comparator: 'gte', value: 50, aggregate: 'total', zones: ['a', 'b'] });
    const rows = [row('a', '2025', 1500), row('b', '2025', 1000), row(null, '2025', 4000)];
    expect(read(t, ['a', 'b'], rows)).toMatchObject({ actual: 62.5, met: true });
    expect(read(t, ['a', 'b'], rows.slice(0, 2))).toEqual({ state: 'no_figures' });
  });

  it('adds each year of a cumulative target, a year being its annual figure or its last month', () => {
    const t = target({
      kind: 'cumulative',
      indicator: 'fdi',
      value: 40,
      fromYear: 2021,
      aggregate: 'total',
      zones: ['a'],
    });
    const rows = [
      row('a', '2021', 8, 'fdi'),
      row('a', '2022-06', 3, 'fdi'),
      row('a', '2022-12', 9, 'fdi'),
      row('a', '2023-09', 7, 'fdi'),
    ];
    expect(read(t, ['a'], rows)).toMatchObject({ actual: 24, percent: 60, met: false });
  });

  it('counts a yearly obligation in the latest year, and rank places gained over the year before', () => {
    const yearly = target({ kind: 'yearly', comparator: 'gte', value: 2, fromYear: 2022, indicator: 'projects' });
    expect(read(yearly, ['a'], [row('a', '2023', 2, 'projects'), row('a', '2024-06', 1, 'projects')])).toMatchObject({
      actual: 1,
      period: '2024-06',
      met: false,
    });
    const rank = target({ kind: 'rank_gain', comparator: 'gte', value: 1, fromYear: 2022, indicator: 'rank' });
    expect(read(rank, ['a'], [row('a', '2022', 12, 'rank'), row('a', '2023', 9, 'rank')])).toMatchObject({
      actual: 3,
      percent: null,
      met: true,
    });
    expect(read(rank, ['a'], [row('a', '2023', 9, 'rank')])).toMatchObject({ state: 'no_baseline' });
  });

  it('measures a level from its 2020 baseline, from zero without one or when the baseline already passed the goal', () => {
    expect(read(target({}), ['a'], [row('a', '2020', 300), row('a', '2023', 650)])).toMatchObject({
      baseline: 300,
      percent: 50,
    });
    expect(read(target({}), ['a'], [row('a', '2023', 650)])).toMatchObject({ baseline: null, percent: 65 });
    expect(read(target({}), ['a'], [row('a', '2020', 1200), row('a', '2023', 1100)])).toMatchObject({
      baseline: 1200,
      percent: 110,
    });
    const ceiling = target({ comparator: 'lte', value: 50 });
    expect(read(ceiling, ['a'], [row('a', '2020', 80), row('a', '2023', 65)])).toMatchObject({ percent: 50 });
    expect(read(ceiling, ['a'], [row('a', '2023', 65)])).toMatchObject({ percent: null, met: false });
  });

  it("takes a total's baseline only when every zone reported one, and a share's from the 2020 figures", () => {
    const t = target({ aggregate: 'total', comparator: 'gte', value: 3500, zones: ['a', 'b'] });
    const rows = [row('a', '2020', 1000), row('a', '2025', 2000), row('b', '2025', 1600)];
    expect(read(t, ['a', 'b'], rows)).toMatchObject({ baseline: null, percent: (3600 * 100) / 3500 });
    expect(read(t, ['a', 'b'], [...rows, row('b', '2020', 500)])).toMatchObject({ baseline: 1500 });
    const share = target({ kind: 'share', comparator: 'gte', value: 50, aggregate: 'total', zones: ['a', 'b'] });
    const then = [row('a', '2020', 1000), row('b', '2020', 600), row(null, '2020', 4000)];
    const now = [row('a', '2025', 1500), row('b', '2025', 500), row(null, '2025', 4000)];
    expect(read(share, ['a', 'b'], [...then, ...now])).toMatchObject({ actual: 50, baseline: 40, percent: 100 });
    expect(read(share, ['a', 'b'], now)).toMatchObject({ baseline: null });
  });

  it('reads a range as met only inside it', () => {
    const t = target({ kind: 'range', comparator: 'gte', value: 3, valueMax: 4, indicator: 'n' });
    expect(read(t, ['a'], [row('a', '2025', 4, 'n')])).toMatchObject({ met: true });
    expect(read(t, ['a'], [row('a', '2025', 5, 'n')])).toMatchObject({ met: false });
  });
});
