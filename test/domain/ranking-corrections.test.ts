import { describe, expect, it } from 'vitest';
import { rankingCorrections } from '../../src/domain/ranking-corrections.js';

const posted = {
  month: '2026-10',
  entries: [
    { zone: 'xuwei', rank: 3, score: 71.2 },
    { zone: 'gaoxin', rank: 1, score: 80 },
    { zone: 'donghai', rank: 2, score: 75 },
    { zone: 'gone', rank: 4, score: 10 },
  ],
};

describe('corrections since a ranking was posted', () => {
  it('list each zone whose score or rank differs now, in the posted order, then zones new to it', () => {
    const now = {
      month: '2026-10',
      entries: [
        { zone: 'gaoxin', rank: 1, score: 80 },
        { zone: 'xuwei', rank: 2, score: 73.5 },
        { zone: 'donghai', rank: 3, score: 73.5 },
        { zone: 'fresh', rank: 4, score: 5 },
      ],
    };
    expect(rankingCorrections(posted, now)).toEqual([
      { zone: 'xuwei', score: { from: 71.2, to: 73.5 }, rank: { from: 3, to: 2 } },
      { zone: 'donghai', score: { from: 75, to: 73.5 }, rank: { from: 2, to: 3 } },
      { zone: 'gone', score: { from: 10, to: null }, rank: { from: 4, to: null } },
      { zone: 'fresh', score: { from: null, to: 5 }, rank: { from: null, to: 4 } },
    ]);
  });

  it('are none when nothing changed', () => {
    expect(rankingCorrections(posted, posted)).toEqual([]);
  });
});
