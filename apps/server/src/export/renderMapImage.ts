import type { MapSnapshot } from '@warrant/model'
import { type ExportFormat, type ExportScale, exportContentTypes, mapToSvg } from '@warrant/formats'
import { renderPdf } from './renderPdf'
import { renderPng } from './renderPng'

export interface RenderMapImageOptions {
  format: ExportFormat
  /** PNG only: 1, 2 or 4 times the map's size in CSS pixels. */
  scale?: ExportScale
  title?: string
  legend?: boolean
}

export interface RenderedMapImage {
  body: Uint8Array
  contentType: string
  extension: ExportFormat
}

/** The whole map as PNG (resvg, on its own thread), SVG, or vector PDF (pdfkit + svg-to-pdfkit), from one SVG drawing. */
export async function renderMapImage(snapshot: MapSnapshot, orphaned: ReadonlySet<string>, options: RenderMapImageOptions): Promise<RenderedMapImage> {
  const title = options.title?.trim() || undefined
  const svg = mapToSvg(snapshot, { orphaned, legend: options.legend ?? false, ...(title ? { title } : {}) })
  const contentType = exportContentTypes[options.format]
  switch (options.format) {
    case 'svg':
      return { body: new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`), contentType, extension: 'svg' }
    case 'png':
      return { body: await renderPng(svg, options.scale ?? 1), contentType, extension: 'png' }
    case 'pdf':
      return { body: await renderPdf(svg, title), contentType, extension: 'pdf' }
  }
}
