import type { ActionsBlock, KnownBlock, StaticSelect } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../commands/command.js';
import { zones } from '../../commands/zones.js';
import { BLOCK, PICK_COMMAND_ACTION } from '../../src/views/ids.js';
import { blocksToText } from '../../src/views/plain-text.js';
import { commandContext, PLAN } from '../support/command-context.js';

function picker(blocks: KnownBlock[]): StaticSelect {
  const block = blocks.find((b): b is ActionsBlock => b.type === 'actions' && b.block_id === BLOCK.zonesPicker);
  const select = block?.elements[0];
  if (select?.type !== 'static_select') throw new Error('no zone picker');
  return select;
}

describe('/zone zones', () => {
  it('lists all 12 zones by level, with slugs, counties and aliases', async () => {
    const reply = await zones.run([], commandContext());
    const text = blocksToText(reply.blocks);
    expect(text).toContain('开发区一览（12个）');
    for (const z of PLAN.data.zones) expect(text).toContain(`代号 ${z.slug}`);
    expect(text).toMatch(
      /国家级开发区（2个）\n• 市开发区 连云港经济技术开发区 · 代号 kaifaqu · 市直 · 又称 连云港开发区、经开区/,
    );
    expect(text).toMatch(/功能板块（2个）\n• 徐圩新区 · 代号 xuwei · 市直/);
    expect(text).toContain('省级开发区（8个）');
    expect(text).toContain('赣榆海洋开发区 赣榆海洋经济开发区 · 代号 ganyu-haiyang · 赣榆区');
    expect(text.indexOf('国家级开发区')).toBeLessThan(text.indexOf('功能板块'));
    expect(text.indexOf('功能板块')).toBeLessThan(text.indexOf('省级开发区（'));
    expect(text).toContain('都可用于 /zone status');
  });

  it('offers a menu whose every option runs the status of one zone', async () => {
    const select = picker((await zones.run([], commandContext())).blocks);
    expect(select.action_id).toBe(PICK_COMMAND_ACTION);
    expect(select.placeholder?.text).toBe('选择开发区查看进展');
    const options = select.options ?? [];
    expect(options.length).toBeLessThanOrEqual(100);
    expect(options.map((o) => o.value)).toEqual(PLAN.data.zones.map((z) => `status ${z.slug}`));
    expect(options[2]?.text.text).toBe('徐圩新区（xuwei）');
    for (const o of options) expect([...o.text.text].length).toBeLessThanOrEqual(75);
  });

  it('answers in English with English names and no Chinese county', async () => {
    const reply = await zones.run([], commandContext({ lang: 'en' }));
    const text = blocksToText(reply.blocks);
    expect(text).toContain('Development zones (12)');
    expect(text).toContain('2 national zones');
    expect(text).toContain('8 provincial zones');
    expect(text).toContain('• Xuwei New Area · 徐圩新区 · slug xuwei');
    expect(text).not.toContain('市直');
    expect(picker(reply.blocks).placeholder?.text).toBe('Pick a zone to see its status');
    expect(picker(reply.blocks).options?.[0]?.text.text).toBe(
      'Lianyungang Economic and Technological Development Zone (kaifaqu)',
    );
  });

  it('stays within Slack limits', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const { blocks } = await zones.run([], commandContext({ lang }));
      expect(blocks.length).toBeLessThanOrEqual(50);
      for (const b of blocks) if (b.type === 'section') expect(b.text?.text.length).toBeLessThanOrEqual(3000);
    }
  });

  it('refuses anything after the command', async () => {
    await expect(zones.run(['extra'], commandContext())).rejects.toThrow(UsageError);
    await expect(zones.run(['extra'], commandContext())).rejects.toThrow('`/zone zones` 不需要其他内容。');
  });
});
