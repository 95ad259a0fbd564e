import mammoth from 'mammoth';

/** What a reader of a Word document sees, in order: headings by level, paragraphs, tables as rows of cell text. */
export type DocItem =
  | { kind: 'h1' | 'h2' | 'h3' | 'p'; text: string }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'img'; alt: string };

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

const plain = (html: string) =>
  html
    .replace(/<br\s*\/?>/gu, '\n')
    .replace(/<[^>]+>/gu, '')
    .replace(/&(?:amp|lt|gt|quot|#39);/gu, (e) => ENTITIES[e] ?? e);

function rowsOf(table: string): string[][] {
  return [...table.matchAll(/<tr>(.*?)<\/tr>/gsu)].map(([, row = '']) =>
    [...row.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/gsu)].map(([, cell = '']) =>
      // A cell's paragraphs are its lines.
      plain(cell.replace(/<\/p><p>/gu, '\n')),
    ),
  );
}

/** Opens a .docx with mammoth, as a person's word processor would, and lists what it holds. */
export async function readDocx(bytes: Uint8Array): Promise<{ text: string; items: DocItem[] }> {
  const buffer = Buffer.from(bytes);
  const [{ value: text }, { value: html }] = await Promise.all([
    mammoth.extractRawText({ buffer }),
    mammoth.convertToHtml({ buffer }),
  ]);
  const items: DocItem[] = [];
  for (const [, tag = '', body = ''] of html.matchAll(/<(h[1-3]|p|table)>(.*?)<\/\1>/gsu)) {
    if (tag === 'table') items.push({ kind: 'table', rows: rowsOf(body) });
    else {
      for (const [, alt = ''] of body.matchAll(/<img[^>]*alt="([^"]*)"/gu))
        items.push({ kind: 'img', alt: plain(alt) });
      const words = plain(body);
      if (words) items.push({ kind: tag as 'h1' | 'h2' | 'h3' | 'p', text: words });
    }
  }
  return { text, items };
}

/** The items under a heading, up to the next heading of its level or above. */
export function section(items: DocItem[], heading: string): DocItem[] {
  const at = items.findIndex((i) => i.kind !== 'table' && i.kind !== 'img' && i.text === heading);
  if (at < 0) return [];
  const level = Number((items[at]?.kind ?? 'h9').slice(1));
  const after = items.slice(at + 1);
  const end = after.findIndex((i) => /^h[1-3]$/u.test(i.kind) && Number(i.kind.slice(1)) <= level);
  return end < 0 ? after : after.slice(0, end);
}

export const tablesIn = (items: DocItem[]) =>
  items.filter((i): i is Extract<DocItem, { kind: 'table' }> => i.kind === 'table');
