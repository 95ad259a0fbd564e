import { describe, expect, it } from 'vitest';
import { COMMANDS, dispatch } from '../../commands/index.js';
import type { Lang } from '../../src/i18n/lang.js';
import { blocksToText } from '../../src/views/plain-text.js';
import { commandContext } from '../support/command-context.js';

/** What a line answers, as the terminal prints it; `userId: null` is the terminal. */
async function answer(line: string, where: 'slack' | 'terminal', lang: Lang = 'zh') {
  const ctx = commandContext({ lang, userId: where === 'terminal' ? null : 'U0000USER' });
  const outcome = await dispatch(COMMANDS, line, ctx);
  return blocksToText(outcome.reply.blocks);
}

// Commands that work only in Slack are quoted as Slack commands wherever they are named: the forms open
// only there, and the terminal chooses its language with a flag.
const SLACK_ONLY = COMMANDS.filter((c) => c.only === 'slack' || c.opensModal).map((c) => c.name);
const ABOUT_SLACK = new RegExp(`/zone (?:${SLACK_ONLY.join('|')})\\b`, 'g');

describe('commands quoted as the reader types them', () => {
  const lines = [
    ...COMMANDS.map((c) => `help ${c.name}`),
    ...SLACK_ONLY.map((name) => `${name} xx`),
    'help',
    'help nonsense',
    'frobnicate',
    'stat',
    'repor',
    'impor',
    'task',
    'task 99',
    'tasks 19',
    'tasks due',
    'tasks 工程 十',
    'tasks xuwei xuwei kaifaqu',
    'tasks nowhere-at-all',
    'tasks',
    'zones extra',
    'zones',
    'targets',
    'targets xuwei extra',
    'status',
    'status nowhere-at-all',
    'unit',
    'unit nowhere-at-all',
    'history',
    'admin',
    'x'.repeat(501),
  ];

  it.each(lines)('"%s" in a terminal says npx zonebot, never /zone, in either language', async (line) => {
    for (const lang of ['zh', 'en'] as const) {
      const text = await answer(line, 'terminal', lang);
      expect(text.replaceAll(ABOUT_SLACK, '')).not.toContain('/zone');
    }
  });

  it.each(lines)('"%s" in Slack says /zone, and npx zonebot only for what only the terminal does', async (line) => {
    for (const lang of ['zh', 'en'] as const) {
      const text = await answer(line, 'slack', lang);
      const terminalOnly = /npx zonebot (?:import|export \S+ --out)/g;
      expect(text.replace(terminalOnly, '')).not.toContain('npx zonebot');
    }
  });

  it('gives terminal examples that run there', async () => {
    expect(await answer('help', 'terminal')).toContain('npx zonebot status <开发区> — 某个开发区的目标进度和节点任务');
    expect(await answer('help', 'terminal')).toContain('加上 --lang en 改用英文');
    expect(await answer('task 99', 'terminal')).toContain(
      '例如 npx zonebot task 19；输入 npx zonebot tasks 查看全部任务',
    );
    expect(await answer('stat', 'terminal', 'en')).toContain('Did you mean: npx zonebot status <zone>');
    expect(await answer('tasks', 'terminal')).toContain('输入 npx zonebot task <编号> 查看任务全文');
    expect(await answer('zones', 'terminal')).toContain('也可以直接输入 npx zonebot 徐圩');
    expect(await answer('help tasks', 'terminal', 'en')).toContain('e.g. npx zonebot tasks xuwei overdue');
  });

  it('gives the same examples with /zone in Slack', async () => {
    expect(await answer('help', 'slack')).toContain('/zone status <开发区> — 某个开发区的目标进度和节点任务');
    expect(await answer('help', 'slack')).toContain('输入 /zone lang en 改用英文');
    expect(await answer('task 99', 'slack')).toContain('例如 /zone task 19；输入 /zone tasks 查看全部任务');
    expect(await answer('zones', 'slack', 'en')).toContain('or just /zone xuwei');
  });

  it('quotes each command where it works', async () => {
    expect(SLACK_ONLY.sort()).toEqual(['lang', 'progress', 'report']);
    const help = await answer('help', 'terminal');
    expect(help).toContain('/zone report <开发区> — 填报某个开发区的指标数据（弹出表单）');
    expect(help).toContain('npx zonebot import <文件.csv> [--dry-run]');
    expect(await answer('help', 'slack')).toContain('npx zonebot import <文件.csv> [--dry-run]');
    expect(await answer('repor', 'terminal')).toContain('您是不是想输入：/zone report <开发区>');
    expect(await answer('impor', 'slack', 'en')).toContain('Did you mean: npx zonebot import <file.csv> [--dry-run]');
  });

  it('tells a terminal user where the forms are', async () => {
    expect(await answer('report xuwei', 'terminal')).toContain('填报请在 Slack 中用 /zone report <开发区>');
    expect(await answer('progress 19', 'terminal', 'en')).toContain('Report milestone progress in Slack with /zone');
  });
});
