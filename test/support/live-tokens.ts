/** Fields Slack never shows or parses: ids and values zonebot reads back, never text for people. */
const NOT_TEXT = new Set([
  'value',
  'action_id',
  'block_id',
  'callback_id',
  'private_metadata',
  'trigger_id',
  'response_url',
  'view_id',
  'hash',
  'channel',
  'channel_id',
  'user_id',
  'users',
  'ts',
  'thread_ts',
  'filename',
  'file',
]);

const TOKEN = /<(?:!|#|@|https?:|mailto:)[^>]*>/g;

/**
 * Every live Slack token (`<!channel>`, `<@U…>`, `<#C…>`, `<https://…|…>`) in
 * the text fields of something sent to Slack, except mentions of `allowed`
 * users, which zonebot itself makes on purpose.
 */
export function liveTokens(payload: unknown, allowed: ReadonlySet<string> = new Set()): string[] {
  const found: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      if (NOT_TEXT.has(key)) return;
      for (const [token] of value.matchAll(TOKEN)) {
        const user = /^<@([UW][A-Z0-9]+)>$/.exec(token)?.[1];
        if (!user || !allowed.has(user)) found.push(`${key}: ${token}`);
      }
    } else if (Array.isArray(value)) for (const v of value) walk(v, key);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(payload, '');
  return found;
}
