import { describe, expect, it } from 'vitest';
import type { Answer } from '../../commands/runner.js';
import { ackWithin, type EphemeralBody, fixedReply } from '../../src/slack/answer.js';

const answer: Answer = { ok: true, lang: 'zh', reply: fixedReply('答案') };
const later = (ms: number) => new Promise<Answer>((resolve) => setTimeout(() => resolve(answer), ms));

function recorder() {
  const events: { kind: 'ack' | 'respond'; body: EphemeralBody | undefined }[] = [];
  return {
    events,
    ack: async (body?: EphemeralBody) => {
      events.push({ kind: 'ack', body });
    },
    respond: async (body: EphemeralBody) => {
      events.push({ kind: 'respond', body });
    },
  };
}

describe('ackWithin', () => {
  it('puts an answer that is ready in time into the acknowledgement', async () => {
    const r = recorder();
    await ackWithin(later(1), r.ack, r.respond, 200);
    expect(r.events).toEqual([
      { kind: 'ack', body: { response_type: 'ephemeral', text: '答案', blocks: answer.reply.blocks } },
    ]);
  });

  it('acknowledges at once when the answer is late, then sends it through response_url', async () => {
    const r = recorder();
    await ackWithin(later(100), r.ack, r.respond, 10);
    expect(r.events.map((e) => e.kind)).toEqual(['ack', 'respond']);
    expect(r.events[0]?.body).toBeUndefined();
    expect(r.events[1]?.body?.text).toBe('答案');
  });
});
