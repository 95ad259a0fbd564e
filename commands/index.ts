import { admin } from './admin.js';
import { assessment } from './assessment.js';
import type { Command } from './command.js';
import { exportLedger } from './export.js';
import { createHelp } from './help.js';
import { history } from './history.js';
import { importFigures } from './import.js';
import { lang } from './lang.js';
import { plans } from './plans.js';
import { progress } from './progress.js';
import { rank } from './rank.js';
import { report } from './report.js';
import { status } from './status.js';
import { target } from './targets.js';
import { task } from './task.js';
import { tasks } from './tasks.js';
import { unit } from './unit.js';
import { zones } from './zones.js';

/** The one command table: Slack, App mentions and the terminal all dispatch through it. */
export const COMMANDS: Command[] = [];
COMMANDS.push(
  createHelp(() => COMMANDS),
  zones,
  plans,
  status,
  task,
  tasks,
  target,
  unit,
  lang,
  report,
  progress,
  history,
  rank,
  exportLedger,
  assessment,
  importFigures,
  admin,
);

export type { Command, CommandContext } from './command.js';
export { dispatch, isReadOnly, type Outcome, opensModal, tokenize } from './dispatch.js';
