import type { App, BlockAction, ButtonAction, StaticSelectAction } from '@slack/bolt';
import { PICK_COMMAND_ACTION, RUN_COMMAND_ACTION } from '../../../views/ids.js';
import type { SlackDeps } from '../../deps.js';
import { runLine } from '../../run-line.js';

function whereOf(body: BlockAction, client: App['client'], respond: (b: object) => Promise<unknown>) {
  return { client, userId: body.user.id, triggerId: body.trigger_id, channelId: body.channel?.id, respond };
}

/**
 * Buttons and menus carry the /zone command line they stand for, so a click
 * runs the same command, for the person who clicked, in their language.
 */
export function registerRunCommand(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(RUN_COMMAND_ACTION, async ({ ack, body, action, respond, client }) => {
    await ack();
    await runLine(deps, action.value ?? '', whereOf(body, client, respond), `action ${RUN_COMMAND_ACTION}`);
  });
  app.action<BlockAction<StaticSelectAction>>(PICK_COMMAND_ACTION, async ({ ack, body, action, respond, client }) => {
    await ack();
    const text = action.selected_option?.value ?? '';
    await runLine(deps, text, whereOf(body, client, respond), `action ${PICK_COMMAND_ACTION}`);
  });
}
