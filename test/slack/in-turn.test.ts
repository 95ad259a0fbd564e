import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { InTurn } from '../../src/slack/in-turn.js';

describe('submissions in turn', () => {
  it('runs them one at a time, in the order they came', async () => {
    const turns = new InTurn(10_000, 20);
    const log: string[] = [];
    const job = (name: string, ms: number) =>
      turns.run(async () => {
        log.push(`start ${name}`);
        await sleep(ms);
        log.push(`end ${name}`);
        return name;
      });
    expect(await Promise.all([job('a', 30), job('b', 1), job('c', 10)])).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('runs as many at once as it has lanes, the rest in the order they came', async () => {
    const turns = new InTurn(10_000, 20, 2);
    const log: string[] = [];
    let running = 0;
    let most = 0;
    const job = (name: string, ms: number) =>
      turns.run(async () => {
        running++;
        most = Math.max(most, running);
        log.push(`start ${name}`);
        await sleep(ms);
        log.push(`end ${name}`);
        running--;
      });
    await Promise.all([job('a', 40), job('b', 10), job('c', 10), job('d', 10)]);
    expect(most).toBe(2);
    expect(log.filter((l) => l.startsWith('start'))).toEqual(['start a', 'start b', 'start c', 'start d']);
    // c takes the lane b left, while a is still writing.
    expect(log.indexOf('start c')).toBeLessThan(log.indexOf('end a'));
  });

  it('lets one go ahead that has waited its patience, and keeps the order after it', async () => {
    const turns = new InTurn(20, 20);
    const log: string[] = [];
    const slow = turns.run(async () => {
      await sleep(200);
      log.push('slow');
    });
    const impatient = turns.run(async () => log.push('impatient'));
    await impatient;
    expect(log).toEqual(['impatient']);
    await slow;
    const last = turns.run(async () => log.push('last'));
    await last;
    expect(log).toEqual(['impatient', 'slow', 'last']);
  });

  it('goes on after one that failed', async () => {
    const turns = new InTurn(10_000, 20);
    await expect(turns.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await turns.run(async () => 'next')).toBe('next');
  });

  it('does deferred work once submissions have paused, once per key', async () => {
    const turns = new InTurn(10_000, 40);
    const log: string[] = [];
    const submission = (name: string, ms: number) =>
      turns.run(async () => {
        await sleep(ms);
        log.push(name);
      });
    const first = submission('a', 10);
    turns.later('home:U1', async () => {
      log.push('home U1, first ask');
    });
    turns.later('home:U1', async () => {
      log.push('home U1');
    });
    turns.later('home:U2', async () => {
      log.push('home U2');
    });
    await first;
    await sleep(20);
    // Another submission within the quiet time: the deferred work waits for it and a pause after it.
    await submission('b', 10);
    expect(log).toEqual(['a', 'b']);
    await sleep(30);
    expect(log).toEqual(['a', 'b']);
    await sleep(60);
    expect(log).toEqual(['a', 'b', 'home U1', 'home U2']);
  });
});
