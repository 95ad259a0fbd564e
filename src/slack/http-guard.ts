import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logger.js';
import { type DeliveryKind, formKind, shapeProblem } from './payload-shape.js';
import type { ReplayGuard } from './replay-guard.js';

/** Slack's own payloads are a few kilobytes; a modal's state stays far below this. */
export const MAX_BODY_BYTES = 512 * 1024;
/** Slack's rule: a request is good for five minutes either side of now. */
const WINDOW_S = 5 * 60;

type Refusal = { status: 400 | 401 | 413; why: string };

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(null);
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const header = (req: IncomingMessage, name: string) => {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
};

function signatureProblem(
  req: IncomingMessage,
  raw: Buffer,
  secret: string,
  nowS: number,
  replays: ReplayGuard,
): Refusal | null {
  const stamp = header(req, 'x-slack-request-timestamp') ?? '';
  const signature = header(req, 'x-slack-signature') ?? '';
  if (!/^\d{1,12}$/.test(stamp)) return { status: 401, why: 'no request timestamp' };
  if (Math.abs(nowS - Number(stamp)) > WINDOW_S) return { status: 401, why: 'timestamp outside five minutes of now' };
  const expected = `v0=${createHmac('sha256', secret).update(`v0:${stamp}:`).update(raw).digest('hex')}`;
  const given = Buffer.from(signature);
  const wanted = Buffer.from(expected);
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) return { status: 401, why: 'bad signature' };
  if (!replays.admit(signature)) return { status: 401, why: 'replayed request' };
  return null;
}

function parsed(req: IncomingMessage, raw: Buffer): { kind: DeliveryKind; body: unknown } | Refusal {
  const type = (header(req, 'content-type') ?? '').split(';')[0]?.trim();
  try {
    if (type === 'application/x-www-form-urlencoded') {
      const fields = new URLSearchParams(raw.toString('utf8'));
      const kind = formKind(fields);
      return {
        kind,
        body: kind === 'interaction' ? JSON.parse(fields.get('payload') ?? '') : Object.fromEntries(fields),
      };
    }
    if (type === 'application/json') return { kind: 'event', body: JSON.parse(raw.toString('utf8')) };
  } catch {
    return { status: 400, why: 'unreadable body' };
  }
  return { status: 400, why: `unexpected content type ${type || '(none)'}` };
}

/**
 * Checks a delivery before Bolt sees it: the size, the signature, a
 * timestamp within five minutes either way (Bolt checks only the past), that
 * the same signed request was not taken before, and the shape of what it
 * carries. Returns the buffered body for Bolt, or null
 * once it has answered the refusal itself.
 */
export async function guardDelivery(
  req: IncomingMessage,
  res: ServerResponse,
  secret: string,
  logger: Logger,
  replays: ReplayGuard,
): Promise<Buffer | null> {
  const refuse = ({ status, why }: Refusal) => {
    logger.warn({ status, why, path: req.url, retry: header(req, 'x-slack-retry-num') }, 'refused a Slack delivery');
    res.writeHead(status);
    res.end();
    return null;
  };
  const raw = await readBody(req, MAX_BODY_BYTES);
  if (raw === null) return refuse({ status: 413, why: `body over ${MAX_BODY_BYTES} bytes` });
  // Slack's SSL check is unsigned and carries nothing; Bolt answers it and strips anything else.
  if (/^ssl_check=1(&|$)/.test(raw.toString('utf8', 0, 16))) return raw;
  const bad = signatureProblem(req, raw, secret, Math.floor(Date.now() / 1000), replays);
  if (bad) return refuse(bad);
  const delivery = parsed(req, raw);
  if ('status' in delivery) return refuse(delivery);
  const problem = shapeProblem(delivery.kind, delivery.body);
  if (problem) return refuse({ status: 400, why: `malformed ${delivery.kind}: ${problem}` });
  return raw;
}
