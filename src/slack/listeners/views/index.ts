import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { registerReportFigure } from './report-figure.js';
import { registerReportProgress } from './report-progress.js';

export function register(app: App, deps: SlackDeps): void {
  registerReportFigure(app, deps);
  registerReportProgress(app, deps);
}
