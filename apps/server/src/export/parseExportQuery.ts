import { type ExportFormat, type ExportScale, exportFormats, exportScales } from '@warrant/formats'
import type { RenderMapImageOptions } from './renderMapImage'

/**
 * Reads `format`, `scale`, `title` and `legend` of an image export URL. Returns an error message
 * naming the bad parameter (for a 400), or null format when the format is not an image one
 * (other exporters may handle aif, argdown…).
 */
export function parseExportQuery(query: URLSearchParams): RenderMapImageOptions | { error: string } | null {
  const format = query.get('format') ?? ''
  if (!(exportFormats as readonly string[]).includes(format)) return null
  const scaleText = query.get('scale') ?? '1'
  const scale = Number(scaleText)
  if (!(exportScales as readonly number[]).includes(scale)) return { error: `scale must be 1, 2 or 4, not "${scaleText.slice(0, 20)}"` }
  const title = query.get('title')
  if (title !== null && title.length > 500) return { error: 'title is longer than 500 characters' }
  const legend = query.get('legend')
  return {
    format: format as ExportFormat,
    scale: scale as ExportScale,
    ...(title ? { title } : {}),
    legend: legend === '1' || legend === 'true',
  }
}
