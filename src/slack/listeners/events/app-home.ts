import type { SlackDeps } from '../../deps.js';
import { publishHome } from '../../home.js';
import type { Listeners } from '../../listener-table.js';

/** Opening the app's Home tab shows what the person owes next. */
export function registerAppHome(app: Listeners, deps: SlackDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab === 'home') await publishHome(deps, client, event.user);
  });
}
