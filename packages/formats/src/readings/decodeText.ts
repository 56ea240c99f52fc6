import { ReadingError, quoteFileName } from './ReadingError'

/**
 * Bytes of a text file as a string: UTF-8 with or without BOM, UTF-16 with BOM; text that is not
 * valid UTF-8 is read as Windows-1252 (what old Word and Windows editors wrote), with a warning.
 */
export function decodeText(bytes: Uint8Array, name: string, warnings: string[]): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3))
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  if (bytes.subarray(0, 8192).includes(0)) throw new ReadingError('unsupported', `${quoteFileName(name)} is not a text file: it contains binary data.`)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    warnings.push(`${quoteFileName(name)} is not valid UTF-8; it was read as Windows-1252.`)
    return decodeWindows1252(bytes)
  }
}

/** Windows-1252's 0x80–0x9F (curly quotes, dashes, €…); every other byte is Latin-1. Node's decoder treats the label as Latin-1. */
const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

function decodeWindows1252(bytes: Uint8Array): string {
  let text = ''
  for (let start = 0; start < bytes.length; start += 8192) {
    text += String.fromCharCode(...bytes.subarray(start, start + 8192)).replace(/[\u0080-\u009f]/g, (character) => windows1252High[character.charCodeAt(0) - 0x80]!)
  }
  return text
}

/** Unix line ends, no BOM (a BOM can survive inside a decoded string), no control characters but tab and newline. */
export function normaliseLineEnds(text: string): string {
  // oxlint-disable-next-line no-control-regex
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
}
