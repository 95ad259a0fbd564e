import { readFileSync } from 'node:fs';

/** A Web API call's decoded parameters; JSON-valued fields (`blocks`, `view`, …) already parsed. */
export type Params = Record<string, unknown>;

/** Why Slack would refuse a call: the `error` code, and the detail Slack puts in `response_metadata`. */
export interface Refusal {
  error: string;
  detail?: string;
}

interface MethodRule {
  /** Parameters that must be present, `token` excluded (the SDK sends it as a bearer header). */
  required: string[];
  /** False only for api.test and oauth.*, which the spec lists without a token parameter. */
  takesToken: boolean;
}

interface OpenApiSpec {
  paths: Record<string, Record<string, { parameters?: { name: string; required?: boolean }[] }>>;
}

/** Methods newer than the 2020–2021 spec that the app uses: the files.uploadV2 flow and Socket Mode. */
const NEWER_METHODS: Record<string, MethodRule> = {
  'files.getUploadURLExternal': { required: ['filename', 'length'], takesToken: true },
  'files.completeUploadExternal': { required: ['files'], takesToken: true },
  'apps.connections.open': { required: [], takesToken: true },
};

/** Only an app-level token (xapp-) opens a Socket Mode connection, and it is good for nothing else we call. */
const APP_TOKEN_METHODS = new Set(['apps.connections.open']);
const TOKEN_SHAPE = /^(xoxb|xoxp|xapp|xoxe\.xoxp)-[\w-]+$/;

let rules: Map<string, MethodRule> | undefined;

function methodRules(): Map<string, MethodRule> {
  if (rules) return rules;
  const specUrl = new URL('./slack_web_openapi_v2.json', import.meta.url);
  const spec = JSON.parse(readFileSync(specUrl, 'utf8')) as OpenApiSpec;
  rules = new Map();
  for (const [path, operations] of Object.entries(spec.paths)) {
    const parameters = Object.values(operations).flatMap((operation) => operation.parameters ?? []);
    rules.set(path.replace(/^\//, ''), {
      required: parameters.filter((p) => p.required && p.name !== 'token').map((p) => p.name),
      takesToken: parameters.some((p) => p.name === 'token'),
    });
  }
  for (const [method, rule] of Object.entries(NEWER_METHODS)) rules.set(method, rule);
  return rules;
}

export function isKnownMethod(method: string): boolean {
  return methodRules().has(method);
}

function isMissing(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/**
 * What Slack would answer instead of `ok: true`, or undefined if it would accept the call.
 * `acceptedTokens`, when given, is the workspace's whole set of valid tokens.
 */
export function refusal(
  method: string,
  params: Params,
  token: string | undefined,
  acceptedTokens?: readonly string[],
): Refusal | undefined {
  const rule = methodRules().get(method);
  if (!rule) return { error: 'unknown_method' };
  if (rule.takesToken) {
    if (!token) return { error: 'not_authed' };
    if (!TOKEN_SHAPE.test(token) || (acceptedTokens && !acceptedTokens.includes(token))) {
      return { error: 'invalid_auth' };
    }
    if (token.startsWith('xapp-') !== APP_TOKEN_METHODS.has(method)) return { error: 'not_allowed_token_type' };
  }
  const missing = rule.required.find((name) => isMissing(params[name]));
  if (missing) return { error: 'invalid_arguments', detail: `missing required field: ${missing}` };
  return beyondSpec(method, params);
}

/** Rules Slack enforces that the OpenAPI description does not express. */
function beyondSpec(method: string, params: Params): Refusal | undefined {
  switch (method) {
    case 'chat.postMessage':
    case 'chat.postEphemeral':
    case 'chat.scheduleMessage':
    case 'chat.update':
      if (['text', 'markdown_text', 'blocks', 'attachments'].every((field) => isMissing(params[field]))) {
        return { error: 'no_text' };
      }
      return blocksRefusal(params.blocks, 50, 'invalid_blocks');
    case 'users.info':
      return isMissing(params.user) ? { error: 'user_not_found' } : undefined;
    case 'conversations.open':
      return isMissing(params.users) && isMissing(params.channel) ? { error: 'users_list_not_supplied' } : undefined;
    case 'views.update':
      if (isMissing(params.view_id) && isMissing(params.external_id)) {
        return { error: 'invalid_arguments', detail: 'view_id or external_id is required' };
      }
      return viewRefusal(params.view, ['modal', 'home']);
    case 'views.publish':
      return viewRefusal(params.view, ['home']);
    case 'views.open':
    case 'views.push':
      return viewRefusal(params.view, ['modal']);
    default:
      return undefined;
  }
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Slack counts characters, not UTF-16 units: a Chinese title of 24 characters fits. */
function textLength(textObject: unknown): number {
  return isObject(textObject) && typeof textObject.text === 'string' ? [...textObject.text].length : 0;
}

/** Block Kit limits that most often bite a bot rendering lists: block count and text lengths. */
function blocksRefusal(blocks: unknown, maxBlocks: number, error: string): Refusal | undefined {
  if (blocks === undefined) return undefined;
  if (!Array.isArray(blocks)) return { error: 'invalid_blocks_format', detail: 'blocks must be a JSON array' };
  if (blocks.length > maxBlocks)
    return { error, detail: `no more than ${maxBlocks} items allowed [json-pointer:/blocks]` };
  for (const [i, block] of blocks.entries()) {
    if (!isObject(block) || typeof block.type !== 'string')
      return { error, detail: `missing type [json-pointer:/blocks/${i}]` };
    if (block.type === 'section' && textLength(block.text) > 3000) {
      return { error, detail: `must be less than 3001 characters [json-pointer:/blocks/${i}/text]` };
    }
    if (block.type === 'header' && textLength(block.text) > 150) {
      return { error, detail: `must be less than 151 characters [json-pointer:/blocks/${i}/text]` };
    }
  }
  return undefined;
}

function viewRefusal(view: unknown, types: string[]): Refusal | undefined {
  const invalid = (detail: string): Refusal => ({ error: 'invalid_arguments', detail });
  if (!isObject(view)) return invalid('view must be a JSON object');
  if (typeof view.type !== 'string' || !types.includes(view.type))
    return invalid(`view type must be ${types.join(' or ')}`);
  if (view.type === 'modal') {
    if (!isObject(view.title)) return invalid('modal needs a title [json-pointer:/view/title]');
    for (const field of ['title', 'submit', 'close'] as const) {
      if (textLength(view[field]) > 24)
        return invalid(`must be less than 25 characters [json-pointer:/view/${field}/text]`);
    }
  }
  const refused = blocksRefusal(view.blocks ?? [], 100, 'invalid_arguments');
  return refused && { ...refused, detail: refused.detail?.replace('json-pointer:/', 'json-pointer:/view/') };
}
