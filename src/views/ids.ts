// Every action_id, block_id and callback_id zonebot puts in front of Slack. A
// listener and the view that needs it import the same constant.

/** A button or menu whose value is a /zone command line to run for the clicker. */
export const RUN_COMMAND_ACTION = 'zone_run';
export const PICK_COMMAND_ACTION = 'zone_pick';

/** An officer's answer to a zone's "done" (签收 → 办结); the value is the report's id. */
export const CONFIRM_DONE_ACTION = 'zone_confirm_done';
export const REJECT_DONE_ACTION = 'zone_reject_done';
/** An officer vouching for a figure; the value is the revision's id. */
export const VERIFY_FIGURE_ACTION = 'zone_verify_figure';

/** The person who replied in a nudge's thread says which of its items the reply is about; the value is a NoteChoice. */
export const NOTE_ITEM_ACTION = 'zone_note_item';

export const ACTION_IDS = [
  RUN_COMMAND_ACTION,
  PICK_COMMAND_ACTION,
  CONFIRM_DONE_ACTION,
  REJECT_DONE_ACTION,
  VERIFY_FIGURE_ACTION,
  NOTE_ITEM_ACTION,
] as const;

/** Modal callbacks. */
export const REPORT_FIGURE_VIEW = 'zone_report_figure';
export const REPORT_PROGRESS_VIEW = 'zone_report_progress';

export const VIEW_IDS = [REPORT_FIGURE_VIEW, REPORT_PROGRESS_VIEW] as const;

/** Inputs of the figure modal: each field's block (where errors show) and element. */
export const FIGURE_INPUT = {
  indicator: { block: 'figure_indicator', action: 'indicator' },
  period: { block: 'figure_period', action: 'period' },
  value: { block: 'figure_value', action: 'value' },
  note: { block: 'figure_note', action: 'note' },
  source: { block: 'figure_source', action: 'source' },
} as const;

/** Inputs of the milestone progress modal. */
export const PROGRESS_INPUT = {
  milestone: { block: 'progress_milestone', action: 'milestone' },
  zone: { block: 'progress_zone', action: 'zone' },
  state: { block: 'progress_state', action: 'state' },
  note: { block: 'progress_note', action: 'note' },
  evidence: { block: 'progress_evidence', action: 'evidence' },
} as const;

export const BLOCK = {
  statusActions: 'status_actions',
  taskActions: 'task_actions',
  zonesPicker: 'zones_picker',
  helpActions: 'help_actions',
  tasksList: 'tasks_list',
  targetsActions: 'targets_actions',
  unitActions: 'unit_actions',
  more: 'more_actions',
  decision: 'decision_actions',
  history: 'history_actions',
  historyMore: 'history_more',
  nudge: 'nudge_actions',
  reminder: 'reminder_actions',
  noteChoice: 'note_choice_actions',
} as const;
