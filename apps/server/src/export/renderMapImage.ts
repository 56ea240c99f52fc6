import type { MapSnapshot } from '@warrant/model'
import { type ExportFormat, type ExportScale, type MapDrawing, drawMap, exportContentTypes, mapToSvgBands } from '@warrant/formats'
import { ImageTooLargeError } from './ImageTooLargeError'
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

/**
 * The largest PNG the server renders: 16,384² pixels, Chromium's own canvas limit, as 1 GiB of
 * RGBA in the PNG thread (a 500-node map at 4× is 301 megapixels and peaks at 2.8 GB RSS).
 */
export const maxPngPixels = 16_384 * 16_384

/** The whole map as PNG (painted on Skia, in strips on the PNG threads), SVG, or vector PDF (pdfkit + svg-to-pdfkit), from one SVG drawing. */
export async function renderMapImage(snapshot: MapSnapshot, orphaned: ReadonlySet<string>, options: RenderMapImageOptions): Promise<RenderedMapImage> {
  const title = options.title?.trim() || undefined
  // Laid out once: the document, its size and the PNG's strips all come from this drawing.
  const drawing = drawMap(snapshot, { orphaned, legend: options.legend ?? false, ...(title ? { title } : {}) })
  const contentType = exportContentTypes[options.format]
  switch (options.format) {
    case 'svg':
      return { body: new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>\n${drawing.svg()}`), contentType, extension: 'svg' }
    case 'png': {
      const scale = options.scale ?? 1
      const pixels = checkPngSize(drawing, scale)
      const body = await renderPng((count) => mapToSvgBands(drawing, count), pixels, scale)
      return { body, contentType, extension: 'png' }
    }
    case 'pdf':
      return { body: await renderPdf(drawing.svg(), title), contentType, extension: 'pdf' }
  }
}

/** The PNG's pixels, or an `ImageTooLargeError` naming a scale that fits. */
function checkPngSize({ width, height }: MapDrawing, scale: number): number {
  if (width * height * scale * scale <= maxPngPixels) return width * height * scale * scale
  const fits = [2, 1].find((smaller) => smaller < scale && width * height * smaller * smaller <= maxPngPixels)
  const megapixels = (pixels: number) => Math.round(pixels / 1e6)
  throw new ImageTooLargeError(
    `The map is too large for a PNG at ${scale}× (${width * scale} × ${height * scale} px, ${megapixels(width * height * scale * scale)} megapixels; ` +
      `the limit is ${megapixels(maxPngPixels)}). ${fits ? `Choose ${fits}×, or` : 'Choose'} SVG or PDF, which keep every detail at any size.`,
  )
}
