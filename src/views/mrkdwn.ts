/** Slack treats &, < and > as control characters in text; plan text must not be read as links or mentions. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function bold(text: string): string {
  return `*${escapeText(text)}*`;
}
