import type { TestProject } from 'vitest/node';
import { createDatabase, dropRunDatabases, runId, TEST_DATABASE_URL } from './postgres.js';
import { buildTemplate, templateSqlitePath } from './templates.js';

/**
 * Names this run, so each test file's PostgreSQL database can be found and
 * dropped at the end, and builds the prepared databases tests copy.
 */
export default async function setup(project: TestProject) {
  const id = runId();
  project.provide('runId', id);
  const sqlite = templateSqlitePath();
  await buildTemplate(`file:${sqlite}`);
  project.provide('sqliteTemplate', sqlite);
  if (TEST_DATABASE_URL) {
    const postgres = await createDatabase(id, 'template');
    await buildTemplate(postgres);
    project.provide('postgresTemplate', new URL(postgres).pathname.slice(1));
  } else {
    process.stderr.write(
      '\nPostgreSQL suites are SKIPPED: set TEST_DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/test) to run them.\n\n',
    );
  }
  return async () => {
    await dropRunDatabases(id);
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    runId: string;
    /** A migrated SQLite file with the real plan loaded, to copy. */
    sqliteTemplate: string;
    /** The name of a migrated PostgreSQL database with the real plan loaded, to create others from. */
    postgresTemplate: string;
  }
}
