// pdfkit 0.20 and svg-to-pdfkit 0.1.8 ship no types; only what this folder uses is declared.
declare module 'pdfkit' {
  interface PDFDocumentOptions {
    size?: [number, number]
    margin?: number
    autoFirstPage?: boolean
    compress?: boolean
    info?: Record<string, string | Date>
  }
  class PDFDocument {
    constructor(options?: PDFDocumentOptions)
    registerFont(name: string, source: string | Buffer): this
    on(event: 'data', listener: (chunk: Buffer) => void): this
    on(event: 'end' | 'error', listener: (error?: unknown) => void): this
    end(): void
  }
  export default PDFDocument
}

declare module 'svg-to-pdfkit' {
  import type PDFDocument from 'pdfkit'
  interface SvgToPdfOptions {
    width?: number
    height?: number
    preserveAspectRatio?: string
    assumePt?: boolean
    useCSS?: boolean
    fontCallback?: (family: string, bold: boolean, italic: boolean, options: { fauxBold?: boolean; fauxItalic?: boolean }) => string
    warningCallback?: (message: string) => void
  }
  function SVGtoPDF(doc: PDFDocument, svg: string, x?: number, y?: number, options?: SvgToPdfOptions): void
  export default SVGtoPDF
}
