import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  bearerToken,
  decodeParams,
  InvalidJsonBody,
  readBody,
  sendJson,
  sendText,
  uploadedBytes,
} from './slack/http.js';
import { type Body, defaultReply, type ReplyContext, type UploadedFile } from './slack/replies.js';
import { type Params, type Refusal, refusal } from './slack/spec.js';
import { Waiters } from './slack/waiters.js';

export { TEST_WORKSPACE } from './slack/ids.js';
export type { Body, Params, UploadedFile };

/** One Web API call as the emulator received and answered it. `params` never holds `token`. */
export interface ApiCall {
  method: string;
  params: Params;
  token: string | undefined;
  status: number;
  response: Body;
}

/** One POST to a `responseUrl(name)`, which is what Bolt's `respond()` sends. */
export interface ResponseUrlPost {
  name: string;
  path: string;
  body: unknown;
}

/** The next call's answer: `{ status: 429, retryAfter: 1 }` rate-limits, `{ error }` answers `ok: false`. */
export interface Failure {
  error?: string;
  status?: number;
  retryAfter?: number;
}

export type CallMatcher = string | ((call: ApiCall) => boolean);
/** A replacement for the default `ok: true` body of calls that pass the spec check. */
export type Reply = Body | ((params: Params) => Body);

export interface SlackEmulatorOptions {
  /** What apps.connections.open returns: a SocketModeServer's `url`. Can also be set later. */
  socketModeUrl?: string;
  /** The only tokens Slack would accept; by default any well-formed token is. */
  tokens?: readonly string[];
}

/** Slack allows five uses of one response_url. */
const RESPONSE_URL_USES = 5;

function refusedBody({ error, detail }: Refusal): Body {
  return { ok: false, error, ...(detail && { response_metadata: { messages: [`[ERROR] ${detail}`] } }) };
}

function isRefusal(value: Body | Refusal): value is Refusal {
  return typeof value.error === 'string';
}

/** A Slack Web API on loopback that records every call and refuses what Slack's spec refuses. */
export class SlackEmulator {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponseUrlPost[] = [];
  /** Files of the files.uploadV2 flow by file ID; `content` holds the uploaded bytes. */
  readonly uploads = new Map<string, UploadedFile>();
  /** Every message posted, by conversation: what conversations.history answers from. */
  readonly messages = new Map<string, Body[]>();
  socketModeUrl: string | undefined;
  private readonly failures = new Map<string, Failure[]>();
  private readonly delays = new Map<string, number[]>();
  private readonly replies = new Map<string, Reply>();
  private readonly responseUses = new Map<string, number>();
  private readonly waiters = new Waiters();
  private seq = 0;

  constructor(
    private readonly server: Server,
    readonly baseUrl: string,
    private readonly options: SlackEmulatorOptions,
  ) {
    this.socketModeUrl = options.socketModeUrl;
  }

