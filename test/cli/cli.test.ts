import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.js';
import { runCli } from '../../src/cli/run.js';
import { freshDatabaseUrl } from '../support/databases.js';

async function zonebot(args: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const code = await runCli(
    args,
    { DATABASE_URL: await freshDatabaseUrl('sqlite', 'cli'), ...env },
    {
      out: (t) => {
        out += t;
      },
      err: (t) => {
        err += t;
      },
    },
  );
  return { code, out, err };
}

describe('zonebot in a terminal', () => {
  it('prints an answer as text and exits 0', async () => {
    const url = await freshDatabaseUrl('sqlite', 'cli');
    const first = await zonebot(['status', 'xuwei'], { DATABASE_URL: url });
    // A new database is never made unnoticed: the first run says where it is; later runs say nothing.
    expect(first.err).toBe(`zonebot: created a new, empty database at ${url.slice('file:'.length)}\n`);
    const { code, out, err } = await zonebot(['status', 'xuwei'], { DATABASE_URL: url });
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('徐圩新区 · 推进情况');
    expect(out).toContain('地区生产总值超过1,000亿元');
    expect(out).not.toMatch(/[*`]|&lt;/);
  });

  it('answers in English with --lang en, anywhere on the line', async () => {
    expect((await zonebot(['--lang', 'en', 'status', 'xuwei'])).out).toContain('Xuwei New Area · status');
    expect((await zonebot(['status', 'xuwei', '--lang=en'])).out).toContain('Xuwei New Area · status');
  });

  it('prints the Block Kit message with --json', async () => {
    const { code, out } = await zonebot(['--json', 'task', '19']);
    expect(code).toBe(0);
    const message = JSON.parse(out) as { text: string; blocks: { type: string }[] };
    expect(message.blocks[0]?.type).toBe('header');
    expect(message.blocks.length).toBeLessThanOrEqual(50);
  });

  it('shows help for no command', async () => {
    const { code, out } = await zonebot([]);
    expect(code).toBe(0);
    expect(out).toContain('npx zonebot status <开发区>');
    // Only the commands that work in Slack alone are quoted as Slack commands.
    expect(out.match(/\/zone \S+/g)).toEqual(['/zone lang', '/zone report', '/zone progress']);
  });

  it.each([
    [['status', 'nowhere'], /没有找到开发区“nowhere”/],
    [['task', '32'], /例如 npx zonebot task 19/],
    [['task', '-1'], /任务/],
    [['frobnicate'], /没有“frobnicate”这个指令。\n输入 npx zonebot help 查看全部指令。/],
    [['lang', 'en'], /--lang/],
  ])('exits 2 with a clear message for bad input %j', async (args, message) => {
    const { code, out, err } = await zonebot(args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
  });

  it('exits 2 for a bad flag, 0 for --help, 1 for a bad configuration', async () => {
    expect((await zonebot(['--lang', 'fr', 'zones'])).code).toBe(2);
    expect((await zonebot(['--help'])).out).toMatch(/^usage: zonebot/);
    const bad = await zonebot(['zones'], { DATABASE_URL: 'mysql://x' });
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/DATABASE_URL must be/);
  });
});

describe('parseArgs', () => {
  it('keeps words that look like flags when they are not zonebot flags', () => {
    expect(parseArgs(['task', '-1'])).toEqual({ lang: undefined, json: false, words: ['task', '-1'] });
    expect(parseArgs(['--', '--json'])).toEqual({ lang: undefined, json: false, words: ['--json'] });
  });
});
