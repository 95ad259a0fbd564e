import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { ListenerTable } from '../listener-table.js';
import * as actions from './actions/index.js';
import * as commands from './commands/index.js';
import * as events from './events/index.js';
import * as views from './views/index.js';

/** Everything zonebot listens to; test/slack/manifest.test.ts holds it against manifest.yml. */
export function listenerTable(deps: SlackDeps): ListenerTable {
  const table = new ListenerTable();
  commands.register(table, deps);
  actions.register(table, deps);
  events.register(table, deps);
  views.register(table, deps);
  return table;
}

/** Registers every handler on Bolt, as one global middleware that finds them by the delivery. */
export function registerListeners(app: App, deps: SlackDeps): void {
  listenerTable(deps).mount(app);
}
