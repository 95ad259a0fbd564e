import type { App } from '@slack/bolt';
import type { SlackDeps } from './deps.js';

/**
 * Slack sends an event again (X-Slack-Retry-Num) when the first delivery
 * seemed to fail; every copy carries the same event_id. The first to claim it,
 * in whichever process, handles it; the others are dropped, so a mention is
 * answered once and a command in a DM runs once.
 */
export function oncePerEvent(app: App, deps: SlackDeps): void {
  app.use(async ({ body, next, context }) => {
    const envelope = body as { type?: unknown; event_id?: unknown };
    const eventId = envelope.type === 'event_callback' ? envelope.event_id : null;
    if (typeof eventId !== 'string' || !deps.isReady()) return next();
    const key = `event:${eventId}`;
    if (!(await deps.services.receipts.claim(key))) {
      deps.logger.info({ eventId, retry: context.retryNum }, 'event already handled: dropped');
      return;
    }
    await next();
    await deps.services.receipts.done(key);
  });
}
