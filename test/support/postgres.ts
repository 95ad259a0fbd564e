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

/**
 * Creates a database for one test file and returns its URL: empty, or a copy
 * of `template`. PostgreSQL copies a template only while nobody else is
 * copying it, so a copy that collides with another waits and tries again.
 */
export async function createDatabase(run: string, label: string, template?: string): Promise<string> {
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
  const name = `zonebot_${run}_${label.replace(/[^a-z0-9]/gi, '').toLowerCase()}_${Math.random().toString(36).slice(2, 8)}`;
  const from = template ? ` TEMPLATE "${template}"` : '';
  for (let attempt = 0; ; attempt++) {
    try {
      await admin((c) => c.query(`CREATE DATABASE "${name}"${from}`));
      return withDatabase(TEST_DATABASE_URL, name);
    } catch (err) {
      if (!template || attempt > 50 || !/being accessed by other users/.test(String(err))) throw err;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
    }
  }
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
