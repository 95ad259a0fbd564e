import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPlanFile } from '../../src/plan/read.js';
import { openDatabase } from '../../src/store/database.js';
import { migrate } from '../../src/store/migrate.js';
import { loadPlan } from '../../src/store/plan-loader.js';
import { REAL_PLAN_FILE } from './plan-files.js';

/**
 * A database with every migration applied and the real plan loaded, made
 * once per test run: each test that only needs such a database gets a copy,
 * instead of running the schema engine and the plan loader again.
 */
export async function buildTemplate(url: string): Promise<void> {
  const database = await openDatabase(url);
  try {
    await migrate(database);
    await loadPlan(database, readPlanFile(REAL_PLAN_FILE));
    // One self-contained file to copy: no write-ahead log beside it.
    if (database.provider === 'sqlite') await database.db.$queryRawUnsafe('PRAGMA journal_mode = DELETE');
  } finally {
    await database.close();
  }
}

export function templateSqlitePath(): string {
  return join(mkdtempSync(join(tmpdir(), 'zonebot-template-')), 'zonebot.db');
}
