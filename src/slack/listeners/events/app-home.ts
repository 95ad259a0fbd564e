import type { App } from '@slack/bolt';
import type { HomeView } from '@slack/types';
import { homeOf } from '../../../domain/home.js';
import { DEFAULT_LANG } from '../../../i18n/lang.js';
import { common } from '../../../i18n/messages/common.js';
import { section } from '../../../views/blocks.js';
import { homeView } from '../../../views/home.js';
import type { SlackDeps } from '../../deps.js';

/** The Home tab for one person, as of now; before start-up has finished, a note to come back. */
async function viewFor(deps: SlackDeps, userId: string): Promise<HomeView> {
  const lang = await deps.runner.language(userId).catch(() => DEFAULT_LANG);
  if (!deps.isReady()) return { type: 'home', blocks: [section(common(lang).starting)] };
  const { plan, facts } = deps.services;
  const [index, known, actor] = await Promise.all([plan.current(), facts.current(), deps.runner.actor(userId)]);
  const home = homeOf(index, actor, known, deps.runner.judging());
  return homeView(home, index, actor, lang);
}

/** Opening the app's Home tab shows what the person owes next; a failure is logged, and the tab keeps its last view. */
export function registerAppHome(app: App, deps: SlackDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    try {
      await client.views.publish({ user_id: event.user, view: await viewFor(deps, event.user) });
    } catch (err) {
      deps.logger.error({ err, where: 'event app_home_opened', user: event.user }, 'home tab not published');
    }
  });
}
