import { decodeSlackText } from '../../../views/mrkdwn.js';
import { type EphemeralBody, ephemeralJson } from '../../answer.js';
import type { SlackDeps } from '../../deps.js';
import type { Listeners } from '../../listener-table.js';
import { runLine } from '../../run-line.js';

export const ZONE_COMMAND = '/zone';

/** `/zone …`: answered in the acknowledgement when possible, so the user sees it at once. */
export function registerZoneCommand(app: Listeners, deps: SlackDeps): void {
  app.command(ZONE_COMMAND, async ({ command, ack, respond, client }) => {
    const where = {
      client,
      userId: command.user_id,
      triggerId: command.trigger_id,
      channelId: command.channel_id,
      respond,
    };
    const acknowledge = deps.jsonAcks ? (body?: EphemeralBody) => ack(body && ephemeralJson(body)) : ack;
    await runLine(deps, decodeSlackText(command.text), where, 'command /zone', acknowledge);
  });
}
