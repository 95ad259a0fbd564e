/** A rendered image as resvg returns it: RGBA bytes, row by row. */
export interface Raster {
  width: number;
  height: number;
  pixels: Buffer;
}

/**
 * How dark each pixel of a column band is, 0 (white) to 255 (black), for
 * black text on white: one array per glyph cell of the given width.
 */
export function inkCells(image: Raster, left: number, cellWidth: number, count: number): Uint8Array[] {
  return Array.from({ length: count }, (_, cell) => {
    const ink = new Uint8Array(cellWidth * image.height);
    for (let y = 0; y < image.height; y++) {
      for (let x = 0; x < cellWidth; x++) {
        const red = image.pixels[4 * (y * image.width + left + cell * cellWidth + x)] ?? 255;
        ink[y * cellWidth + x] = 255 - red;
      }
    }
    return ink;
  });
}

/** The share of a cell's pixels that are clearly inked. */
export function coverage(cell: Uint8Array): number {
  return cell.filter((value) => value > 127).length / cell.length;
}

/** The share of pixels where two cells differ clearly. */
export function difference(a: Uint8Array, b: Uint8Array): number {
  let differing = 0;
  for (let i = 0; i < a.length; i++) if (Math.abs((a[i] ?? 0) - (b[i] ?? 0)) > 127) differing++;
  return differing / a.length;
}
