// opentype.js 2.0 ships no types; the width-table test uses only these.
declare module 'opentype.js' {
  interface Glyph {
    advanceWidth: number
  }
  interface Font {
    unitsPerEm: number
    charToGlyph(char: string): Glyph
  }
  export function parse(buffer: ArrayBuffer): Font
}
