import type { HomeView } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { homeOf } from '../domain/home.js';
import { DEFAULT_LANG } from '../i18n/lang.js';
import { common } from '../i18n/messages/common.js';
import { section } from '../views/blocks.js';
import { homeView } from '../views/home.js';
import type { SlackDeps } from './deps.js';

/** The Home tab for one person, as of now; before start-up has finished, a note to come back. */
async function viewFor(deps: SlackDeps, userId: string): Promise<HomeView> {
  const lang = await deps.runner.language(userId).catch(() => DEFAULT_LANG);
  if (!deps.isReady()) return { type: 'home', blocks: [section(common(lang).starting)] };
  const { plan, facts } = deps.services;
  const judging = deps.runner.judging();
  const [index, actor] = await Promise.all([plan.on(judging.today), deps.runner.actor(userId)]);
  const known = await facts.current(index);
  const home = homeOf(index, actor, known, judging, await deps.services.calendar.calendar());
  return homeView(home, index, actor, lang);
}

/**
 * Publishes someone's Home tab: when they open it, and again after they (or an
 * officer deciding on their report) change what it shows. A failure is logged
 * and the tab keeps its last view.
 */
export async function publishHome(deps: SlackDeps, client: WebClient, userId: string): Promise<void> {
  try {
    await client.views.publish({ user_id: userId, view: await viewFor(deps, userId) });
  } catch (err) {
    deps.logger.error({ err, where: 'home', user: userId }, 'home tab not published');
  }
}
