import type { TestProject } from 'vitest/node';
import { dropRunDatabases, runId, TEST_DATABASE_URL } from './postgres.js';

/** Names this run so each test file's PostgreSQL database can be found and dropped at the end. */
export default function setup(project: TestProject) {
  const id = runId();
  project.provide('runId', id);
  if (!TEST_DATABASE_URL) {
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
  }
}
