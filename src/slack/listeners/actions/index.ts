import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { registerRunCommand } from './run-command.js';

export function register(app: App, deps: SlackDeps): void {
  registerRunCommand(app, deps);
}
