// Slack reads &, < and > as control characters: `<!channel>`, `<@U…>` and
// `<https://…|…>` are live. zonebot's own text and what people typed are both
// plain text here; the one live form is a mention zonebot makes itself, written
// as a marked token. The block builders (blocks.ts) turn text into Slack text
// exactly once: everything escaped, then only the marked tokens made live.

const OPEN = '\uE000';
const CLOSE = '\uE001';
const TOKEN = /\uE000([@#])([UWCDG][A-Z0-9]{2,})\uE001/g;
const MARKERS = /[\uE000\uE001]/g;
const SLACK_USER = /^[UW][A-Z0-9]{2,}$/;
const SLACK_CHANNEL = /^[CDG][A-Z0-9]{2,}$/;

/** A live mention of a Slack user; anything that is not a user ID stays plain text. */
export function mention(userId: string): string {
  return SLACK_USER.test(userId) ? `${OPEN}@${userId}${CLOSE}` : userId;
}

/** A live link to a channel (#name, as the reader's Slack shows it). */
export function channelLink(channelId: string): string {
  return SLACK_CHANNEL.test(channelId) ? `${OPEN}#${channelId}${CLOSE}` : channelId;
}

function escapeControl(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text for a mrkdwn field or a message's `text`: escaped, with zonebot's mentions live. */
export function toMrkdwn(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    out += escapeControl(text.slice(last, m.index).replace(MARKERS, ''));
    out += `<${m[1]}${m[2]}>`;
    last = m.index + m[0].length;
  }
  return out + escapeControl(text.slice(last).replace(MARKERS, ''));
}

/** Text for a plain_text field, a modal error or a file title: escaped, mentions as `@U…`. */
export function toPlain(text: string): string {
  return escapeControl(text.replace(TOKEN, '$1$2').replace(MARKERS, ''));
}

/** Text for the terminal, or a value shown for editing: mentions as `@U…`, nothing escaped. */
export function toRaw(text: string): string {
  return text.replace(TOKEN, '$1$2').replace(MARKERS, '');
}

/**
 * What a person typed, as they typed it. Slack sends message and command text
 * with &, < and > escaped; modal values and files arrive raw. Marker characters
 * are dropped so that typed text can never pass for one of zonebot's mentions.
 */
export function decodeSlackText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(MARKERS, '');
}

/** Raw input (a modal value, a CSV cell) with the marker characters dropped. */
export function typedText(text: string): string {
  return text.replace(MARKERS, '');
}

export function bold(text: string): string {
  return `*${text}*`;
}
