import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { TEST_WORKSPACE } from './slack/ids.js';
import { Waiters } from './slack/waiters.js';

export type EnvelopeType = 'slash_commands' | 'interactive' | 'events_api';

/** What Slack sends over the socket for each request it would otherwise POST to the app. */
export interface Envelope {
  envelope_id: string;
  type: EnvelopeType;
  payload: Record<string, unknown>;
  accepts_response_payload: boolean;
  retry_attempt?: number;
  retry_reason?: string;
}

/** The app's acknowledgement; `payload` is what it passed to `ack()` (Bolt sends `{}` for a bare ack). */
export interface Ack {
  envelope_id: string;
  payload?: unknown;
}

export type EnvelopeInput = Omit<Envelope, 'envelope_id' | 'accepts_response_payload'> &
  Partial<Pick<Envelope, 'envelope_id' | 'accepts_response_payload'>>;

export interface SocketModeServerOptions {
  /**
   * How often the server pings, as Slack does. The client drops a connection that goes 30 s
   * without one once pings have started, so keep this well under that.
   */
  pingIntervalMs?: number;
}

/** A stand-in for Slack's Socket Mode endpoint: hello, envelopes out, acks in. */
export class SocketModeServer {
  /** Every ack the app sent, in order. */
  readonly acks: Ack[] = [];
  /** Every connection ever accepted, so a test can tell a reconnect from the first one. */
  connectionCount = 0;
  private readonly sockets = new Set<WebSocket>();
  private readonly waiters = new Waiters();
  private readonly pinger: NodeJS.Timeout;

  constructor(
    private readonly wss: WebSocketServer,
    /** Give this to the emulator (`socketModeUrl`): apps.connections.open returns it. */
    readonly url: string,
    pingIntervalMs: number,
  ) {
    wss.on('connection', (socket) => this.accept(socket));
    this.pinger = setInterval(() => {
      for (const socket of this.sockets) socket.ping();
    }, pingIntervalMs).unref();
  }

  /** Connections open now; a client that gave up on pings or pongs has closed its own. */
  get openConnections(): number {
    return this.sockets.size;
  }

  /** Resolves once a client is connected and has been sent `hello`. */
  waitForConnection(timeoutMs = 5_000): Promise<void> {
    return this.waiters
      .until(
        () => (this.current() ? true : undefined),
        timeoutMs,
        () => `no Socket Mode client connected within ${timeoutMs} ms`,
      )
      .then(() => undefined);
  }

  /**
   * Sends an envelope to the newest connection and returns it. `accepts_response_payload`
   * defaults as Slack sets it: true for slash commands and interactions, false for events.
   */
  send(input: EnvelopeInput): Envelope {
    const socket = this.current();
    if (!socket) throw new Error('no Socket Mode client is connected');
    const envelope: Envelope = {
      ...input,
      envelope_id: input.envelope_id ?? randomUUID(),
      accepts_response_payload: input.accepts_response_payload ?? input.type !== 'events_api',
    };
    socket.send(JSON.stringify(envelope));
    return envelope;
  }

  /** Sends anything at all, as a broken or hostile peer might. */
  sendRaw(text: string): void {
    const socket = this.current();
    if (!socket) throw new Error('no Socket Mode client is connected');
    socket.send(text);
  }

  /** Resolves with the ack for `envelopeId`, already received or yet to come. */
  waitForAck(envelopeId: string, timeoutMs = 5_000): Promise<Ack> {
    return this.waiters.until(
      () => this.acks.find((ack) => ack.envelope_id === envelopeId),
      timeoutMs,
      () => `no ack for envelope ${envelopeId} within ${timeoutMs} ms`,
    );
  }

  /** Sends an envelope and resolves with the app's ack (Slack waits 3 s; tests may allow more). */
  sendAndWaitAck(input: EnvelopeInput, timeoutMs = 5_000): Promise<Ack> {
    return this.waitForAck(this.send(input).envelope_id, timeoutMs);
  }

  /** Asks the client to reconnect, as Slack does before recycling a server. */
  sendDisconnect(reason = 'refresh_requested'): void {
    this.current()?.send(JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'emulator' } }));
  }

  /**
   * Stops serving. Disconnect the app first (`app.stop()` / `client.disconnect()`): a client
   * still running takes the close as a dropped connection and tries to reconnect.
   */
  async close(): Promise<void> {
    clearInterval(this.pinger);
    this.waiters.close('Socket Mode server closed');
    await Promise.all([...this.sockets].map(closeGracefully));
    await new Promise<void>((resolve, reject) => this.wss.close((error) => (error ? reject(error) : resolve())));
  }

  private current(): WebSocket | undefined {
    return [...this.sockets].at(-1);
  }

  private accept(socket: WebSocket): void {
    this.connectionCount += 1;
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('message', (data, isBinary) => {
      const message = isBinary ? undefined : parseAck(data.toString());
      if (!message) return;
      this.acks.push(message);
      this.waiters.notify();
    });
    socket.send(
      JSON.stringify({
        type: 'hello',
        num_connections: this.sockets.size,
        debug_info: { host: 'socket-mode-emulator', approximate_connection_time: 18_060 },
        connection_info: { app_id: TEST_WORKSPACE.appId },
      }),
    );
    this.waiters.notify();
  }
}

/**
 * Finishes the close handshake, which a client such as Bolt's (whose `app.stop()` does not wait
 * for it) may have begun; cutting it short makes the client log a WebSocket error.
 */
function closeGracefully(socket: WebSocket): Promise<void> {
  if (socket.readyState === socket.CLOSED) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => socket.terminate(), 1_000);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.close(1001, 'server closing');
  });
}

/** An ack, or undefined for anything else the client sends (Slack ignores those too). */
function parseAck(text: string): Ack | undefined {
  try {
    const message = JSON.parse(text) as Partial<Ack>;
    return typeof message.envelope_id === 'string'
      ? { envelope_id: message.envelope_id, payload: message.payload }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Starts the server on 127.0.0.1 at a free port. */
export async function startSocketModeServer(options: SocketModeServerOptions = {}): Promise<SocketModeServer> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve, reject) => {
    wss.once('listening', resolve);
    wss.once('error', reject);
  });
  const { port } = wss.address() as AddressInfo;
  // The path mirrors Slack's (wss://wss-primary.slack.com/link/?ticket=…); the server accepts any.
  return new SocketModeServer(wss, `ws://127.0.0.1:${port}/link/?ticket=emulator`, options.pingIntervalMs ?? 10_000);
}
