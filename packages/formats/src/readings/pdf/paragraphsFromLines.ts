import type { PdfLine } from './PdfTextRun'

const pageNumber = /^(page\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(\s*(of|\/)\s*\d{1,4})?$/i
const sentenceEnd = /[.!?:;"”’»)\]…。！？]$/u

/** The lines of one paragraph, and whether its first line was indented. */
export interface PdfParagraph {
  lines: PdfLine[]
  indented: boolean
}

/**
 * Groups a page's lines into paragraphs. A paragraph ends at a vertical gap clearly larger than
 * the page's usual line spacing, at a change of font size, before a line indented from the left
 * margin (when the line above was not), or after a short line ending a sentence. A bare page
 * number as the first or last line of a page is dropped.
 */
export function paragraphsFromLines(input: readonly PdfLine[]): PdfParagraph[] {
  const lines = input.filter((line, index) => !((index === 0 || index === input.length - 1) && pageNumber.test(line.text)))
  if (lines.length === 0) return []
  const spacing = usualSpacing(lines)
  const left = mode(lines.map((line) => line.x))
  const right = Math.max(...lines.map((line) => line.right))
  const isIndented = (line: PdfLine) => line.x - left > line.fontSize * 0.8
  const paragraphs: PdfParagraph[] = []
  let current: PdfParagraph = { lines: [lines[0]!], indented: isIndented(lines[0]!) }
  for (let index = 1; index < lines.length; index++) {
    const previous = lines[index - 1]!
    const line = lines[index]!
    const gap = previous.y - line.y
    const size = Math.max(previous.fontSize, line.fontSize)
    const usual = spacing ?? size * 1.2
    const breaks =
      gap <= 0 ||
      gap > usual * 1.4 ||
      Math.abs(line.fontSize - previous.fontSize) > size * 0.15 ||
      (isIndented(line) && !isIndented(previous)) ||
      (sentenceEnd.test(previous.text) && previous.right < left + (right - left) * 0.75)
    if (breaks) {
      paragraphs.push(current)
      current = { lines: [line], indented: isIndented(line) }
    } else current.lines.push(line)
  }
  paragraphs.push(current)
  return paragraphs
}

/** The most common gap between consecutive baselines in the same font size (rounded to a point), if any. */
function usualSpacing(lines: readonly PdfLine[]): number | null {
  const gaps: number[] = []
  for (let index = 1; index < lines.length; index++) {
    const gap = lines[index - 1]!.y - lines[index]!.y
    const size = lines[index]!.fontSize
    if (gap > size * 0.8 && gap < size * 3 && Math.abs(lines[index - 1]!.fontSize - size) < 0.5) gaps.push(gap)
  }
  if (gaps.length === 0) return null
  const usual = mode(gaps)
  return Math.min(...gaps.filter((gap) => Math.abs(gap - usual) <= 0.5), usual)
}

function mode(values: readonly number[]): number {
  const counts = new Map<number, number>()
  for (const value of values) counts.set(Math.round(value), (counts.get(Math.round(value)) ?? 0) + 1)
  let best = Math.round(values[0] ?? 0)
  for (const [value, count] of counts) if (count > (counts.get(best) ?? 0) || (count === counts.get(best) && value < best)) best = value
  return best
}

/** Whether the text at a page's end reads on into the next page's first line. */
export function continuesOnNextPage(lastText: string, next: PdfParagraph): boolean {
  const first = next.lines[0]?.text ?? ''
  return !next.indented && !sentenceEnd.test(lastText) && /^\p{Ll}/u.test(first)
}
