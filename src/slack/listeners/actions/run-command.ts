import type { App, BlockAction, ButtonAction, RespondFn, StaticSelectAction } from '@slack/bolt';
import { common } from '../../../i18n/messages/common.js';
import { answerModal } from '../../../views/answer-modal.js';
import { PICK_COMMAND_ACTION, RUN_COMMAND_ACTION } from '../../../views/ids.js';
import type { EphemeralBody } from '../../answer.js';
import type { Where } from '../../deliver.js';
import type { SlackDeps } from '../../deps.js';
import type { Listeners } from '../../listener-table.js';
import { runLine } from '../../run-line.js';

/**
 * Where a click's answer goes: back into its conversation through response_url,
 * or, for a click on the Home tab, which has none, into a modal on its trigger.
 */
function whereOf(deps: SlackDeps, body: BlockAction, client: App['client'], respond: RespondFn | undefined): Where {
  const userId = body.user.id;
  const inModal = async (answer: EphemeralBody) => {
    const lang = await deps.runner.language(userId);
    await client.views.open({ trigger_id: body.trigger_id, view: answerModal(answer, common(lang).close) });
  };
  return { client, userId, triggerId: body.trigger_id, channelId: body.channel?.id, respond: respond ?? inModal };
}

/**
 * Buttons and menus carry the /zone command line they stand for, so a click
 * runs the same command, for the person who clicked, in their language.
 */
export function registerRunCommand(app: Listeners, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(RUN_COMMAND_ACTION, async ({ ack, body, action, respond, client }) => {
    await ack();
    await runLine(deps, action.value ?? '', whereOf(deps, body, client, respond), `action ${RUN_COMMAND_ACTION}`);
  });
  app.action<BlockAction<StaticSelectAction>>(PICK_COMMAND_ACTION, async ({ ack, body, action, respond, client }) => {
    await ack();
    const text = action.selected_option?.value ?? '';
    await runLine(deps, text, whereOf(deps, body, client, respond), `action ${PICK_COMMAND_ACTION}`);
  });
}
