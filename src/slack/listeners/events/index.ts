import type { SlackDeps } from '../../deps.js';
import type { Listeners } from '../../listener-table.js';
import { registerAppHome } from './app-home.js';
import { registerAppMention } from './app-mention.js';
import { registerDirectMessage } from './direct-message.js';
import { registerThreadReply } from './thread-reply.js';

export function register(app: Listeners, deps: SlackDeps): void {
  registerAppHome(app, deps);
  registerAppMention(app, deps);
  registerDirectMessage(app, deps);
  registerThreadReply(app, deps);
}
