import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { decodeSlackText } from '../../src/views/mrkdwn.js';
import { TEST_NOW } from '../support/app-harness.js';
import { checksum } from '../support/checksum.js';
import { preparedDatabaseUrl } from '../support/databases.js';
import { hostileOrHuge } from '../support/hostile-text.js';
import { liveTokens } from '../support/live-tokens.js';

const ADMIN = 'U0ADMIN01';
const PEOPLE = [ADMIN, 'U0NOBODY1', null] as const;

describe('thousands of generated command lines', () => {
  let runtime: Runtime;

  beforeAll(async () => {
    const config = loadConfig({ DATABASE_URL: await preparedDatabaseUrl('sqlite', 'fuzz'), ZONE_ADMINS: ADMIN });
    runtime = await createRuntime(config, createLogger('silent'), () => TEST_NOW);
    await runtime.prepare({ follow: true });
  });
  afterAll(() => runtime?.close());

  it('are each answered, with no live mention in anything sent back, by anyone, in either language', async () => {
    const before = await checksum(runtime.database.db);
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(
        hostileOrHuge,
        fc.constantFrom(...PEOPLE),
        fc.constantFrom('zh', 'en'),
        async (typed, who, lang) => {
          // What Slack delivers for a line typed in a command box: &, < and > escaped.
          const sent = typed.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
          const answer = await runtime.runner.run({
            text: decodeSlackText(sent),
            userId: who,
            lang: lang as 'zh' | 'en',
          });
          expect(liveTokens(answer.reply, new Set([ADMIN]))).toEqual([]);
          answered++;
        },
      ),
      { numRuns: 2_000 },
    );
    expect(answered).toBe(2_000);
    // Lines that grant, revoke or set a language may write; nobody but the admin could, and none of them said so.
    const after = await checksum(runtime.database.db);
    expect(after.figure).toBe(before.figure);
    expect(after.milestoneUpdate).toBe(before.milestoneUpdate);
  }, 120_000);
});
