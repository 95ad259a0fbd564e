import type { App, BlockAction, ButtonAction, StaticSelectAction } from '@slack/bolt';
import { PICK_COMMAND_ACTION, RUN_COMMAND_ACTION } from '../../../views/ids.js';
import { answerFor, ephemeral } from '../../answer.js';
import type { SlackDeps } from '../../deps.js';

/**
 * Buttons and menus carry the /zone command line they stand for, so a click
 * runs the same command, for the person who clicked, in their language.
 */
export function registerRunCommand(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(RUN_COMMAND_ACTION, async ({ ack, body, action, respond }) => {
    await ack();
    const answer = await answerFor(
      deps,
      { text: action.value ?? '', userId: body.user.id },
      `action ${RUN_COMMAND_ACTION}`,
    );
    await respond({ ...ephemeral(answer.reply), replace_original: false });
  });
  app.action<BlockAction<StaticSelectAction>>(PICK_COMMAND_ACTION, async ({ ack, body, action, respond }) => {
    await ack();
    const text = action.selected_option?.value ?? '';
    const answer = await answerFor(deps, { text, userId: body.user.id }, `action ${PICK_COMMAND_ACTION}`);
    await respond({ ...ephemeral(answer.reply), replace_original: false });
  });
}
