import type { App } from '@slack/bolt';
import { ackWithin, answerFor } from '../../answer.js';
import type { SlackDeps } from '../../deps.js';

export const ZONE_COMMAND = '/zone';

/** `/zone …`: answered in the acknowledgement when possible, so the user sees it at once. */
export function registerZoneCommand(app: App, deps: SlackDeps): void {
  app.command(ZONE_COMMAND, async ({ command, ack, respond }) => {
    const work = answerFor(deps, { text: command.text, userId: command.user_id }, 'command /zone');
    await ackWithin(work, ack, respond);
  });
}
