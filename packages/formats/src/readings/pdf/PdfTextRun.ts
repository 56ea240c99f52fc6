/** A piece of text as a PDF positions it (pdfjs's TextItem, in page units, y growing upwards). */
export interface PdfTextRun {
  text: string
  x: number
  /** Baseline. */
  y: number
  width: number
  fontSize: number
  /** pdfjs saw the end of a line after this run. */
  hasEOL: boolean
}

/** One line of a page. */
export interface PdfLine {
  text: string
  x: number
  y: number
  right: number
  fontSize: number
}
