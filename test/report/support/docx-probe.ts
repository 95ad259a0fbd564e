// Run as a fresh process (node --import tsx): imports the command table as the bot
// does at start, notes whether docx or the chart packages were loaded, writes a
// small report, notes again, and prints it all as JSON.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Each module resolved is written to a file before it is answered, so the file is complete whenever an import settles.
const HOOKS = `
import { appendFileSync } from 'node:fs';
let file;
export function initialize(data) { file = data.file; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(file, result.url + '\\n');
  return result;
}`;

const dir = mkdtempSync(join(tmpdir(), 'zonebot-docx-probe-'));
const file = join(dir, 'resolved.txt');
register(`data:text/javascript,${encodeURIComponent(HOOKS)}`, import.meta.url, { data: { file } });

const HEAVY = /\/node_modules\/(docx|echarts|zrender|@resvg\/[^/]+|@embedpdf\/[^/]+)\//;

function loaded(): string[] {
  let resolved: string[];
  try {
    resolved = readFileSync(file, 'utf8').split('\n');
  } catch {
    resolved = [];
  }
  return [...new Set(resolved.map((url) => HEAVY.exec(url)?.[1]).filter((name) => name !== undefined))].sort();
}

await import('../../../commands/index.js');
const atStart = loaded();
const { writeDocx } = await import('../../../src/report/docx-writer.js');
const afterImport = loaded();
const bytes = await writeDocx({
  title: '评估报告',
  lang: 'zh',
  blocks: [
    { kind: 'title', text: '评估报告' },
    { kind: 'paragraph', text: '正文' },
    { kind: 'table', header: ['序号', '目标'], rows: [['1', '地区生产总值']], widths: [1, 3] },
  ],
});
const afterWrite = loaded();
rmSync(dir, { recursive: true, force: true });
process.stdout.write(JSON.stringify({ atStart, afterImport, afterWrite, bytes: bytes.length }));
