import type { SlackDeps } from '../../deps.js';
import type { Listeners } from '../../listener-table.js';
import { registerReportFigure } from './report-figure.js';
import { registerReportProgress } from './report-progress.js';

export function register(app: Listeners, deps: SlackDeps): void {
  registerReportFigure(app, deps);
  registerReportProgress(app, deps);
}
