// ECharts reads {style|text} in a label as styled text and has no escape for it,
// so braces from a name are drawn as their full-width forms instead.
export function richSafe(text: string): string {
  return text.replaceAll('{', '｛').replaceAll('}', '｝');
}
