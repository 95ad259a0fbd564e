// Every action_id, block_id and callback_id zonebot puts in front of Slack. A
// listener and the view that needs it import the same constant.

/** A button or menu whose value is a /zone command line to run for the clicker. */
export const RUN_COMMAND_ACTION = 'zone_run';
export const PICK_COMMAND_ACTION = 'zone_pick';

export const ACTION_IDS = [RUN_COMMAND_ACTION, PICK_COMMAND_ACTION] as const;

export const BLOCK = {
  statusActions: 'status_actions',
  taskActions: 'task_actions',
  zonesPicker: 'zones_picker',
  helpActions: 'help_actions',
  tasksList: 'tasks_list',
  targetsActions: 'targets_actions',
  unitActions: 'unit_actions',
  more: 'more_actions',
} as const;
