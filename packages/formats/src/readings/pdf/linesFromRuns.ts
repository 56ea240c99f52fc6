import type { PdfLine, PdfTextRun } from './PdfTextRun'

/**
 * Joins a page's runs into lines: a run stays on the line while its baseline is within half a
 * font size of it; a space is added where runs are apart and neither brings one.
 */
export function linesFromRuns(runs: readonly PdfTextRun[]): PdfLine[] {
  const lines: PdfLine[] = []
  let current: PdfLine | null = null
  let lineEnded = false
  for (const run of runs) {
    const size = run.fontSize > 0 ? run.fontSize : 10
    if (run.text.length === 0) {
      if (run.hasEOL) lineEnded = true
      continue
    }
    const sameLine = current !== null && !lineEnded && Math.abs(run.y - current.y) <= Math.max(size, current.fontSize) * 0.5
    if (!current || !sameLine) {
      if (current) lines.push(current)
      current = { text: run.text, x: run.x, y: run.y, right: run.x + run.width, fontSize: size }
    } else {
      const gap = run.x - current.right
      const needsSpace = gap > size * 0.15 && !/\s$/.test(current.text) && !/^\s/.test(run.text)
      current.text += (needsSpace ? ' ' : '') + run.text
      current.x = Math.min(current.x, run.x)
      current.right = Math.max(current.right, run.x + run.width)
      current.fontSize = Math.max(current.fontSize, size)
    }
    lineEnded = run.hasEOL
  }
  if (current) lines.push(current)
  return lines
    .map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() }))
    .filter((line) => line.text.length > 0)
}
