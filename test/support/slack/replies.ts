import { TEST_WORKSPACE } from './ids.js';
import type { Params, Refusal } from './spec.js';

export type Body = Record<string, unknown>;

/** A file announced through files.getUploadURLExternal; `content` is set once its bytes are POSTed. */
export interface UploadedFile {
  id: string;
  filename: string;
  length: number;
  altText?: string;
  content?: Buffer;
  /** Set by files.completeUploadExternal. */
  completed: boolean;
  title?: string;
  channelId?: string;
  initialComment?: string;
  threadTs?: string;
}

/** The emulator state a default reply reads or extends. */
export interface ReplyContext {
  baseUrl: string;
  socketModeUrl: string | undefined;
  uploads: Map<string, UploadedFile>;
  /** Every message posted, by conversation, oldest first: what conversations.history reads. */
  messages: Map<string, Body[]>;
  /** A fresh ID such as `V000003`: unique within one emulator, stable across runs. */
  nextId(prefix: string): string;
  /** A fresh, increasing message timestamp in Slack's `seconds.micros` form. */
  nextTs(): string;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** A message to a user ID lands in the app's DM with them, whose channel ID conversations.open gives. */
export const dmOf = (user: string) => `D${user.replace(/\W/g, '').slice(0, 10)}`;
const conversationOf = (channel: string) => (/^[UW]/.test(channel) ? dmOf(channel) : channel);

function remember(ctx: ReplyContext, channel: string, body: Body): void {
  const list = ctx.messages.get(conversationOf(channel)) ?? [];
  list.push(body);
  ctx.messages.set(conversationOf(channel), list);
}

function history(params: Params, ctx: ReplyContext): Body | Refusal {
  const channel = str(params.channel);
  if (!channel) return { error: 'channel_not_found' };
  const oldest = Number(str(params.oldest) ?? '0');
  const all = (ctx.messages.get(channel) ?? []).filter((m) => Number(m.ts) > oldest);
  const withMetadata = params.include_all_metadata === true || params.include_all_metadata === 'true';
  const messages = [...all]
    .reverse()
    .slice(0, Number(params.limit ?? 100))
    .map(({ metadata, ...m }) => (withMetadata && metadata ? { ...m, metadata } : m));
  return { messages, has_more: false };
}

function message(params: Params, ts: string): Body {
  return {
    type: 'message',
    user: TEST_WORKSPACE.botUserId,
    bot_id: TEST_WORKSPACE.botId,
    app_id: TEST_WORKSPACE.appId,
    team: TEST_WORKSPACE.teamId,
    text: params.text ?? '',
    ...(params.blocks !== undefined && { blocks: params.blocks }),
    ...(params.attachments !== undefined && { attachments: params.attachments }),
    ...(params.thread_ts !== undefined && { thread_ts: params.thread_ts }),
    ts,
  };
}

function view(params: Params, ctx: ReplyContext, id = ctx.nextId('V')): Body {
  const given = typeof params.view === 'object' && params.view !== null ? params.view : {};
  return {
    ...given,
    id,
    team_id: TEST_WORKSPACE.teamId,
    app_id: TEST_WORKSPACE.appId,
    bot_id: TEST_WORKSPACE.botId,
    hash: ctx.nextId('H'),
    state: { values: {} },
    ...(params.external_id !== undefined && { external_id: params.external_id }),
  };
}

function user(id: string): Body {
  return {
    id,
    team_id: TEST_WORKSPACE.teamId,
    name: id === TEST_WORKSPACE.userId ? TEST_WORKSPACE.userName : id.toLowerCase(),
    real_name: `User ${id}`,
    deleted: false,
    is_bot: id === TEST_WORKSPACE.botUserId,
    tz: 'Asia/Shanghai',
    tz_label: 'China Standard Time',
    tz_offset: 28_800,
    locale: 'zh-CN',
    profile: { display_name: `User ${id}`, real_name: `User ${id}` },
  };
}

interface FileRef {
  id: string;
  title?: string;
}

function completeUploads(params: Params, ctx: ReplyContext): Body | Refusal {
  const refs = Array.isArray(params.files) ? (params.files as FileRef[]) : [];
  if (refs.length === 0 || refs.some((ref) => typeof ref?.id !== 'string')) {
    return { error: 'invalid_arguments', detail: 'files must be a JSON array of {id, title}' };
  }
  const files: Body[] = [];
  for (const ref of refs) {
    const upload = ctx.uploads.get(ref.id);
    // The emulator's choice of code: Slack refuses to complete a file whose bytes never arrived.
    if (!upload?.content) return { error: 'file_not_found', detail: `no bytes uploaded for ${ref.id}` };
    Object.assign(upload, {
      completed: true,
      title: ref.title ?? upload.filename,
      channelId: str(params.channel_id),
      initialComment: str(params.initial_comment),
      threadTs: str(params.thread_ts),
    });
    files.push({ id: upload.id, name: upload.filename, title: upload.title, size: upload.length });
    const channel = str(params.channel_id);
    if (channel)
      remember(ctx, channel, { type: 'message', ts: ctx.nextTs(), files: [{ id: upload.id, name: upload.filename }] });
  }
  return { files };
}

/** Slack's `ok: true` answer for a call the spec check let through, shaped like the real one. */
export function defaultReply(method: string, params: Params, ctx: ReplyContext): Body | Refusal {
  switch (method) {
    case 'auth.test':
      return {
        url: `https://${TEST_WORKSPACE.teamDomain}.slack.com/`,
        team: TEST_WORKSPACE.teamDomain,
        user: 'zonebot',
        team_id: TEST_WORKSPACE.teamId,
        user_id: TEST_WORKSPACE.botUserId,
        bot_id: TEST_WORKSPACE.botId,
        is_enterprise_install: false,
      };
    case 'chat.postMessage': {
      const ts = ctx.nextTs();
      const posted = { ...message(params, ts), ...(params.metadata !== undefined && { metadata: params.metadata }) };
      remember(ctx, String(params.channel), posted);
      return { channel: params.channel, ts, text: params.text ?? '', message: message(params, ts) };
    }
    case 'chat.update': {
      const ts = str(params.ts) ?? ctx.nextTs();
      return { channel: params.channel, ts, text: params.text ?? '', message: message(params, ts) };
    }
    case 'conversations.history':
      return history(params, ctx);
    case 'chat.postEphemeral':
      // Slack names it message_ts here, and an ephemeral message has no ts a bot could update.
      return { message_ts: ctx.nextTs() };
    case 'views.open':
    case 'views.push':
    case 'views.publish':
      return { view: view(params, ctx) };
    case 'views.update':
      return { view: view(params, ctx, str(params.view_id) ?? ctx.nextId('V')) };
    case 'conversations.open':
      return { channel: { id: str(params.channel) ?? dmOf(String(params.users)) } };
    case 'users.info':
      return { user: user(String(params.user)) };
    case 'files.getUploadURLExternal': {
      const id = ctx.nextId('F');
      const upload: UploadedFile = {
        id,
        filename: String(params.filename),
        length: Number(params.length),
        completed: false,
        ...(typeof params.alt_text === 'string' && { altText: params.alt_text }),
      };
      ctx.uploads.set(id, upload);
      return { upload_url: `${ctx.baseUrl}/upload/${id}`, file_id: id };
    }
    case 'files.completeUploadExternal':
      return completeUploads(params, ctx);
    case 'apps.connections.open':
      // An unrecoverable error, so a Socket Mode client fails fast instead of retrying for minutes.
      if (!ctx.socketModeUrl) return { error: 'invalid_auth', detail: 'emulator has no socketModeUrl' };
      return { url: ctx.socketModeUrl };
    default:
      return {};
  }
}
