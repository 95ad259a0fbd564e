import { describe, expect, it } from 'vitest';
import { FactsModel, type FigureFact } from '../../src/domain/facts-model.js';

const OLD = { key: 'old', baselineYear: 2020, endsOn: '2025-12-31' };
const NEW = { key: 'new', baselineYear: 2023, endsOn: '2030-12-31' };

const figure = (id: number, zone: string | null, period: string, value: number): FigureFact => ({
  id,
  zone,
  indicator: 'gdp',
  period,
  value,
});

describe('the facts after a write', () => {
  it('give the very series the write did not touch, and a new one for the series it did', () => {
    const model = new FactsModel();
    // gaoxin's 2019 is before the plan's window: its series is clipped, and the clipped one is kept too.
    model.applyFigures([
      figure(1, 'xuwei', '2024', 1),
      figure(2, 'gaoxin', '2019', 2),
      figure(5, 'gaoxin', '2024', 2),
      figure(3, null, '2024', 3),
    ]);
    const before = model.view(OLD);
    const xuwei = before.series('xuwei', 'gdp');
    const gaoxin = before.series('gaoxin', 'gdp');
    const city = before.series(null, 'gdp');
    model.applyFigures([figure(4, 'xuwei', '2024', 5)]);
    const after = model.view(OLD);
    expect(after).not.toBe(before);
    expect(gaoxin).toEqual([{ period: '2024', value: 2 }]);
    expect(after.series('gaoxin', 'gdp')).toBe(gaoxin);
    expect(after.series(null, 'gdp')).toBe(city);
    expect(after.series('xuwei', 'gdp')).not.toBe(xuwei);
    expect(after.series('xuwei', 'gdp')).toEqual([{ period: '2024', value: 5 }]);
  });

  it('reads a plan loaded again with another window in its new window', () => {
    const model = new FactsModel();
    model.applyFigures([figure(1, 'xuwei', '2021', 1), figure(2, 'xuwei', '2024', 2)]);
    expect(model.view(OLD).series('xuwei', 'gdp')).toHaveLength(2);
    const amended = { ...OLD, baselineYear: 2023 };
    expect(model.view(amended).series('xuwei', 'gdp')).toEqual([{ period: '2024', value: 2 }]);
  });

  it("keeps each plan's series to its own window", () => {
    const model = new FactsModel();
    model.applyFigures([figure(1, 'xuwei', '2021', 1), figure(2, 'xuwei', '2024', 2)]);
    expect(model.view(OLD).series('xuwei', 'gdp')).toHaveLength(2);
    expect(model.view(NEW).series('xuwei', 'gdp')).toEqual([{ period: '2024', value: 2 }]);
    model.applyFigures([figure(3, 'xuwei', '2024', 7), figure(4, 'xuwei', '2026', 9)]);
    expect(model.view(OLD).series('xuwei', 'gdp')).toEqual([
      { period: '2021', value: 1 },
      { period: '2024', value: 7 },
    ]);
    expect(model.view(NEW).series('xuwei', 'gdp')).toEqual([
      { period: '2024', value: 7 },
      { period: '2026', value: 9 },
    ]);
  });

  it('sorts a series in time, an annual figure after its December, in whatever order the rows came', () => {
    const model = new FactsModel();
    model.applyFigures([
      figure(1, 'xuwei', '2024-12', 12),
      figure(2, 'xuwei', '2024', 24),
      figure(3, 'xuwei', '2024-02', 2),
      figure(4, 'xuwei', '2023', 23),
    ]);
    model.applyFigures([figure(5, 'xuwei', '2024-01', 1), figure(6, 'xuwei', '2024-12', 13)]);
    expect(
      model
        .view(OLD)
        .series('xuwei', 'gdp')
        .map((o) => [o.period, o.value]),
    ).toEqual([
      ['2023', 23],
      ['2024-01', 1],
      ['2024-02', 2],
      ['2024-12', 13],
      ['2024', 24],
    ]);
  });
});

describe("an indicator's edition", () => {
  it('stands from view to view until a figure of that indicator changes', () => {
    const model = new FactsModel();
    model.applyFigures([figure(2, 'xuwei', '2024', 1)]);
    const gdp = model.view(OLD).edition('gdp');
    const revenue = model.view(OLD).edition('revenue');
    model.applyFigures([figure(1, 'xuwei', '2024', 9), { ...figure(3, 'xuwei', '2024', 4), indicator: 'revenue' }]);
    expect(model.view(OLD).edition('gdp')).toBe(gdp);
    expect(model.view(NEW).edition('gdp')).toBe(gdp);
    expect(model.view(OLD).edition('revenue')).not.toBe(revenue);
    model.applyFigures([figure(4, 'gaoxin', '2019', 2)]);
    expect(model.view(OLD).edition('gdp')).not.toBe(gdp);
  });

  it('is never that of other facts, though they hold the same figures', () => {
    const one = new FactsModel();
    const other = new FactsModel();
    one.applyFigures([figure(1, 'xuwei', '2024', 1)]);
    other.applyFigures([figure(1, 'xuwei', '2024', 1)]);
    expect(one.view(OLD).edition('gdp')).not.toBe(other.view(OLD).edition('gdp'));
  });
});
