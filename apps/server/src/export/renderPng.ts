import { Worker } from 'node:worker_threads'
import type { PngRequest, PngResult } from './pngWorkerProtocol'

/** Started on the first PNG; renders one at a time, in order. */
let pngThread: Worker | null = null
const pending = new Map<number, { resolve: (png: Uint8Array) => void; reject: (error: Error) => void }>()
let lastId = 0

const pngThreadOf = (): Worker => {
  if (pngThread !== null) return pngThread
  const thread = new Worker(new URL('./pngWorkerEntry.mjs', import.meta.url))
  thread.on('message', (result: PngResult) => {
    const waiting = pending.get(result.id)
    pending.delete(result.id)
    if (pending.size === 0) thread.unref()
    if ('error' in result) waiting?.reject(new Error(`could not render the PNG: ${result.error}`))
    else waiting?.resolve(result.png)
  })
  let failure: Error | null = null
  thread.on('error', (error) => (failure = error))
  thread.on('exit', () => {
    // Its pending renders fail; the next PNG starts a new thread.
    for (const waiting of pending.values()) waiting.reject(new Error(`the PNG thread stopped: ${String(failure ?? 'exited')}`))
    pending.clear()
    if (pngThread === thread) pngThread = null
  })
  pngThread = thread
  return thread
}

/**
 * An export SVG (drawn at scale 1) as a PNG `scale` times its size, rendered by resvg on the PNG
 * thread (`pngWorker.ts`), so the event loop keeps serving rooms meanwhile. The thread holds the
 * process open only while a render is pending.
 */
export function renderPng(svg: string, scale: number): Promise<Uint8Array> {
  const thread = pngThreadOf()
  const request: PngRequest = { id: ++lastId, svg, scale }
  return new Promise((resolve, reject) => {
    pending.set(request.id, { resolve, reject })
    thread.ref()
    thread.postMessage(request)
  })
}
