import type { SlackDeps } from '../../deps.js';
import type { Listeners } from '../../listener-table.js';
import { registerZoneCommand } from './zone.js';

export function register(app: Listeners, deps: SlackDeps): void {
  registerZoneCommand(app, deps);
}
