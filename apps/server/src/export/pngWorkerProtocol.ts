/** What `renderPng` sends the PNG thread (`pngWorker.ts`) and what comes back, matched by `id`. */
export interface PngRequest {
  id: number
  svg: string
  scale: number
}

export type PngResult = { id: number; png: Uint8Array } | { id: number; error: string }
