import type { Reading, ReadingBlock } from './Reading'
import { completeReading } from './completeReading'
import { decodeText, normaliseLineEnds } from './decodeText'

/**
 * A plain-text reading. With blank lines in the file, a blank line ends a paragraph and single
 * newlines inside one are the writer's line wrapping, so they become spaces (hard-wrapped text
 * reflows to the reader's width, and quotes anchored across a wrap match the words). With no blank
 * line anywhere, each line is a paragraph — text pasted from the web and the existing
 * `{title, text}` API (`writeReadingText`) read that way.
 */
export function readingFromText(input: Uint8Array | string, name = 'text.txt'): Reading {
  const warnings: string[] = []
  const text = normaliseLineEnds(typeof input === 'string' ? input : decodeText(input, name, warnings))
  const hasBlankLine = /\n[ \t\f\v\u00a0]*\n/.test(text.trim())
  const pieces = hasBlankLine ? text.split(/\n[ \t\f\v\u00a0]*\n/) : text.split('\n')
  const blocks: ReadingBlock[] = []
  for (const piece of pieces) {
    const paragraph = piece
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0)
      .join(' ')
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', content: [{ type: 'text', text: paragraph }] })
  }
  return completeReading({ blocks, warnings }, name)
}
