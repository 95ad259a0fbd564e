import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { sqlitePath } from '../../src/store/database.js';
import { freshDatabaseUrl, preparedDatabaseUrl } from '../support/databases.js';
import { editedRealPlan } from '../support/plan-edits.js';
import { REAL_PLAN_FILE } from '../support/plan-files.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
const MANY = fixture('plan-drafts/many-problems.yaml');
const MINI = fixture('mini-plan.yaml');

/** A folder of its own for files a test writes. */
const folder = () => mkdtempSync(join(tmpdir(), 'zonebot-plan-check-'));

async function zonebot(args: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  // Slack credentials absent on purpose: the checker needs none.
  const databaseUrl = env.DATABASE_URL ?? (await freshDatabaseUrl('sqlite', 'plan-check'));
  const code = await runCli(
    args,
    { DATABASE_URL: databaseUrl, ...env },
    {
      out: (t) => {
        out += t;
      },
      err: (t) => {
        err += t;
      },
    },
  );
  return { code, out, err, databaseUrl };
}

describe('zonebot plan check', () => {
  it('passes the real plan with a line of what it holds, opening no database', async () => {
    const zh = await zonebot(['plan', 'check', REAL_PLAN_FILE]);
    expect(zh).toMatchObject({ code: 0, err: '' });
    expect(zh.out).toBe(
      'lyg-2022-32（连政发〔2022〕32号），2021年1月1日至2025年12月31日：开发区 12 个，县区 6 个，任务 31 项，节点任务 30 项，目标 32 项\n未发现问题。\n',
    );
    expect(existsSync(sqlitePath(zh.databaseUrl))).toBe(false);
    const en = await zonebot(['--lang', 'en', 'plan', 'check', REAL_PLAN_FILE]);
    expect(en.out).toBe(
      'lyg-2022-32 (连政发〔2022〕32号), 1 Jan 2021 to 31 Dec 2025: 12 zones, 6 counties, 31 tasks, 30 milestones, 32 targets\nNo problems found.\n',
    );
  });

  it('lists every problem by line and exits 2, in Chinese and in English', async () => {
    const zh = await zonebot(['plan', 'check', MANY]);
    expect(zh.code).toBe(2);
    expect(zh.out).toBe('');
    const lines = zh.err.trimEnd().split('\n');
    expect(lines).toHaveLength(18);
    expect(lines[0]).toBe(
      '第 13 行第 23 列，plan.assessment.date：终期评估日期（2030-12-31）不晚于方案结束日期（2030-12-31），应在结束之后',
    );
    expect(lines).toContain(
      '第 45 行第 17 列，programmes[0].tasks[0].zones[0]：没有代号为“xuwie”的开发区（是不是想写 xuwei？）；开发区代号有 xuwei、donghai',
    );
    expect(lines).toContain('第 24 行第 13 列，zones[2].slug：开发区代号“xuwei”重复，第 15 行已有');
    expect(lines.at(-1)).toBe('发现 17 个问题');

    const en = await zonebot(['plan', 'check', MANY, '--lang=en']);
    expect(en.code).toBe(2);
    const enLines = en.err.trimEnd().split('\n');
    expect(enLines).toContain(
      'line 45, column 17, programmes[0].tasks[0].zones[0]: unknown zone "xuwie" (did you mean xuwei?); the zones are xuwei, donghai',
    );
    expect(enLines).toContain(
      'line 69, column 26, programmes[0].tasks[0].targets[0].indicator: unknown indicator "gpd" (did you mean gdp?); the indicators are gdp',
    );
    expect(enLines.at(-1)).toBe('17 problems found');
  });

  it('counts one problem as one, and shows warnings without failing', async () => {
    const dir = folder();
    const one = join(dir, 'one.yaml');
    writeFileSync(one, readFileSync(MINI, 'utf8').replace('value: 1000,', 'value: 1000, valueMax: 900,'));
    expect((await zonebot(['--lang', 'en', 'plan', 'check', one])).err).toMatch(
      /^line 68, column 30, targets\[1\]\.valueMax: valueMax \(900\) is below value \(1000\)\n1 problem found\n$/,
    );
    expect((await zonebot(['plan', 'check', one])).err).toMatch(/\n发现 1 个问题\n$/);

    const warned = await zonebot(['plan', 'check', MINI]);
    expect(warned.code).toBe(0);
    expect(warned.out).toMatch(/^第 35 行第 5 列（提醒），indicators\[0\]：指标 gdp 没有写报送规则/);
    expect(warned.out).toMatch(/\n发现 2 条提醒\n$/);
    expect((await zonebot(['--lang', 'en', 'plan', 'check', MINI])).out).toMatch(/\n2 warnings found\n$/);
  });

  it('refuses a plan key another plan file in the same folder has', async () => {
    const dir = folder();
    copyFileSync(MINI, join(dir, 'first.yaml'));
    copyFileSync(MINI, join(dir, 'second.yaml'));
    const { code, err } = await zonebot(['--lang', 'en', 'plan', 'check', join(dir, 'second.yaml')]);
    expect(code).toBe(2);
    expect(err).toContain(
      'line 3, column 10, plan.key: the plan key "p" is already the key of first.yaml: each plan needs its own',
    );
  });

  it('exits 1 for a file it cannot read, and 2 for a command it does not know', async () => {
    const missing = await zonebot(['plan', 'check', join(folder(), 'nope.yaml')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^zonebot: 无法读取 .*nope\.yaml：没有这个文件\n$/);
    const dir = await zonebot(['--lang', 'en', 'plan', 'check', folder()]);
    expect(dir.code).toBe(1);
    expect(dir.err).toMatch(/cannot read .*: it is a folder: name a plan file\n$/);
    for (const args of [['plan'], ['plan', 'check'], ['plan', 'lint', MINI], ['plan', 'check', MINI, MINI]]) {
      const bad = await zonebot(args);
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(/^用法：zonebot plan check <方案文件\.yaml> \[--diff\]/);
    }
  });
});

describe('zonebot plan check --diff', () => {
  it('compares with an empty database where there is none, and creates none', async () => {
    const { code, out, databaseUrl } = await zonebot(['--lang', 'en', 'plan', 'check', MINI, '--diff']);
    expect(code).toBe(0);
    expect(out).toContain(
      `\n\nThere is no database at ${sqlitePath(databaseUrl)}; compared as against an empty one.\nPlan p is not loaded yet; loading it would add:\nzones: 2 added\n  + xuwei, donghai\n`,
    );
    expect(out).toContain('milestones: 6 added\n  + m1, m2, meet-2022, meet-2023, meet-2024, meet-2025\n');
    expect(existsSync(sqlitePath(databaseUrl))).toBe(false);
  });

  it('shows what loading an edited plan would add, change and retire', async () => {
    const url = await preparedDatabaseUrl('sqlite', 'plan-diff');
    const edited = join(folder(), 'lianyungang-2022-32.yaml');
    writeFileSync(edited, editedRealPlan());
    const en = await zonebot(['--lang', 'en', 'plan', 'check', edited, '--diff'], { DATABASE_URL: url });
    expect(en.code).toBe(0);
    expect(en.out).toContain(
      `Against the database at ${sqlitePath(url)}:\nPlan lyg-2022-32 is loaded from another version of this file; loading this one would:\nzones: 1 retired\n  − guannan (retired, with the history entered against it kept)\ntasks: 1 changed\n  ~ 19: zones −guannan\nmilestones: 1 added, 16 changed\n  + t2-new-check\n`,
    );
    expect(en.out).toContain('\n  ~ goal-gdp-total: value 3500 → 3600; zones −guannan\n');
    const zh = await zonebot(['plan', 'check', edited, '--diff'], { DATABASE_URL: url });
    expect(zh.out).toContain('开发区：退役 1\n  − guannan（退役，已填报的历史记录保留）\n');
    expect(zh.out).toContain('\n  ~ goal-gdp-total：value 3500 → 3600；zones −guannan\n');

    const same = await zonebot(['plan', 'check', REAL_PLAN_FILE, '--diff'], { DATABASE_URL: url });
    expect(same.out).toMatch(
      /方案 lyg-2022-32 已载入，且正是从这个文件载入的，重启时不会重新载入。\n载入后数据库不会有任何变化。\n$/,
    );
  });

  it('exits 1 when the database cannot be read, having checked the file', async () => {
    // Nothing listens on port 1 of this machine: the connection is refused at once.
    const { code, out, err } = await zonebot(['plan', 'check', MINI, '--diff'], {
      DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/zonebot',
    });
    expect(code).toBe(1);
    expect(out).toMatch(/\n发现 2 条提醒\n$/);
    expect(err).toMatch(/^zonebot: 无法读取数据库，未对比：.+。请检查 DATABASE_URL。\n$/);
  });

  it('does not compare a file with problems', async () => {
    const { code, out, err } = await zonebot(['--lang', 'en', 'plan', 'check', MANY, '--diff']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(
      /\n17 problems found\nNot compared with the database, since the file has problems: fix them and check with --diff again\.\n$/,
    );
  });
});
