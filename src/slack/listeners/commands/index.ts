import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { registerZoneCommand } from './zone.js';

export function register(app: App, deps: SlackDeps): void {
  registerZoneCommand(app, deps);
}
