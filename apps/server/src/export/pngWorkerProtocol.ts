import type { PngBand } from './PngBand'

/** What `renderPng` sends a PNG thread (`pngWorker.ts`): one strip, and what comes back, matched by `id`. */
export interface PngRequest {
  id: number
  svg: string
  scale: number
  /** The picture's last strip: its deflate data closes the stream. */
  last: boolean
}

export type PngResult = { id: number; band: PngBand } | { id: number; error: string }
