import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_FIGURE_VIEW, REPORT_PROGRESS_VIEW } from '../../src/views/ids.js';
import { SIGNING_SECRET, startTestApp, type TestApp } from '../support/app-harness.js';
import { checksum } from '../support/checksum.js';
import { PROVIDERS } from '../support/databases.js';
import { hostileOrHuge, hostileText } from '../support/hostile-text.js';
import { liveTokens } from '../support/live-tokens.js';
import { figureState, progressState, submission } from '../support/modal.js';
import { postEvent, postInteraction, postSlashCommand, TEST_WORKSPACE } from '../support/slack-request.js';

const ADMIN = 'U0ADMIN01';
const REPORTER = 'U0REPORT1';
const BOT = TEST_WORKSPACE.botUserId;
/** zonebot mentions these people on purpose (who entered a figure, who may act); nobody else. */
const ALLOWED = new Set([ADMIN, REPORTER]);

/** Slack escapes &, < and > in what a person types, and turns @channel and the like into live tokens. */
const asSlackSends = (typed: string) => typed.replace(/&(?!lt;|gt;|amp;)/g, '&amp;');

describe.each(PROVIDERS)('user text never becomes a live mention on $title', ({ provider, skip }) => {
  let t: TestApp;
  /** Everything zonebot sent Slack: Web API calls, response_url posts, and the bodies of its acknowledgements. */
  const sent = (acks: unknown[]) => [...t.emulator.calls.map((c) => c.params), ...t.emulator.responses, ...acks];

  beforeAll(async () => {
    if (skip) return;
    t = await startTestApp(provider, 'mentions', { ZONE_ADMINS: ADMIN });
    await postSlashCommand(t.baseUrl, SIGNING_SECRET, {
      text: `admin grant <@${REPORTER}|rep> reporter 徐圩新区`,
      user_id: ADMIN,
      response_url: t.emulator.responseUrl(),
    });
  });
  afterAll(() => t?.stop());

  it.skipIf(skip)('answers `@zonebot status <!channel>` in a channel without pinging it', async () => {
    t.emulator.reset();
    await postEvent(t.baseUrl, SIGNING_SECRET, {
      type: 'app_mention',
      user: REPORTER,
      text: `<@${BOT}> status <!channel>`,
      channel: TEST_WORKSPACE.channelId,
      ts: '1700000000.000100',
    });
    const post = await t.emulator.waitFor('chat.postMessage');
    expect(String(post.params.text)).toContain('&lt;!channel&gt;');
    expect(liveTokens(post.params, ALLOWED)).toEqual([]);
  });

  it.skipIf(skip)(
    'keeps every generated slash command, mention and DM free of live tokens',
    async () => {
      await fc.assert(
        fc.asyncProperty(hostileOrHuge, fc.constantFrom('command', 'mention', 'dm'), async (typed, how) => {
          t.emulator.reset();
          const acks: unknown[] = [];
          if (how === 'command') {
            const res = await postSlashCommand(t.baseUrl, SIGNING_SECRET, {
              text: asSlackSends(typed).replace(/</g, '&lt;').replace(/>/g, '&gt;'),
              user_id: REPORTER,
              response_url: t.emulator.responseUrl(),
            });
            expect(res.status).toBe(200);
            acks.push(res.json);
          } else {
            const res = await postEvent(t.baseUrl, SIGNING_SECRET, {
              type: how === 'mention' ? 'app_mention' : 'message',
              user: REPORTER,
              text: how === 'mention' ? `<@${BOT}> ${asSlackSends(typed)}` : asSlackSends(typed),
              channel: how === 'mention' ? TEST_WORKSPACE.channelId : 'D0REPORT1',
              channel_type: how === 'mention' ? 'channel' : 'im',
              ts: `${1700000000 + Math.floor(Math.random() * 1e6)}.000100`,
            });
            expect(res.status).toBe(200);
            await t.emulator.waitFor('chat.postMessage');
          }
          expect(liveTokens(sent(acks), ALLOWED)).toEqual([]);
        }),
        { numRuns: 120 },
      );
    },
    120_000,
  );

  it.skipIf(skip)(
    'stores what a reporter typed, shows it inert, and a rejected form changes nothing',
    async () => {
      await fc.assert(
        fc.asyncProperty(hostileText, hostileText, fc.constantFrom('figure', 'progress'), async (note, value, form) => {
          t.emulator.reset();
          const before = await checksum(t.runtime.database.db);
          const submissions = () => t.runtime.database.db.receipt.count({ where: { key: { startsWith: 'view:' } } });
          const taken = await submissions();
          const res = await postInteraction(
            t.baseUrl,
            SIGNING_SECRET,
            form === 'figure'
              ? submission(
                  REPORTER,
                  { callback_id: REPORT_FIGURE_VIEW },
                  figureState({ indicator: 'xuwei|gdp', period: '2025-11', value, note, source: note }),
                )
              : submission(
                  REPORTER,
                  { callback_id: REPORT_PROGRESS_VIEW },
                  progressState({ milestone: 't2-internal-agencies', zone: 'xuwei', state: 'in_progress', note }),
                ),
          );
          expect(res.status).toBe(200);
          const ack = res.json as { response_action?: string };
          if (ack.response_action === 'errors') {
            // Receipts of the events above may still be settling; a rejected form itself leaves none.
            const after = await checksum(t.runtime.database.db);
            expect(Object.keys(after).filter((k) => k !== 'receipt' && after[k] !== before[k])).toEqual([]);
            expect(await submissions()).toBe(taken);
          } else expect(ack.response_action).toBe('update');
          expect(liveTokens(sent([res.json]), ALLOWED)).toEqual([]);
        }),
        { numRuns: 80 },
      );
      const history = await postSlashCommand(t.baseUrl, SIGNING_SECRET, {
        text: 'history xuwei',
        user_id: ADMIN,
        response_url: t.emulator.responseUrl(),
      });
      expect(liveTokens(history.json, ALLOWED)).toEqual([]);
    },
    120_000,
  );

  it.skipIf(skip)('keeps a note exactly as typed in the database and the ledger', async () => {
    const note = '请 <!channel> 注意 & <@U0VICTIM1> 核对';
    await postInteraction(
      t.baseUrl,
      SIGNING_SECRET,
      submission(
        REPORTER,
        { callback_id: REPORT_FIGURE_VIEW },
        figureState({ indicator: 'xuwei|gdp', period: '2025-10', value: '980', note }),
      ),
    );
    const stored = await t.runtime.database.db.figure.findFirst({ where: { period: '2025-10' } });
    expect(stored?.note).toBe(note);
    t.emulator.reset();
    const history = await postSlashCommand(t.baseUrl, SIGNING_SECRET, {
      text: 'history xuwei 地区生产总值',
      user_id: ADMIN,
      response_url: t.emulator.responseUrl(),
    });
    expect(JSON.stringify(history.json)).toContain('请 &lt;!channel&gt; 注意 &amp; &lt;@U0VICTIM1&gt; 核对');
  });
});
