import { describe, expect, it } from 'vitest';
import { progress } from '../../commands/progress.js';
import { commandContext } from '../support/command-context.js';

describe('/zone progress', () => {
  it.each(['19', '任务19', '十九', '任务十九', '第十九项'])(
    'opens the form for task 19 written as %s',
    async (word) => {
      const reply = await progress.run([word], commandContext());
      expect(JSON.stringify(reply.modal)).toContain('t19-');
    },
  );

  it('says which task is meant when the word is no task number', async () => {
    await expect(progress.run(['十九十'], commandContext())).rejects.toThrow('哪项任务');
  });
});
