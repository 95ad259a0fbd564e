import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from './spec.js';

/** Fields @slack/web-api sends as JSON strings inside a form body; the emulator records them parsed. */
const JSON_FIELDS = new Set([
  'attachments',
  'blocks',
  'dialog',
  'files',
  'metadata',
  'profile',
  'unfurls',
  'user_auth_blocks',
  'view',
]);

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** Multipart is what the SDK sends when an argument is a Buffer; undici's Response parses it for us. */
async function multipartFields(body: Buffer, contentType: string): Promise<Map<string, string | Buffer>> {
  const form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  const fields = new Map<string, string | Buffer>();
  for (const [name, value] of form) {
    fields.set(name, typeof value === 'string' ? value : Buffer.from(await value.arrayBuffer()));
  }
  return fields;
}

/** A JSON body that does not parse: Slack answers `invalid_json`. */
export class InvalidJsonBody extends Error {}

/**
 * Decodes a Web API request the ways Slack accepts one: query string, form-urlencoded,
 * multipart or JSON. Later sources win, as the body overrides the query string at Slack.
 */
export async function decodeParams(url: URL, contentType: string | undefined, body: Buffer): Promise<Params> {
  const params: Params = Object.fromEntries(url.searchParams);
  const type = mediaType(contentType);
  if (type === 'application/json' && body.length > 0) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      throw new InvalidJsonBody();
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new InvalidJsonBody();
    Object.assign(params, parsed);
  } else if (type === 'application/x-www-form-urlencoded') {
    Object.assign(params, Object.fromEntries(new URLSearchParams(body.toString('utf8'))));
  } else if (type === 'multipart/form-data' && contentType) {
    Object.assign(params, Object.fromEntries(await multipartFields(body, contentType)));
  }
  for (const [name, value] of Object.entries(params)) {
    if (JSON_FIELDS.has(name) && typeof value === 'string') params[name] = parseOrKeep(value);
  }
  return params;
}

/** Malformed JSON stays a string, so the spec check can refuse it the way Slack does. */
function parseOrKeep(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** The bytes of an upload: the file part of a multipart body, or the raw body. */
export async function uploadedBytes(contentType: string | undefined, body: Buffer): Promise<Buffer> {
  if (mediaType(contentType) !== 'multipart/form-data' || !contentType) return body;
  for (const value of (await multipartFields(body, contentType)).values()) {
    if (Buffer.isBuffer(value)) return value;
  }
  return Buffer.alloc(0);
}

export function bearerToken(req: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
