/**
 * The PNG thread (started by `renderPng` through `pngWorkerEntry.mjs`): rasterising a large map
 * takes seconds of CPU, which on the event loop would hold every room's sync for as long.
 */
import { parentPort } from 'node:worker_threads'
import { lowerThreadPriority } from '../lowerThreadPriority'
import type { PngRequest, PngResult } from './pngWorkerProtocol'
import { rasterisePng } from './rasterisePng'

lowerThreadPriority()
parentPort!.on('message', async ({ id, svg, scale }: PngRequest) => {
  let result: PngResult
  try {
    result = { id, png: await rasterisePng(svg, scale) }
  } catch (error) {
    result = { id, error: String(error) }
  }
  parentPort!.postMessage(result, 'png' in result ? [result.png.buffer as ArrayBuffer] : [])
})
