import type { SocketModeReceiver } from '@slack/bolt';
import type { Logger } from '../logger.js';
import { type DeliveryKind, shapeProblem } from './payload-shape.js';

interface SocketClient {
  removeAllListeners(event: string): void;
  on(event: string, listener: (data: unknown, isBinary: boolean) => void): void;
  onWebSocketMessage(data: unknown, isBinary: boolean): Promise<void>;
  send(envelopeId: string, body?: unknown): Promise<void>;
}

const KINDS: Record<string, DeliveryKind> = {
  events_api: 'event',
  interactive: 'interaction',
  slash_commands: 'command',
};
/** Messages of the connection itself, which carry no payload. */
const CONTROL = new Set(['hello', 'disconnect']);

function text(data: unknown): string {
  if (typeof data === 'string') return data;
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return '';
}

/** Why a Socket Mode envelope cannot be handled, or null; and its envelope id when it has one. */
function inspect(data: unknown): { problem: string | null; envelopeId: string | null } {
  let envelope: unknown;
  try {
    envelope = JSON.parse(text(data));
  } catch {
    return { problem: 'not JSON', envelopeId: null };
  }
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope)) {
    return { problem: 'not an object', envelopeId: null };
  }
  const { type, envelope_id: id, payload } = envelope as Record<string, unknown>;
  const envelopeId = typeof id === 'string' ? id : null;
  if (typeof type !== 'string') return { problem: 'no type', envelopeId };
  if (CONTROL.has(type)) return { problem: null, envelopeId };
  const kind = KINDS[type];
  if (!kind) return { problem: `unknown envelope type ${type}`, envelopeId };
  if (!envelopeId) return { problem: 'no envelope id', envelopeId };
  return { problem: shapeProblem(kind, payload), envelopeId };
}

/**
 * The Socket Mode client parses each envelope and reads into it unchecked, in
 * an event handler whose failure would end the process. Each envelope is
 * checked first: a malformed one is acknowledged (so Slack does not send it
 * again), logged and dropped; a good one goes on to the client as before.
 */
export function guardSocketMode(receiver: SocketModeReceiver, logger: Logger): void {
  const client = (receiver as unknown as { client: SocketClient }).client;
  client.removeAllListeners('ws_message');
  client.on('ws_message', (data, isBinary) => {
    if (isBinary) return;
    const { problem, envelopeId } = inspect(data);
    if (problem) {
      logger.warn({ why: problem, envelopeId }, 'refused a Socket Mode envelope');
      if (envelopeId) client.send(envelopeId).catch(() => undefined);
      return;
    }
    client.onWebSocketMessage(data, isBinary).catch((err: unknown) => {
      logger.error({ err, envelopeId }, 'Socket Mode envelope failed');
    });
  });
}
