import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config.js';
import type { Actor } from '../../src/domain/roles.js';
import { createLogger } from '../../src/logger.js';
import { InvalidFigure } from '../../src/services/figures-service.js';
import { TEST_NOW } from '../support/app-harness.js';
import { PROVIDERS, preparedDatabaseUrl } from '../support/databases.js';

const ADMIN: Actor = { userId: 'U0ADMIN01', terminal: false, configAdmin: true, grants: [] };
const figure = (fields: { period: string; value: string; note?: string }) => ({
  zone: 'xuwei',
  indicator: 'gdp',
  note: '',
  source: '',
  ...fields,
});

describe.each(PROVIDERS)('FiguresService.submit on $title', ({ provider, skip }) => {
  let runtime: Runtime;
  beforeAll(async () => {
    if (skip) return;
    const config = loadConfig({
      DATABASE_URL: await preparedDatabaseUrl(provider, 'figures'),
      ZONE_ADMINS: ADMIN.userId ?? '',
    });
    runtime = await createRuntime(config, createLogger('silent'), () => TEST_NOW);
    await runtime.prepare();
  });
  afterAll(() => runtime?.close());

  const submit = (fields: Parameters<typeof figure>[0]) => runtime.services.figures.submit(ADMIN, figure(fields));
  const count = () => runtime.database.db.figure.count();

  it.skipIf(skip)('stores nothing for the value a period has already, and says it was already recorded', async () => {
    expect((await submit({ period: '2025-12', value: '980' })).revisionNumber).toBe(1);
    const again = await submit({ period: '2025-12', value: '980', note: '再交一次' }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(InvalidFigure);
    expect((again as InvalidFigure).problems).toEqual([{ field: 'value', code: 'unchanged' }]);
    expect(await count()).toBe(1);
    expect((await submit({ period: '2025-12', value: '990' })).revisionNumber).toBe(2);
  });

  it.skipIf(skip)('lets an absurd first figure be corrected at once, without a note', async () => {
    const wild = await submit({ period: '2025-11', value: '1,000,000' }).catch((e: unknown) => e);
    expect((wild as InvalidFigure).problems).toMatchObject([{ code: 'needs_note', against: 'target' }]);
    await submit({ period: '2025-11', value: '1,000,000', note: '按统计局口径' });
    expect((await submit({ period: '2025-11', value: '800' })).revisionNumber).toBe(2);
  });
});
