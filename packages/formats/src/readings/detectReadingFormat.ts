import { ReadingError, quoteFileName } from './ReadingError'

export type ReadingFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf'

/** What the file picker offers. */
export const readingFileExtensions = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.pdf'] as const

const byExtension: Record<string, ReadingFormat> = { txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html', xhtml: 'html', docx: 'docx', pdf: 'pdf' }
const byMime: Record<string, ReadingFormat> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
}

/** Files people try that are not readings, by their first bytes. */
const otherMagic: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x52, 0x49, 0x46, 0x46], 'a RIFF (WebP, WAV or AVI) file'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Word (.doc) or Office 97–2003 file — save it as .docx'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF file — save it as .docx'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x25, 0x21, 0x50, 0x53], 'a PostScript file'],
]

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((byte, index) => bytes[index] === byte)

/** The format by magic bytes first, then extension, then MIME type; text that looks like HTML is HTML. */
export function detectReadingFormat(bytes: Uint8Array, name: string, mime?: string): ReadingFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''
  const claimed = byExtension[extension] ?? byMime[(mime ?? '').split(';')[0]!.trim().toLowerCase()]
  // "%PDF-" may follow a little junk; PDF readers accept it within the first kilobyte.
  if (indexOfAscii(bytes.subarray(0, 1024), '%PDF-') >= 0) return 'pdf'
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (claimed === 'docx' || claimed === undefined) return 'docx'
    throw new ReadingError('unsupported', `${quoteFileName(name)} is a ZIP archive, not ${describe(claimed)}.`)
  }
  const other = otherMagic.find(([magic]) => startsWith(bytes, magic))
  if (other) throw new ReadingError('unsupported', `${quoteFileName(name)} is ${other[1]}, not ${claimed ? describe(claimed) : 'a reading (.txt, .md, .html, .docx or .pdf)'}.`)
  if (claimed === 'pdf') throw new ReadingError('corrupt', `${quoteFileName(name)} is not a readable PDF: it does not start with a PDF header.`)
  if (claimed === 'docx') throw new ReadingError('corrupt', `${quoteFileName(name)} is not a readable Word document: it is not a .docx (ZIP) file.`)
  if (claimed) return claimed
  if (extension && !['', 'text'].includes(extension) && bytes.subarray(0, 8192).includes(0)) throw new ReadingError('unsupported', `${quoteFileName(name)} is not a reading: open .txt, .md, .html, .docx or .pdf files.`)
  return /^\s*(<!doctype html|<html[\s>])/i.test(new TextDecoder().decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '')) ? 'html' : 'text'
}

function describe(format: ReadingFormat): string {
  return { text: 'a text file', markdown: 'a Markdown file', html: 'an HTML page', docx: 'a Word document', pdf: 'a PDF' }[format]
}

function indexOfAscii(bytes: Uint8Array, ascii: string): number {
  outer: for (let start = 0; start + ascii.length <= bytes.length; start++) {
    for (let index = 0; index < ascii.length; index++) if (bytes[start + index] !== ascii.charCodeAt(index)) continue outer
    return start
  }
  return -1
}
