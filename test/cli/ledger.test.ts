import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.js';
import { runCli } from '../../src/cli/run.js';
import { preparedDatabaseUrl } from '../support/databases.js';

const GOOD = fileURLToPath(new URL('../fixtures/figures-good.csv', import.meta.url));
const BAD = fileURLToPath(new URL('../fixtures/figures-bad.csv', import.meta.url));

describe('import and export in a terminal', () => {
  let db: string;
  beforeEach(async () => {
    db = await preparedDatabaseUrl('sqlite', 'cli-ledger');
  });

  async function zonebot(...args: string[]) {
    let out = '';
    let err = '';
    const io = {
      out: (t: string) => {
        out += t;
      },
      err: (t: string) => {
        err += t;
      },
    };
    const code = await runCli(args, { DATABASE_URL: db }, io);
    return { code, out, err };
  }

  /** The ledger's rows below its header, from stdout. */
  async function ledger(...args: string[]) {
    const { out } = await zonebot('export', ...args);
    return (parse(out, { bom: true }) as string[][]).slice(1);
  }

  it('imports a good file, says what it corrected, and status and the ledger show the figures', async () => {
    const { code, out, err } = await zonebot('import', GOOD);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('已导入 6 条数据。');
    expect(out).toContain('第 6 行与第 3 行是同一开发区、指标和期间，视为更正，以第 6 行为准。');
    expect((await zonebot('status', 'xuwei')).out).toContain('1,060亿元');
    const rows = await ledger();
    expect(rows).toHaveLength(6);
    expect(rows.every((r) => r.includes('服务器终端'))).toBe(true);
  });

  it('imports nothing again from the same file, and no corrections that were made already', async () => {
    await zonebot('import', GOOD);
    const again = await zonebot('import', GOOD);
    expect([again.code, again.err]).toEqual([0, '']);
    expect(again.out).toContain('全部 6 行都与现有数据相同，没有需要导入的新数据。');
    expect(again.out).not.toContain('更正');
    expect(await ledger()).toHaveLength(6);
    expect((await zonebot('--lang', 'en', 'import', GOOD, '--dry-run')).out).toContain(
      'All 6 rows match the figures already stored; there is nothing new to import.',
    );
  });

  it('imports only the new and changed rows of a file, and says how many were unchanged', async () => {
    await zonebot('import', GOOD);
    const path = join(mkdtempSync(join(tmpdir(), 'zonebot-import-')), 'again.csv');
    const rows = ['xuwei,gdp,2025-12,1060', 'xuwei,gdp,2020,500', 'xuwei,gdp,2025-11,1000'];
    writeFileSync(path, ['zone,indicator,period,value', ...rows].join('\n'));
    const dry = await zonebot('--lang', 'en', 'import', path, '--dry-run');
    expect(dry.out).toContain('Check passed: 1 figure can be imported.');
    expect(dry.out).toContain('2 more rows match the figures already stored and would be skipped.');
    const { out } = await zonebot('import', path);
    expect(out).toContain('已导入 1 条数据。');
    expect(out).toContain('另有 2 行与现有数据相同，已跳过，未重复导入。');
    expect(await ledger()).toHaveLength(7);
    writeFileSync(path, ['zone,indicator,period,value', 'xuwei,gdp,2025-10,950', rows[0]].join('\n'));
    expect((await zonebot('--lang', 'en', 'import', path)).out).toContain(
      'Imported 1 figure.\n1 more row matches the figure already stored and was skipped.',
    );
  });

  it('imports nothing from a file with bad rows, lists every bad line, and exits 2', async () => {
    const { code, out, err } = await zonebot('import', BAD);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('有 6 行有问题，未导入任何数据');
    for (const line of [3, 4, 5, 7, 8, 9]) expect(err).toContain(`第 ${line} 行：`);
    expect(err).not.toMatch(/第 [26] 行：/);
    expect(err).toContain('第 3 行：没有找到开发区“nowhere”');
    expect(err).toContain('第 4 行：【期间】不能填报尚未到来的月份。【数值】该指标不能为负数。');
    expect(err).toMatch(/第 5 行：【数值】与已报数据（90亿元，2025年10月）相差十倍以上/);
    expect(await ledger()).toEqual([]);
  });

  it('lists bad lines in English with --lang en', async () => {
    const { code, err } = await zonebot('--lang', 'en', 'import', BAD);
    expect(code).toBe(2);
    expect(err).toContain('6 lines have problems; nothing was imported');
    expect(err).toContain('line 9: This line has 7 fields but the header has 6.');
  });

  it('checks a file with --dry-run, reporting what it would do and importing nothing', async () => {
    const { code, out } = await zonebot('import', GOOD, '--dry-run');
    expect(code).toBe(0);
    expect(out).toContain('检查通过：6 条数据可以导入。这是试运行，未写入任何数据。');
    expect(out).toContain('第 6 行与第 3 行');
    expect(await ledger()).toEqual([]);
    expect((await zonebot('import', BAD, '--dry-run')).code).toBe(2);
  });

  it('lists every bad line, however many there are', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'zonebot-import-')), 'many.csv');
    const rows = Array.from({ length: 300 }, (_, i) => `xuwei,gdp,2025-10,-${i + 1}`);
    writeFileSync(path, ['zone,indicator,period,value', ...rows].join('\n'));
    const { code, err } = await zonebot('import', path);
    expect(code).toBe(2);
    expect(err).toContain('有 300 行有问题，未导入任何数据');
    expect(err).toContain('第 2 行：【数值】该指标不能为负数。');
    expect(err).toContain('第 301 行：【数值】该指标不能为负数。');
    expect(err.match(/第 \d+ 行/g)).toHaveLength(300);
  });

  it('says so when a file cannot be read or none is given', async () => {
    const missing = await zonebot('import', '/nonexistent/figures.csv');
    expect([missing.code, missing.err]).toEqual([2, expect.stringContaining('读不到文件“/nonexistent/figures.csv”')]);
    expect((await zonebot('import')).err).toContain('请给出要导入的文件');
  });

  it('finds a file whose name has full-width brackets, which the command line folds', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'zonebot-import-')), '徐圩数据（2025）.csv');
    copyFileSync(GOOD, path);
    expect((await zonebot('import', path, '--dry-run')).out).toContain('6 条数据可以导入');
  });

  it('writes the ledger to stdout with the message on stderr, or to --out with the message on stdout', async () => {
    await zonebot('import', GOOD);
    const piped = await zonebot('export', 'xuwei');
    expect(piped.code).toBe(0);
    expect(piped.out.startsWith('\uFEFF类别,开发区或责任单位,')).toBe(true);
    expect(piped.err).toContain('台账已生成：5 条数据、0 条进展。');

    const path = join(mkdtempSync(join(tmpdir(), 'zonebot-export-')), 'ledger.csv');
    const saved = await zonebot('--lang', 'en', 'export', '--out', path);
    expect(saved.code).toBe(0);
    expect(saved.out).toContain('Ledger ready: 6 figure entries, 0 progress reports.');
    const written = readFileSync(path, 'utf8');
    expect(written.startsWith('\uFEFFKind,Zone or unit,')).toBe(true);
    expect(written).toContain('City');
  });

  it('puts the file in the message with --json', async () => {
    const { code, out } = await zonebot('--json', 'export');
    expect(code).toBe(0);
    const message = JSON.parse(out) as { text: string; file: { filename: string; content: string } };
    expect(message.text).toBe('台账已生成：0 条数据、0 条进展。');
    expect(message.file.filename).toMatch(/^zonebot-ledger-all-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(message.file.content.startsWith('\uFEFF类别,')).toBe(true);
  });

  it('refuses an unknown zone to export, with exit 2', async () => {
    const { code, err } = await zonebot('export', 'nowhere');
    expect(code).toBe(2);
    expect(err).toContain('没有找到开发区“nowhere”');
  });
});

describe('parseArgs --out', () => {
  it('takes a file name after --out or --out=, and leaves --dry-run to the command', () => {
    expect(parseArgs(['export', '--out', 'a.csv'])).toMatchObject({ out: 'a.csv', words: ['export'] });
    expect(parseArgs(['--out=b.csv', 'export'])).toMatchObject({ out: 'b.csv', words: ['export'] });
    expect(parseArgs(['import', 'f.csv', '--dry-run'])).toMatchObject({ words: ['import', 'f.csv', '--dry-run'] });
    expect(parseArgs(['export', '--out'])).toMatch(/--out takes a file name/);
  });
});
