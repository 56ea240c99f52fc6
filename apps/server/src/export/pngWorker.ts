/**
 * A PNG thread (started by `renderPng` through `pngWorkerEntry.mjs`): rasterising a large map
 * takes seconds of CPU, which on the event loop would hold every room's sync for as long.
 */
import { parentPort } from 'node:worker_threads'
import { lowerThreadPriority } from '../lowerThreadPriority'
import type { PngRequest, PngResult } from './pngWorkerProtocol'
import { rasteriseBand } from './rasteriseBand'

lowerThreadPriority()
parentPort!.on('message', async ({ id, svg, scale, last }: PngRequest) => {
  let result: PngResult
  try {
    result = { id, band: await rasteriseBand(svg, scale, last) }
  } catch (error) {
    result = { id, error: String(error) }
  }
  parentPort!.postMessage(result, 'band' in result ? [result.band.deflated.buffer as ArrayBuffer] : [])
})
