import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, type Receiver, SocketModeReceiver } from '@slack/bolt';
import type { Slack } from '../config.js';
import type { Provider } from '../store/database.js';
import { boltLogger } from './bolt-logger.js';
import type { SlackDeps } from './deps.js';
import { healthRoute } from './health.js';
import { guardDelivery } from './http-guard.js';
import { InTurn } from './in-turn.js';
import { registerListeners } from './listeners/index.js';
import { oncePerEvent } from './once-per-event.js';
import { ReplayGuard } from './replay-guard.js';
import { guardSocketMode } from './socket-guard.js';

export const EVENTS_PATH = '/slack/events';

/** How long a submission waits for its turn at most: a second, of the three Slack waits for an answer. */
const SUBMISSION_PATIENCE_MS = 1000;
/** How long submissions must pause before Home tabs are published again: a burst's gaps are shorter. */
const SUBMISSION_QUIET_MS = 250;

/**
 * Submissions writing at once. SQLite has one writer. On PostgreSQL a write
 * is mostly waiting for its round trips; four at once (of the pool's ten
 * connections, leaving the rest to readers) halved the p99 of forty people
 * submitting together.
 */
export const writeLanes = (provider: Provider): number => (provider === 'postgresql' ? 4 : 1);

export interface SlackRuntime {
  app: App;
  /** Starts serving; resolves with the HTTP port (commands and events in HTTP mode, health in both). */
  start(): Promise<number>;
  stop(): Promise<void>;
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** Every delivery to the events endpoint passes the guard before Bolt's own listener reads the buffered body. */
function guardHttp(receiver: HTTPReceiver, signingSecret: string, deps: SlackDeps): void {
  const bolt = receiver as unknown as { requestListener: Listener };
  const inner = bolt.requestListener;
  const replays = new ReplayGuard();
  bolt.requestListener = (req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'POST' || path !== EVENTS_PATH) return inner(req, res);
    guardDelivery(req, res, signingSecret, deps.logger, replays)
      .then((raw) => {
        if (raw === null) return;
        // Bolt reads a body that was already read from here rather than from the stream.
        Object.assign(req, { rawBody: raw });
        // Bolt sends an acknowledgement given as text with no content type; zonebot's are JSON (jsonAcks).
        res.setHeader('content-type', 'application/json; charset=utf-8');
        inner(req, res);
      })
      .catch((err: unknown) => {
        deps.logger.error({ err }, 'Slack delivery could not be read');
        if (!res.headersSent) res.writeHead(400);
        res.end();
      });
  };
}

function receiverFor(slack: Slack, deps: SlackDeps, port: number): { receiver: Receiver; server: () => unknown } {
  const logger = boltLogger(deps.logger);
  const customRoutes = [healthRoute(deps.isReady, deps.migrations)];
  if (slack.mode === 'http') {
    // One endpoint for commands, interactivity and events, as manifest.yml declares.
    const receiver = new HTTPReceiver({
      signingSecret: slack.signingSecret,
      endpoints: EVENTS_PATH,
      customRoutes,
      logger,
      processBeforeResponse: false,
      // The guard has checked the signature before Bolt sees a delivery: Bolt checking it again
      // (an HMAC and a comparison costing three more) was a tenth of every answer's time.
      signatureVerification: false,
    });
    guardHttp(receiver, slack.signingSecret, deps);
    return { receiver, server: () => undefined };
  }
  const clientOptions = slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {};
  const receiver = new SocketModeReceiver({
    appToken: slack.appToken,
    customRoutes,
    logger,
    installerOptions: { port, clientOptions },
  });
  guardSocketMode(receiver, deps.logger);
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
export function createSlackApp(slack: Slack, given: Omit<SlackDeps, 'submissions'>, port: number): SlackRuntime {
  const submissions = new InTurn(SUBMISSION_PATIENCE_MS, SUBMISSION_QUIET_MS, given.writeLanes);
  const deps: SlackDeps = { ...given, submissions, jsonAcks: slack.mode === 'http' };
  const { receiver, server } = receiverFor(slack, deps, port);
  const app = new App({
    receiver,
    authorize: async () => ({ botToken: slack.botToken }),
    logger: boltLogger(deps.logger),
    clientOptions: slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {},
    // zonebot keeps no per-conversation state; Bolt's store would run on every delivery for nothing.
    convoStore: false,
  });
  app.error(async (error) => {
    deps.logger.error({ err: error }, 'unhandled error in a Slack listener');
  });
  oncePerEvent(app, deps);
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
