import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, type Receiver, SocketModeReceiver } from '@slack/bolt';
import type { Slack } from '../config.js';
import { boltLogger } from '../logger.js';
import type { SlackDeps } from './deps.js';
import { healthRoute } from './health.js';
import { registerListeners } from './listeners/index.js';

export const EVENTS_PATH = '/slack/events';

export interface SlackRuntime {
  app: App;
  /** Starts serving; resolves with the HTTP port (commands and events in HTTP mode, health in both). */
  start(): Promise<number>;
  stop(): Promise<void>;
}

function receiverFor(slack: Slack, deps: SlackDeps, port: number): { receiver: Receiver; server: () => unknown } {
  const logger = boltLogger(deps.logger);
  const customRoutes = [healthRoute(deps.isReady)];
  if (slack.mode === 'http') {
    // One endpoint for commands, interactivity and events, as manifest.yml declares.
    const receiver = new HTTPReceiver({
      signingSecret: slack.signingSecret,
      endpoints: EVENTS_PATH,
      customRoutes,
      logger,
      processBeforeResponse: false,
    });
    return { receiver, server: () => undefined };
  }
  const clientOptions = slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {};
  const receiver = new SocketModeReceiver({
    appToken: slack.appToken,
    customRoutes,
    logger,
    installerOptions: { port, clientOptions },
  });
  return { receiver, server: () => (receiver as unknown as { httpServer?: unknown }).httpServer };
}

function portOf(server: unknown, fallback: number): number {
  const address = (server as { address?: () => AddressInfo | string | null } | undefined)?.address?.();
  return address && typeof address === 'object' ? address.port : fallback;
}

/**
 * Builds a Bolt app with every listener. No module state, so tests start as
 * many as they like; no `auth.test` at start-up, since `authorize` hands Bolt
 * the token directly.
 */
export function createSlackApp(slack: Slack, deps: SlackDeps, port: number): SlackRuntime {
  const { receiver, server } = receiverFor(slack, deps, port);
  const app = new App({
    receiver,
    authorize: async () => ({ botToken: slack.botToken }),
    logger: boltLogger(deps.logger),
    clientOptions: slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {},
  });
  app.error(async (error) => {
    deps.logger.error({ err: error }, 'unhandled error in a Slack listener');
  });
  registerListeners(app, deps);
  return {
    app,
    async start() {
      const started = await app.start(port);
      return portOf(slack.mode === 'http' ? started : server(), port);
    },
    async stop() {
      await app.stop();
    },
  };
}
