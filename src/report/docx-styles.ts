import type { IStylesOptions } from 'docx';
import type { Lang } from '../i18n/lang.js';

// Government documents are set by GB/T 9704: A4, the title in 方正小标宋 二号, the text in 仿宋_GB2312
// 三号 on a fixed 28-point line, headings of the first level in 黑体, of the second in 楷体_GB2312.
// Each font is named for East Asian text; Word puts a font it has in place of one it lacks.

/** Sizes in half-points, as Word counts them. */
const PT = (points: number) => points * 2;
const SIZE = { title: PT(22), body: PT(16), table: PT(12), footer: PT(14) };

const FONTS = {
  title: '方正小标宋简体',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  body: '仿宋_GB2312',
};

/**
 * A run's fonts: the Chinese font for Chinese text, Times New Roman for the
 * Latin letters and digits around it. The hint has Word set the characters
 * both scripts share, such as “ ” and —, in the Chinese font, at its widths.
 */
export function fontOf(eastAsia: string) {
  return { eastAsia, ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', hint: 'eastAsia' };
}

/** An English report is in Times New Roman, with the Chinese it quotes (a document number, 约谈整改) in 宋体. */
const LATIN = { eastAsia: '宋体', ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman' };

/** A4, with GB/T 9704's margins: 37 mm top, 35 mm bottom, 28 mm left, 26 mm right (in twips). */
export const PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: 2098, bottom: 1984, left: 1587, right: 1474, footer: 1134 },
};

/** The width text may take between the margins, in twips. */
export const TEXT_WIDTH = PAGE.size.width - PAGE.margin.left - PAGE.margin.right;

/** 28 points, exactly: a government document's line. */
const LINE = { line: 560, lineRule: 'exact' as const };

/** Two characters of 三号 text: a paragraph's first line is indented by them. */
export const FIRST_LINE = 640;

/** Tables are set a size smaller (小四): their header row in 黑体, the rest in the text's font. */
export function tableRun(lang: Lang, header: boolean) {
  const font = lang === 'en' ? LATIN : fontOf(header ? FONTS.heading1 : FONTS.body);
  return { font, size: SIZE.table, bold: lang === 'en' && header };
}

/** The page number, centred below: — 1 —, in 宋体 四号. */
export const FOOTER_RUN = { font: fontOf('宋体'), size: SIZE.footer };

/**
 * The document's styles: the defaults for body text and Word's own Title and
 * Heading 1–3, so Word's navigation pane and any reader of headings find
 * the outline. English keeps the layout and takes Times New Roman throughout.
 */
export function documentStyles(lang: Lang): IStylesOptions {
  const latin = lang === 'en';
  const face = (eastAsia: string) => (latin ? LATIN : fontOf(eastAsia));
  return {
    default: {
      document: {
        run: { font: face(FONTS.body), size: SIZE.body },
        paragraph: { spacing: LINE },
      },
      title: {
        run: {
          font: latin ? fontOf('Times New Roman') : fontOf(FONTS.title),
          size: SIZE.title,
          bold: latin,
          color: '000000',
        },
        paragraph: { alignment: 'center', spacing: { line: 720, lineRule: 'exact', after: 240 } },
      },
      heading1: {
        run: { font: face(FONTS.heading1), size: SIZE.body, bold: latin, color: '000000' },
        paragraph: { spacing: LINE, indent: { firstLine: FIRST_LINE }, keepNext: true },
      },
      heading2: {
        run: { font: face(FONTS.heading2), size: SIZE.body, bold: latin, italics: false, color: '000000' },
        paragraph: { spacing: LINE, indent: { firstLine: FIRST_LINE }, keepNext: true },
      },
      heading3: {
        run: { font: face(FONTS.body), size: SIZE.body, bold: true, color: '000000' },
        paragraph: { spacing: LINE, indent: { firstLine: FIRST_LINE }, keepNext: true },
      },
    },
  };
}
