// A CJK character is one em wide, as ECharts also assumes on a server without a
// canvas. The font's Latin letters (from Source Sans) average about half an em,
// capitals a little more; erring wide only cuts a name a letter early.
function charWidth(char: string, fontSize: number): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x2e80) return fontSize;
  return (/[A-Z]/.test(char) ? 0.64 : 0.54) * fontSize;
}

export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += charWidth(char, fontSize);
  return width;
}

/** The text cut with an ellipsis to fit the width, so a long name cannot push the bars aside. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const room = maxWidth - textWidth('…', fontSize);
  let width = 0;
  let kept = '';
  for (const char of text) {
    width += charWidth(char, fontSize);
    if (width > room) break;
    kept += char;
  }
  return `${kept.trimEnd()}…`;
}
