import pg from 'pg';

/** The server the PostgreSQL suite runs against, or undefined to skip it. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

export function runId(): string {
  return `${Date.now().toString(36)}${process.pid.toString(36)}`;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database for one test file and returns its URL. */
export async function createDatabase(run: string, label: string): Promise<string> {
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
  const name = `zonebot_${run}_${label.replace(/[^a-z0-9]/gi, '').toLowerCase()}_${Math.random().toString(36).slice(2, 8)}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  return withDatabase(TEST_DATABASE_URL, name);
}

/** Drops every database this run created. */
export async function dropRunDatabases(run: string): Promise<void> {
  if (!TEST_DATABASE_URL) return;
  await admin(async (c) => {
    const { rows } = await c.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `zonebot_${run}_%`,
    ]);
    for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}
