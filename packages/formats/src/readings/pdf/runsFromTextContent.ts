import type { PdfTextRun } from './PdfTextRun'

interface TextContentItem {
  type?: string
  str?: string
  transform?: number[]
  width?: number
  hasEOL?: boolean
}

/** pdfjs's text items as runs; marked-content items (no `str`) are skipped. */
export function runsFromTextContent(items: readonly TextContentItem[]): PdfTextRun[] {
  const runs: PdfTextRun[] = []
  for (const item of items) {
    if (typeof item.str !== 'string' || !item.transform) continue
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform
    runs.push({ text: item.str, x, y, width: item.width ?? 0, fontSize: Math.hypot(c, d) || Math.hypot(a, b), hasEOL: item.hasEOL === true })
  }
  return runs
}