  /** Pass as `clientOptions.slackApiUrl` (Bolt) or `slackApiUrl` (WebClient). */
  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  /** A URL to put in a payload's `response_url`; posts to it land in `responses` under `name`. */
  responseUrl(name = 'default'): string {
    return `${this.baseUrl}/response/${encodeURIComponent(name)}`;
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** The first matching call, already recorded or yet to come; rejects after `timeoutMs`. */
  waitFor(match: CallMatcher, timeoutMs = 5_000): Promise<ApiCall> {
    const test = typeof match === 'string' ? (call: ApiCall) => call.method === match : match;
    const label = typeof match === 'string' ? match : 'the predicate';
    return this.waiters.until(
      () => this.calls.find(test),
      timeoutMs,
      () => `no call matching ${label} within ${timeoutMs} ms; calls: ${this.calls.map((c) => c.method).join(', ')}`,
    );
  }

  /** The first post to `responseUrl(name)`, already made or yet to come. */
  waitForResponse(name = 'default', timeoutMs = 5_000): Promise<ResponseUrlPost> {
    return this.waiters.until(
      () => this.responses.find((post) => post.name === name),
      timeoutMs,
      () => `no post to response_url "${name}" within ${timeoutMs} ms`,
    );
  }

  /** The next call to `method` fails as described, before any spec check; queue several by calling again. */
  failNext(method: string, failure: Failure = {}): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), failure]);
  }

  /** The next call to `method` is answered only after `ms`. */
  delayNext(method: string, ms: number): void {
    this.delays.set(method, [...(this.delays.get(method) ?? []), ms]);
  }

  /** Answers every valid call to `method` with `reply` (merged over `ok: true`) until `reset()`. */
  reply(method: string, reply: Reply): void {
    this.replies.set(method, reply);
  }

  /** Forgets recorded calls, posts, uploads, injected failures and replies; IDs keep counting up. */
  reset(): void {
    this.calls.length = 0;
    this.responses.length = 0;
    for (const map of [this.uploads, this.failures, this.delays, this.replies, this.responseUses, this.messages])
      map.clear();
  }

  async close(): Promise<void> {
    this.waiters.close('Slack emulator closed');
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    // fetch keeps connections alive; without this, close() waits for them to time out.
    this.server.closeAllConnections();
    await closed;
  }

  /** Routes one HTTP request: /api/<method>, /upload/<file id>, /response/<name>. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const [, root, rest = ''] = /^\/([^/]+)\/?(.*)$/.exec(url.pathname) ?? [];
    const body = await readBody(req);
    if (root === 'api') return this.handleApi(decodeURIComponent(rest), url, req, body, res);
    if (root === 'upload' && req.method === 'POST') return this.handleUpload(rest, req, body, res);
    if (root === 'response' && req.method === 'POST') return this.handleResponseUrl(rest, url, body, res);
    sendText(res, 404, 'not found');
  }

  private async handleApi(method: string, url: URL, req: IncomingMessage, raw: Buffer, res: ServerResponse) {
    let params: Params = {};
    let invalidJson = false;
    try {
      params = await decodeParams(url, req.headers['content-type'], raw);
    } catch (error) {
      if (!(error instanceof InvalidJsonBody)) throw error;
      invalidJson = true;
    }
    const token = bearerToken(req) ?? (typeof params.token === 'string' ? params.token : undefined);
    delete params.token;
    const call: ApiCall = { method, params, token, status: 200, response: {} };
    const headers: Record<string, string> = {};
    const failure = this.failures.get(method)?.shift();
    if (failure) {
      call.status = failure.status ?? 200;
      call.response = { ok: false, error: failure.error ?? (call.status === 429 ? 'ratelimited' : 'internal_error') };
      if (call.status === 429) headers['retry-after'] = String(failure.retryAfter ?? 1);
    } else if (invalidJson) {
      call.response = { ok: false, error: 'invalid_json' };
    } else {
      call.response = this.answer(method, params, token);
    }
    this.calls.push(call);
    this.waiters.notify();
    const delay = this.delays.get(method)?.shift();
    if (delay !== undefined) await this.waiters.sleep(delay);
    sendJson(res, call.status, call.response, headers);
  }

  private answer(method: string, params: Params, token: string | undefined): Body {
    const refused = refusal(method, params, token, this.options.tokens);
    if (refused) return refusedBody(refused);
    const reply = this.replies.get(method);
    if (reply) return { ok: true, ...(typeof reply === 'function' ? reply(params) : reply) };
    const result = defaultReply(method, params, this.replyContext());
    return isRefusal(result) ? refusedBody(result) : { ok: true, ...result };
  }

  private replyContext(): ReplyContext {
    return {
      baseUrl: this.baseUrl,
      socketModeUrl: this.socketModeUrl,
      uploads: this.uploads,
      messages: this.messages,
      nextId: (prefix) => `${prefix}${String(++this.seq).padStart(8, '0')}`,
      nextTs: () => `${Math.floor(Date.now() / 1000)}.${String(++this.seq % 1_000_000).padStart(6, '0')}`,
    };
  }

  private async handleUpload(fileId: string, req: IncomingMessage, raw: Buffer, res: ServerResponse) {
    const upload = this.uploads.get(decodeURIComponent(fileId));
    if (!upload) return sendText(res, 404, 'unknown upload URL');
    upload.content = await uploadedBytes(req.headers['content-type'], raw);
    this.waiters.notify();
    sendText(res, 200, `OK - ${upload.content.length}`);
  }

  private handleResponseUrl(name: string, url: URL, raw: Buffer, res: ServerResponse) {
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      return sendText(res, 400, 'invalid_payload');
    }
    const decoded = decodeURIComponent(name);
    const uses = (this.responseUses.get(decoded) ?? 0) + 1;
    this.responseUses.set(decoded, uses);
    if (uses > RESPONSE_URL_USES) return sendText(res, 404, 'used_url');
    this.responses.push({ name: decoded, path: url.pathname, body });
    this.waiters.notify();
    sendText(res, 200, 'ok');
  }
}

export async function startSlackEmulator(options: SlackEmulatorOptions = {}): Promise<SlackEmulator> {
  let emulator: SlackEmulator | undefined;
  const server = createServer((req, res) => {
    emulator?.handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: 'emulator_error', detail: String(error) });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  emulator = new SlackEmulator(server, `http://127.0.0.1:${port}`, options);
  return emulator;
}
