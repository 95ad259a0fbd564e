import type { SlackDeps } from '../../deps.js';
import type { Listeners } from '../../listener-table.js';
import { registerDecideDone } from './decide-done.js';
import { registerNoteItem } from './note-item.js';
import { registerRunCommand } from './run-command.js';
import { registerVerifyFigure } from './verify-figure.js';

export function register(app: Listeners, deps: SlackDeps): void {
  registerRunCommand(app, deps);
  registerDecideDone(app, deps);
  registerVerifyFigure(app, deps);
  registerNoteItem(app, deps);
}
