import { svgSize } from '@warrant/formats'
import PDFDocument from 'pdfkit'
import SVGtoPDF from 'svg-to-pdfkit'
import { exportFontFiles, hasExportFont } from './exportFonts'

/**
 * Lays an export SVG (scale 1) into a one-page PDF of the same size (1 px = 1 pt), as vectors:
 * paths stay paths and text stays text in embedded DejaVu Sans, so it prints sharp and is searchable.
 */
export function renderPdf(svg: string, title: string | undefined): Promise<Uint8Array> {
  const { width, height } = svgSize(svg) ?? { width: 595, height: 842 }
  const doc = new PDFDocument({ size: [width, height], margin: 0, info: { Title: title || 'Argument map', Creator: 'Warrant' } })
  const embedded = hasExportFont()
  if (embedded) {
    doc.registerFont('DejaVu', exportFontFiles.regular)
    doc.registerFont('DejaVu-Bold', exportFontFiles.bold)
  }
  const chunks: Buffer[] = []
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk) => chunks.push(chunk))
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    doc.on('error', (error) => reject(error))
  })
  SVGtoPDF(doc, svg, 0, 0, {
    width,
    height,
    assumePt: true,
    fontCallback: (_family, bold) => (embedded ? (bold ? 'DejaVu-Bold' : 'DejaVu') : bold ? 'Helvetica-Bold' : 'Helvetica'),
  })
  doc.end()
  return done
}
