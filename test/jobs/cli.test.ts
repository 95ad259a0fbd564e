import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { preparedDatabaseUrl } from '../support/databases.js';

let database = '';

async function zonebot(args: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const code = await runCli(
    args,
    { DATABASE_URL: database, ...env },
    { out: (t) => (out += t), err: (t) => (err += t) },
  );
  return { code, out, err };
}

describe('jobs in a terminal', () => {
  // One database for all: a migrated one answers in a moment.
  beforeAll(async () => {
    database = await preparedDatabaseUrl('sqlite', 'cli-jobs');
    await zonebot(['jobs']);
  });

  it('lists every job with its schedule and next run', async () => {
    const { code, out } = await zonebot(['jobs'], { JOB_DIGEST: '0 8 * * 1' });
    expect(code).toBe(0);
    for (const name of ['nudges']) expect(out).toMatch(new RegExp(`^${name}\\s+\\S`, 'm'));
    expect(out).toMatch(/next \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  });

  it('prints what a job would post as of a time, posting nothing, with --dry-run', async () => {
    const { code, out } = await zonebot(['job', 'nudges', '--at', '2022-06-30T09:00:00+08:00', '--dry-run']);
    expect(code).toBe(0);
    // No channel is set yet: the run would tell the admins, and there are none.
    expect(out).toContain('nudges: nothing to post');
  });

  it('refuses to post for real without Slack credentials, and an unknown job or time', async () => {
    expect((await zonebot(['job', 'nudges'])).code).toBe(1);
    expect((await zonebot(['job', 'nonsense', '--dry-run'])).code).toBe(2);
    expect((await zonebot(['job', 'nudges', '--at', 'someday', '--dry-run'])).code).toBe(2);
  });

  it('refuses a schedule that is not one, naming the variable', async () => {
    const { code, err } = await zonebot(['jobs'], { JOB_NUDGES: 'every morning' });
    expect(code).toBe(1);
    expect(err).toContain('JOB_NUDGES');
  });
});
