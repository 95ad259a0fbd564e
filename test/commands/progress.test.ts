import { describe, expect, it } from 'vitest';
import { dispatch } from '../../commands/dispatch.js';
import { progress } from '../../commands/progress.js';
import { blocksToText } from '../../src/views/plain-text.js';
import { commandContext } from '../support/command-context.js';

describe('/zone progress', () => {
  it('says in either language that a task without dated milestones has nothing to report', async () => {
    const zh = await dispatch([progress], 'progress 26', commandContext());
    expect(zh.ok).toBe(false);
    expect(blocksToText(zh.reply.blocks)).toContain('任务26没有设定期限的节点，无需报告进展。');
    const en = await dispatch([progress], 'progress 26', commandContext({ lang: 'en' }));
    expect(blocksToText(en.reply.blocks)).toContain('Task 26 has no dated milestone to report on.');
  });
});
