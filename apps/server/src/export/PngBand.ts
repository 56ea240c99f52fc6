/**
 * One horizontal strip of a PNG, rasterised and compressed on a PNG thread: its scanlines (each
 * with filter byte 0) as raw deflate data that ends on a byte boundary, so strips laid end to end
 * make one zlib stream (`assemblePng`). Only the last strip's data is final.
 */
export interface PngBand {
  width: number
  height: number
  deflated: Uint8Array
  /** Adler-32 of the strip's uncompressed scanlines, and their length, to sum the whole stream's. */
  adler: number
  length: number
}
