import { FIGURE_INPUT, PROGRESS_INPUT } from '../../src/views/ids.js';

type Field = { block: string; action: string };

/** A submitted modal's state as Slack sends it: plain text inputs and static selects. */
export function viewState(fields: [Field, string, 'text' | 'select'][]): Record<string, Record<string, unknown>> {
  const values: Record<string, Record<string, unknown>> = {};
  for (const [field, value, kind] of fields) {
    values[field.block] = {
      [field.action]:
        kind === 'text'
          ? { type: 'plain_text_input', value }
          : { type: 'static_select', selected_option: { text: { type: 'plain_text', text: value }, value } },
    };
  }
  return values;
}

export interface FigureForm {
  indicator: string;
  period: string;
  value: string;
  note?: string;
  source?: string;
}

/** The figure modal's state for a submission. */
export function figureState(f: FigureForm) {
  return viewState([
    [FIGURE_INPUT.indicator, f.indicator, 'select'],
    [FIGURE_INPUT.period, f.period, 'select'],
    [FIGURE_INPUT.value, f.value, 'text'],
    [FIGURE_INPUT.note, f.note ?? '', 'text'],
    [FIGURE_INPUT.source, f.source ?? '', 'text'],
  ]);
}

export interface ProgressForm {
  milestone: string;
  zone: string;
  state: string;
  note?: string;
  evidence?: string;
}

/** The progress modal's state for a submission (the state is a radio button, sent like a select). */
export function progressState(f: ProgressForm) {
  return viewState([
    [PROGRESS_INPUT.milestone, f.milestone, 'select'],
    [PROGRESS_INPUT.zone, f.zone, 'select'],
    [PROGRESS_INPUT.state, f.state, 'select'],
    [PROGRESS_INPUT.note, f.note ?? '', 'text'],
    [PROGRESS_INPUT.evidence, f.evidence ?? '', 'text'],
  ]);
}

let views = 0;

/**
 * A view_submission payload for a modal that was opened with `view`. Each
 * opened modal has its own id in Slack, so each call gets a new one unless
 * `view.id` says which modal this is (a second delivery of one submission).
 */
export function submission(
  userId: string,
  view: { id?: string; callback_id?: string; private_metadata?: string; hash?: string },
  values: object,
) {
  return {
    type: 'view_submission',
    user: { id: userId, username: userId, name: userId, team_id: 'T0000TEAM' },
    view: {
      id: view.id ?? `V${String(++views).padStart(8, '0')}`,
      type: 'modal',
      callback_id: view.callback_id,
      private_metadata: view.private_metadata ?? '',
      hash: view.hash ?? '1.abc',
      state: { values },
    },
  };
}
