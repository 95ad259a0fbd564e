import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Provider } from '../../src/store/database.js';
import { createDatabase, dropRunDatabases, runId } from '../support/postgres.js';

/**
 * Where the generated databases live for one run: each generated once, then
 * copied afresh for every app started on it, so each round starts from the
 * same data whatever the round before wrote. All of it goes at the end.
 */
export class Databases {
  private readonly run = runId();
  private copies = 0;

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /** A new, empty database to generate into. */
  async fresh(provider: Provider, label: string): Promise<string> {
    if (provider === 'postgresql') return createDatabase(this.run, `bench${label}`);
    return `file:${join(this.dir, `${label}.db`)}`;
  }

  /** A copy of a generated database: the SQLite file, or a PostgreSQL database made from it as a template. */
  async copy(pristine: string): Promise<string> {
    const n = ++this.copies;
    if (pristine.startsWith('file:')) {
      const path = join(this.dir, `copy-${n}.db`);
      copyFileSync(pristine.slice('file:'.length), path);
      return `file:${path}`;
    }
    return createDatabase(this.run, `copy${n}`, new URL(pristine).pathname.slice(1));
  }

  /** Drops this run's PostgreSQL databases (the SQLite files go with the temporary folder). */
  dispose(): Promise<void> {
    return dropRunDatabases(this.run);
  }
}
