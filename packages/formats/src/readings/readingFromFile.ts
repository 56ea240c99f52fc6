import { ReadingError, quoteFileName } from './ReadingError'
import type { Reading } from './Reading'
import { detectReadingFormat, type ReadingFormat } from './detectReadingFormat'
import { decodeText } from './decodeText'
import { htmlFromDocx } from './htmlFromDocx'
import { maxReadingFileBytes } from './readingLimits'
import { readingFromHtml } from './readingFromHtml'
import { readingFromMarkdown } from './readingFromMarkdown'
import { readingFromPdf } from './readingFromPdf'
import { readingFromText } from './readingFromText'
import type { HtmlWindow } from './sanitiseHtml'

/** A file read as far as it can be without a DOM: a reading, or HTML still to be sanitised. */
export type ReadingFileResult = { kind: 'reading'; reading: Reading } | { kind: 'html'; html: string; warnings: string[]; format: ReadingFormat }

/**
 * Everything `readingFromFile` does that needs no DOM (so it runs in a Web Worker): limits,
 * format detection, text/Markdown/PDF conversion, .docx → HTML. HTML comes back unsanitised,
 * as `{ kind: 'html' }`, for `readingFromHtml` with a DOM.
 */
export async function readReadingFile(bytes: Uint8Array, name: string, mime?: string, onProgress?: (fraction: number) => void): Promise<ReadingFileResult> {
  if (bytes.byteLength > maxReadingFileBytes) {
    throw new ReadingError('too-large', `${quoteFileName(name)} is too large: ${megabytes(bytes.byteLength)} MB, more than the limit of ${megabytes(maxReadingFileBytes)} MB.`)
  }
  if (bytes.byteLength === 0) throw new ReadingError('empty', `${quoteFileName(name)} is empty.`)
  const format = detectReadingFormat(bytes, name, mime)
  onProgress?.(0)
  switch (format) {
    case 'text':
      return { kind: 'reading', reading: readingFromText(bytes, name) }
    case 'markdown':
      return { kind: 'reading', reading: readingFromMarkdown(bytes, name) }
    case 'pdf':
      return { kind: 'reading', reading: await readingFromPdf(bytes, { name, ...(onProgress ? { onProgress } : {}) }) }
    case 'docx': {
      const { html, warnings } = await htmlFromDocx(bytes, name)
      return { kind: 'html', html, warnings, format }
    }
    case 'html': {
      const warnings: string[] = []
      return { kind: 'html', html: decodeText(bytes, name, warnings), warnings, format }
    }
  }
}

/**
 * A reading from a file of any supported kind (.txt, .md, .html, .docx, .pdf), picked by magic
 * bytes, extension and MIME type. HTML and .docx need a DOM for DOMPurify: pass `window`
 * (a happy-dom Window on the server); in a browser page the global window is used.
 * Throws a `ReadingError` (never a partial reading) when the file is too large, too long,
 * unsupported, corrupt or empty.
 */
export async function readingFromFile(bytes: Uint8Array, name: string, mime?: string, onProgress?: (fraction: number) => void, options: { window?: HtmlWindow } = {}): Promise<Reading> {
  const result = await readReadingFile(bytes, name, mime, onProgress)
  if (result.kind === 'reading') {
    onProgress?.(1)
    return result.reading
  }
  const window = options.window ?? globalWindow()
  if (!window) throw new ReadingError('unsupported', `${quoteFileName(name)} needs a DOM to be sanitised and none was given.`)
  const reading = readingFromHtml(result.html, { window, name, warnings: result.warnings })
  onProgress?.(1)
  return reading
}

function globalWindow(): HtmlWindow | undefined {
  const global = globalThis as { DOMParser?: unknown; document?: unknown }
  return typeof global.DOMParser === 'function' && global.document ? globalThis : undefined
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 })
