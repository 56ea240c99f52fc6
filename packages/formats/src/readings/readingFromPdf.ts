import { blockSeparator } from '@warrant/model'
import { ReadingError, quoteFileName } from './ReadingError'
import type { Reading, ReadingBlock } from './Reading'
import { completeReading, tooLong } from './completeReading'
import { maxReadingTextLength } from './readingLimits'
import { joinLine } from './pdf/joinLine'
import { linesFromRuns } from './pdf/linesFromRuns'
import { loadPdfjs } from './pdf/loadPdfjs'
import { continuesOnNextPage, paragraphsFromLines } from './pdf/paragraphsFromLines'
import { runsFromTextContent } from './pdf/runsFromTextContent'

export interface PdfReadingOptions {
  name?: string
  /** Called after each page with the fraction done (0–1). */
  onProgress?: (fraction: number) => void
}

/**
 * A PDF reading from its text layer: runs → lines → paragraphs (by vertical gaps, indentation
 * and short last lines), end-of-line hyphenation removed where a lowercase word goes on. Page
 * starts are recorded in `pages` (plain-text offsets); no marker is put into the text.
 */
export async function readingFromPdf(bytes: Uint8Array, options: PdfReadingOptions = {}): Promise<Reading> {
  const name = options.name ?? 'document.pdf'
  const pdfjs = await loadPdfjs()
  // pdfjs takes ownership of (detaches) the buffer it is given: give it a copy.
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false })
  try {
    const document = await task.promise.catch((error: unknown) => {
      throw pdfError(name, error)
    })
    const paragraphs: string[] = []
    const pageStarts: { paragraph: number; offset: number }[] = []
    let length = 0
    let lastLineText = ''
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
      const page = await document.getPage(pageNumber).catch((error: unknown) => {
        throw pdfError(name, error)
      })
      const content = await page.getTextContent()
      page.cleanup()
      const pageParagraphs = paragraphsFromLines(linesFromRuns(runsFromTextContent(content.items)))
      let pageStart: { paragraph: number; offset: number } | null = null
      pageParagraphs.forEach((paragraph, index) => {
        const continues = index === 0 && paragraphs.length > 0 && continuesOnNextPage(lastLineText, paragraph)
        let text = continues ? paragraphs.pop()! : ''
        if (!continues) length += paragraphs.length > 0 ? blockSeparator.length : 0
        else length -= text.length
        for (const [lineIndex, line] of paragraph.lines.entries()) {
          const joined = joinLine(text, line.text)
          if (index === 0 && lineIndex === 0) pageStart = { paragraph: paragraphs.length, offset: joined.length - line.text.length }
          text = joined
        }
        paragraphs.push(text)
        length += text.length
        lastLineText = paragraph.lines.at(-1)?.text ?? ''
      })
      pageStarts.push(pageStart ?? { paragraph: paragraphs.length, offset: 0 })
      if (length > maxReadingTextLength) throw tooLong(name, length)
      options.onProgress?.(pageNumber / document.numPages)
    }
    if (paragraphs.length === 0) throw new ReadingError('empty', `${quoteFileName(name)} has no text layer to read (a scanned PDF needs text recognition first).`)
    const blocks: ReadingBlock[] = paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }))
    const title = await titleOf(document)
    return completeReading({ ...(title ? { title } : {}), blocks, pages: offsetsOf(pageStarts, paragraphs), warnings: [] }, name)
  } finally {
    await task.destroy()
  }
}

function offsetsOf(starts: readonly { paragraph: number; offset: number }[], paragraphs: readonly string[]): number[] {
  const paragraphOffsets: number[] = []
  let offset = 0
  for (const text of paragraphs) {
    paragraphOffsets.push(offset)
    offset += text.length + blockSeparator.length
  }
  const end = Math.max(0, offset - blockSeparator.length)
  return starts.map((start) => (start.paragraph < paragraphOffsets.length ? paragraphOffsets[start.paragraph]! + start.offset : end))
}

async function titleOf(document: { getMetadata(): Promise<{ info: unknown }> }): Promise<string | undefined> {
  const metadata = await document.getMetadata().catch(() => null)
  const title = (metadata?.info as { Title?: unknown } | undefined)?.Title
  return typeof title === 'string' && title.trim() ? title.trim().slice(0, 200) : undefined
}

function pdfError(name: string, error: unknown): ReadingError {
  if (error instanceof ReadingError) return error
  const kind = (error as { name?: string } | null)?.name
  const message = error instanceof Error ? error.message : String(error)
  if (kind === 'PasswordException') return new ReadingError('unsupported', `${quoteFileName(name)} is password-protected; save an unprotected copy and try again.`, { cause: error })
  return new ReadingError('corrupt', `${quoteFileName(name)} is not a readable PDF: ${message}.`, { cause: error })
}
