import { describe, expect, it } from 'vitest';
import { lastFire, nextFire } from '../../src/jobs/cron-times.js';

const at = (iso: string) => new Date(iso);

describe('schedule times in Shanghai', () => {
  it('finds the last daily run at or before a moment', () => {
    // 09:00 in Shanghai is 01:00 UTC.
    expect(lastFire('0 9 * * *', at('2026-12-01T02:00:00Z'))).toEqual(at('2026-12-01T01:00:00Z'));
    expect(lastFire('0 9 * * *', at('2026-12-01T00:59:00Z'))).toEqual(at('2026-11-30T01:00:00Z'));
    expect(lastFire('0 9 * * *', at('2026-12-01T01:00:00Z'))).toEqual(at('2026-12-01T01:00:00Z'));
  });

  it('finds the last monthly run, across a month', () => {
    expect(lastFire('0 10 16 * *', at('2026-12-01T02:00:00Z'))).toEqual(at('2026-11-16T02:00:00Z'));
  });

  it('finds weekday runs and the next one', () => {
    // 2026-12-05 is a Saturday: the last weekday run is Friday's.
    expect(lastFire('30 9 * * 1-5', at('2026-12-05T06:00:00Z'))).toEqual(at('2026-12-04T01:30:00Z'));
    expect(nextFire('30 9 * * 1-5', at('2026-12-05T06:00:00Z'))).toEqual(at('2026-12-07T01:30:00Z'));
    expect(nextFire('0 9 * * 1', at('2026-12-01T02:00:00Z'))).toEqual(at('2026-12-07T01:00:00Z'));
  });

  it('takes the latest of several times in a day', () => {
    expect(lastFire('0 9,15 * * *', at('2026-12-01T08:00:00Z'))).toEqual(at('2026-12-01T07:00:00Z'));
  });

  it('says none when a schedule has not fired within the horizon', () => {
    expect(lastFire('0 9 29 2 *', at('2026-12-01T02:00:00Z'), 30)).toBeNull();
  });
});
