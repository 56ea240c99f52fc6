import type { MapSnapshot } from '@warrant/model'
import { type ExportFormat, type ExportScale, exportFileName, mapToSvg } from '@warrant/formats'
import { downloadBlob } from './downloadBlob'
import { fetchServerExport } from './fetchServerExport'
import { rasteriseSvg } from './rasteriseSvg'

export interface ExportRequest {
  roomId: string
  /** Names the file: the reading's title, else the room id. */
  fileBase: string
  snapshot: MapSnapshot
  orphaned: ReadonlySet<string>
  format: ExportFormat
  scale: ExportScale
  title: string
  legend: boolean
}

/**
 * Makes and downloads one export. SVG and PNG are drawn here from the snapshot on screen (so
 * they work offline and include unsaved edits); PDF comes from the server, which embeds the font
 * and keeps the drawing as vectors (pdfkit + svg-to-pdfkit are Node libraries, too big to ship).
 */
export async function exportMap(request: ExportRequest): Promise<void> {
  const title = request.title.trim()
  const fileName = exportFileName(request.fileBase, request.format)
  const options = { orphaned: request.orphaned, legend: request.legend, ...(title ? { title } : {}) }
  switch (request.format) {
    case 'svg': {
      const svg = mapToSvg(request.snapshot, options)
      downloadBlob(new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`], { type: 'image/svg+xml' }), fileName)
      return
    }
    case 'png': {
      const svg = mapToSvg(request.snapshot, { ...options, scale: request.scale })
      downloadBlob(await rasteriseSvg(svg), fileName)
      return
    }
    case 'pdf':
      downloadBlob(await fetchServerExport({ roomId: request.roomId, format: 'pdf', title, legend: request.legend }), fileName)
  }
}
