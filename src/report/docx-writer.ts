import type { Paragraph, Table } from 'docx';
import { renderRankingChart } from '../charts/ranking-chart.js';
import type { Lang } from '../i18n/lang.js';
import { documentStyles, FIRST_LINE, FOOTER_RUN, PAGE, TEXT_WIDTH, tableRun } from './docx-styles.js';
import type { Block, Outline } from './outline.js';

type Docx = typeof import('docx');

let loading: Promise<Docx> | undefined;

// Loaded with the first report, not at start: the bot needs it a few times a plan.
function loadDocx(): Promise<Docx> {
  loading ??= import('docx').catch((err: unknown) => {
    loading = undefined;
    throw err;
  });
  return loading;
}

/** A PNG's size in pixels, from its header. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Twips to the pixels (96 to the inch) that docx sizes pictures in. */
const TWIPS_PER_PIXEL = 15;

function table(d: Docx, block: Extract<Block, { kind: 'table' }>, lang: Lang): Table {
  const total = block.widths.reduce((a, b) => a + b, 0);
  const columns = block.widths.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  const cell = (text: string, column: number, header: boolean) =>
    new d.TableCell({
      width: { size: columns[column] ?? 0, type: 'dxa' },
      verticalAlign: 'center',
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      children: text.split('\n').map(
        (line) =>
          new d.Paragraph({
            alignment: header ? 'center' : 'left',
            spacing: { line: 300, lineRule: 'auto' },
            children: [new d.TextRun({ ...tableRun(lang, header), text: line })],
          }),
      ),
    });
  const rows = [
    new d.TableRow({ tableHeader: true, cantSplit: true, children: block.header.map((t, i) => cell(t, i, true)) }),
    ...block.rows.map((row) => new d.TableRow({ cantSplit: true, children: row.map((t, i) => cell(t, i, false)) })),
  ];
  return new d.Table({ rows, width: { size: TEXT_WIDTH, type: 'dxa' }, columnWidths: columns, layout: 'fixed' });
}

async function chart(d: Docx, block: Extract<Block, { kind: 'chart' }>, lang: Lang): Promise<Paragraph[]> {
  const png = await renderRankingChart(block.chart);
  const { width, height } = pngSize(png);
  const shown = Math.min(width, Math.floor(TEXT_WIDTH / TWIPS_PER_PIXEL));
  const image = new d.ImageRun({
    type: 'png',
    data: png,
    transformation: { width: shown, height: Math.round((height * shown) / width) },
    altText: { name: block.caption, description: block.caption, title: block.caption },
  });
  const centred = { alignment: 'center' as const, spacing: { line: 240, lineRule: 'auto' as const } };
  return [
    new d.Paragraph({ ...centred, children: [image] }),
    new d.Paragraph({ ...centred, children: [new d.TextRun({ ...tableRun(lang, false), text: block.caption })] }),
  ];
}

async function render(d: Docx, block: Block, lang: Lang): Promise<(Paragraph | Table)[]> {
  switch (block.kind) {
    case 'title':
      return [new d.Paragraph({ style: 'Title', children: [new d.TextRun(block.text)] })];
    case 'subtitle':
      return [new d.Paragraph({ alignment: 'center', children: [new d.TextRun(block.text)] })];
    case 'heading':
      return [new d.Paragraph({ style: `Heading${block.level}`, children: [new d.TextRun(block.text)] })];
    case 'paragraph':
      return [
        new d.Paragraph({
          indent: { firstLine: FIRST_LINE },
          alignment: 'both',
          children: [new d.TextRun(block.text)],
        }),
      ];
    case 'table':
      // A line after a table, so the next table or paragraph does not run into it.
      return [table(d, block, lang), new d.Paragraph({ children: [] })];
    case 'chart':
      return chart(d, block, lang);
  }
}

/**
 * Writes an outline as a Word document: A4 with a government document's
 * margins, fonts and line, tables with a repeated header row, the charts
 * drawn in, and the page number centred below ("— 1 —"). docx and the
 * chart libraries are loaded on the first call.
 */
export async function writeDocx(outline: Outline): Promise<Buffer> {
  const d = await loadDocx();
  const children: (Paragraph | Table)[] = [];
  for (const block of outline.blocks) children.push(...(await render(d, block, outline.lang)));
  const footer = new d.Footer({
    children: [
      new d.Paragraph({
        alignment: 'center',
        children: [new d.TextRun({ ...FOOTER_RUN, children: ['— ', d.PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
  const document = new d.Document({
    title: outline.title,
    subject: outline.title,
    creator: 'zonebot',
    styles: documentStyles(outline.lang),
    sections: [{ properties: { page: PAGE }, footers: { default: footer }, children }],
  });
  return d.Packer.toBuffer(document);
}
