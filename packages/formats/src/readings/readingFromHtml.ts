import { ReadingError, quoteFileName } from './ReadingError'
import type { Reading } from './Reading'
import { blocksFromHtml } from './blocksFromHtml'
import { completeReading } from './completeReading'
import { decodeText, normaliseLineEnds } from './decodeText'
import { sanitiseHtml, type HtmlWindow, type SanitisedHtml } from './sanitiseHtml'

export interface HtmlReadingOptions {
  /** The DOM DOMPurify parses with: `window` in a page; a happy-dom `Window` on the server. */
  window: HtmlWindow
  /** The file's name, for messages. */
  name?: string
  /** Warnings from an earlier step (mammoth's), kept in the reading. */
  warnings?: readonly string[]
}

/**
 * An HTML reading: sanitised by DOMPurify first (scripts, styles, frames, event handlers and
 * links other than http:, https: and mailto: are gone), then mapped to the reading's blocks.
 */
export function readingFromHtml(input: Uint8Array | string, options: HtmlReadingOptions): Reading {
  const name = options.name ?? 'page.html'
  const warnings = [...(options.warnings ?? [])]
  const html = normaliseLineEnds(typeof input === 'string' ? input : decodeText(input, name, warnings))
  let sanitised: SanitisedHtml
  try {
    sanitised = sanitiseHtml(html, options.window)
  } catch (error) {
    throw new ReadingError('corrupt', `${quoteFileName(name)} could not be read as HTML: ${error instanceof Error ? error.message : String(error)}.`, { cause: error })
  }
  const { blocks, droppedLinks, droppedImages } = blocksFromHtml(sanitised.body)
  if (droppedLinks > 0) warnings.push(`${droppedLinks} link(s) with an unsafe or relative address were kept as plain text.`)
  if (droppedImages > 0) warnings.push(`${droppedImages} image(s) without a text alternative were left out.`)
  const title = (sanitised.title ?? sanitised.body.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim())?.slice(0, 200)
  return completeReading({ ...(title ? { title } : {}), blocks, warnings }, name)
}
