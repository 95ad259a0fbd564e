import type { TestProject } from 'vitest/node';
import { dropRunDatabases, runId } from './postgres.js';

/** Names this run so each test file's PostgreSQL database can be found and dropped at the end. */
export default function setup(project: TestProject) {
  const id = runId();
  project.provide('runId', id);
  return async () => {
    await dropRunDatabases(id);
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    runId: string;
  }
}
