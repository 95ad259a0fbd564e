import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** What this module takes of WebAssembly, which the project's type libraries (ES2023, Node's) leave out. */
declare const WebAssembly: {
  instantiate(bytes: Uint8Array): Promise<{ instance: { exports: object } }>;
};

/** The functions of HarfBuzz's subsetter (harfbuzzjs, hb-subset compiled alone) that cutting a font takes; pointers are numbers. */
interface HarfBuzz {
  memory: { buffer: ArrayBuffer };
  _initialize(): void;
  malloc(bytes: number): number;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const MEMORY_MODE_READONLY = 1;
const SETS_LAYOUT_FEATURE_TAG = 6;

interface Font {
  hb: HarfBuzz;
  face: number;
}

async function load(fontFile: string): Promise<Font> {
  const wasm = await readFile(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
  const { instance } = await WebAssembly.instantiate(wasm);
  const hb = instance.exports as unknown as HarfBuzz;
  hb._initialize();
  const font = await readFile(fontFile);
  const data = hb.malloc(font.byteLength);
  if (data === 0) throw new Error(`HarfBuzz could not hold ${fontFile}`);
  new Uint8Array(hb.memory.buffer).set(font, data);
  // The face holds the blob; the font's bytes stay where they are for as long as the process.
  const blob = hb.hb_blob_create(data, font.byteLength, MEMORY_MODE_READONLY, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  return { hb, face };
}

/**
 * Each font read into HarfBuzz once a process: a ranking of many pages cuts
 * the same font for each, and copying its 8 MB in would cost more than the cut.
 */
const fonts = new Map<string, Promise<Font>>();

function fontOf(fontFile: string): Promise<Font> {
  let font = fonts.get(fontFile);
  if (!font) {
    font = load(fontFile);
    fonts.set(fontFile, font);
    font.catch(() => fonts.delete(fontFile));
  }
  return font;
}

/** The font file cut to the glyphs `text` needs, its layout features all kept, as an OpenType file's bytes. */
export async function subsetFont(fontFile: string, text: string): Promise<Buffer> {
  const { hb, face } = await fontOf(fontFile);
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error('HarfBuzz could not start a subset');
  let subset: number;
  try {
    const features = hb.hb_subset_input_set(input, SETS_LAYOUT_FEATURE_TAG);
    hb.hb_set_clear(features);
    hb.hb_set_invert(features);
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const c of text) hb.hb_set_add(unicodes, c.codePointAt(0) as number);
    subset = hb.hb_subset_or_fail(face, input);
  } finally {
    hb.hb_subset_input_destroy(input);
  }
  if (subset === 0) throw new Error(`HarfBuzz could not cut ${fontFile}`);
  const blob = hb.hb_face_reference_blob(subset);
  try {
    const at = hb.hb_blob_get_data(blob, 0);
    const length = hb.hb_blob_get_length(blob);
    if (length === 0) throw new Error(`HarfBuzz cut ${fontFile} to nothing`);
    // Copied out: the blob's memory is HarfBuzz's again once it is destroyed.
    return Buffer.from(new Uint8Array(hb.memory.buffer, at, length));
  } finally {
    hb.hb_blob_destroy(blob);
    hb.hb_face_destroy(subset);
  }
}
