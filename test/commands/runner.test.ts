import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { insertFigure } from '../../src/store/figures-repository.js';
import { blocksToText } from '../../src/views/plain-text.js';
import { TEST_NOW } from '../support/app-harness.js';
import { PROVIDERS, preparedDatabaseUrl } from '../support/databases.js';

describe.each(PROVIDERS)('CommandRunner on $title', ({ provider, skip }) => {
  let runtime: Runtime;
  let now = TEST_NOW;
  beforeAll(async () => {
    if (skip) return;
    const config = loadConfig({ DATABASE_URL: await preparedDatabaseUrl(provider, 'runner') });
    runtime = await createRuntime(config, createLogger('silent'), () => now);
    await runtime.prepare({ follow: true });
  });
  afterAll(() => runtime?.close());

  const status = async () =>
    blocksToText((await runtime.runner.run({ text: 'status xuwei', userId: 'U1' })).reply.blocks);

  it.skipIf(skip)('reuses an answer until the figures change, then answers from the new figures', async () => {
    expect(await status()).toMatch(/地区生产总值超过1,000亿元（2025年12月31日前）\n\s+🔴 缺少2025年数据/);
    const figure = { zone: 'xuwei', indicator: 'gdp', period: '2025', value: 1100, note: null, source: null };
    // Written as another process would write it: the figure and its entry in the change feed.
    await runtime.database.write((tx, log) => insertFigure(tx, log, figure, 'U1', new Date()));
    expect(await status()).toMatch(/地区生产总值超过1,000亿元（2025年12月31日前）\n\s+🔴 缺少2025年数据/);
    await runtime.feed.sync();
    expect(await status()).toMatch(/1,100亿元（2025年）.*已达标/);
  });

  it.skipIf(skip)('answers for the day it is asked', async () => {
    const before = await status();
    now = new Date(TEST_NOW.getTime() + 86_400_000);
    expect(await status()).not.toBe(before);
    now = TEST_NOW;
  });

  it.skipIf(skip)('never reuses the answer of a command that writes', async () => {
    const first = await runtime.runner.run({ text: 'lang en', userId: 'U2' });
    expect(first.ok).toBe(true);
    await runtime.database.db.person.delete({ where: { slackUserId: 'U2' } });
    await runtime.runner.run({ text: 'lang en', userId: 'U2' });
    expect(await runtime.database.db.person.count({ where: { slackUserId: 'U2' } })).toBe(1);
  });
});
