import { describe, expect, it } from 'vitest';
import { type Answer, noOutcomes, tally } from './outcomes.js';
import { latencyOf, median } from './stats.js';
import { acceptedMisses, type Check, judge } from './targets.js';

const check = (measured: number | null, kind: Check['kind'], limit: number): Check => ({
  id: 'sqlite.x',
  what: 'x',
  measured,
  kind,
  limit,
  unit: 'ms',
});

describe('judging a figure against its target', () => {
  it('meets a limit within 10% of it, and says by how much a miss is off', () => {
    expect(judge(check(109, 'max', 100), [])).toMatchObject({ met: true, missedBy: null });
    expect(judge(check(150, 'max', 100), [])).toMatchObject({ met: false, missedBy: 0.5, accepted: null });
    expect(judge(check(0.73, 'min', 0.8), [])).toMatchObject({ met: true });
    expect(judge(check(0.6, 'min', 0.8), [])).toMatchObject({ met: false });
    expect(judge(check(0.6, 'min', 0.8), []).missedBy).toBeCloseTo(0.25);
  });

  it('takes a limit of zero exactly, and a figure never measured as a miss', () => {
    expect(judge(check(1, 'max', 0), [])).toMatchObject({ met: false, missedBy: null });
    expect(judge(check(null, 'max', 100), [])).toMatchObject({ met: false, missedBy: null });
  });

  it('carries the reason of an accepted miss, and only for a miss', () => {
    const accepted = [{ check: 'sqlite.x', reason: 'because' }];
    expect(judge(check(150, 'max', 100), accepted).accepted).toBe('because');
    expect(judge(check(50, 'max', 100), accepted).accepted).toBeNull();
  });

  it('reads the committed file of accepted misses, each with its reason', () => {
    for (const miss of acceptedMisses()) {
      expect(miss.check).toMatch(/^(sqlite|postgresql)\./);
      expect(miss.reason.length).toBeGreaterThan(10);
    }
  });
});

describe('latencies', () => {
  it('takes nearest-rank percentiles and the median of what was measured', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(latencyOf(samples)).toEqual({ count: 100, mean: 50.5, p50: 50, p90: 90, p99: 99, max: 100 });
    expect(latencyOf([])).toBeNull();
    expect(median([3, null, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([null, undefined])).toBeNull();
  });
});

describe('judging an answer the load generator got back', () => {
  const expected = { readAnswer: 'ephemeral', failures: ['出错了'], saving: '正在保存' };
  const read = (over: Partial<Answer> = {}): Answer => ({
    kind: 'read',
    status: 200,
    body: '{"response_type":"ephemeral"}',
    ms: 5,
    first: false,
    ...over,
  });
  const counted = (...answers: Answer[]) => {
    const o = noOutcomes();
    for (const a of answers) tally(o, a, expected);
    return o;
  };

  it('fails an answer later than Slack waits, but counts a connection’s first apart as set-up', () => {
    expect(counted(read({ ms: 3500 }))).toMatchObject({ overdue: 1, setup: 0, failed: 1 });
    expect(counted(read({ ms: 3500, first: true }))).toMatchObject({ overdue: 0, setup: 1, failed: 0 });
    expect(counted(read({ ms: 2500, first: true }), read())).toMatchObject({ overdue: 0, setup: 0, failed: 0 });
  });

  it('fails an error or a wrong answer on any request, the first on a connection too', () => {
    expect(counted(read({ status: 404, first: true }))).toMatchObject({ bad: 1, failed: 1 });
    expect(counted(read({ body: '{"text":"出错了"}' }))).toMatchObject({ bad: 1, failed: 1 });
  });

  it('counts an empty acknowledgement of a read as late, not as a failure', () => {
    expect(counted(read({ body: '' }))).toMatchObject({ late: 1, bad: 0, failed: 0 });
  });
});
