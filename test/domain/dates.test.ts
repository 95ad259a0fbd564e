import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shanghai, wallClock } from '../../src/domain/dates.js';

describe('wallClock', () => {
  it('is the time in Shanghai as the ledger writes it, what dayjs formats', () => {
    expect(wallClock(new Date('2026-02-01T16:30:00Z'))).toBe('2026-02-02 00:30:00');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1992-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }),
        (at) => {
          expect(wallClock(at)).toBe(shanghai(at).format('YYYY-MM-DD HH:mm:ss'));
        },
      ),
    );
  });
});
