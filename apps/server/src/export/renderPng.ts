import os from 'node:os'
import { Worker } from 'node:worker_threads'
import { assemblePng } from './assemblePng'
import type { PngBand } from './PngBand'
import type { PngRequest, PngResult } from './pngWorkerProtocol'

/** Strips render on up to two threads at once, each at low priority, in the order sent. */
const threadCount = Math.min(2, os.availableParallelism())

/**
 * A thread left idle this long is stopped: a strip's pixels, rows and zlib state (~0.5 GB for a
 * 500-node map at 2×) are garbage once sent, but an idle thread never collects them.
 */
const idleMs = 10_000

interface PngThread {
  worker: Worker
  pending: Map<number, { resolve: (band: PngBand) => void; reject: (error: Error) => void }>
  idle?: ReturnType<typeof setTimeout>
}

/** Started on first use, stopped when idle; a thread that stops is replaced by the next strip sent. */
const threads: (PngThread | null)[] = Array.from({ length: threadCount }, () => null)
let lastId = 0

const threadAt = (slot: number): PngThread => {
  const existing = threads[slot]
  if (existing) return existing
  const thread: PngThread = { worker: new Worker(new URL('./pngWorkerEntry.mjs', import.meta.url)), pending: new Map() }
  const { worker, pending } = thread
  worker.on('message', (result: PngResult) => {
    const waiting = pending.get(result.id)
    pending.delete(result.id)
    if (pending.size === 0) {
      worker.unref()
      thread.idle = setTimeout(() => {
        // Out of the pool at once: a strip sent while it shuts down goes to a new thread.
        if (threads[slot] === thread) threads[slot] = null
        void worker.terminate()
      }, idleMs).unref()
    }
    if ('error' in result) waiting?.reject(new Error(`could not render the PNG: ${result.error}`))
    else waiting?.resolve(result.band)
  })
  let failure: Error | null = null
  worker.on('error', (error) => (failure = error))
  worker.on('exit', () => {
    for (const waiting of pending.values()) waiting.reject(new Error(`the PNG thread stopped: ${String(failure ?? 'exited')}`))
    pending.clear()
    if (threads[slot] === thread) threads[slot] = null
  })
  threads[slot] = thread
  return thread
}

const renderBand = (slot: number, svg: string, scale: number, last: boolean): Promise<PngBand> => {
  const thread = threadAt(slot)
  const { worker, pending } = thread
  clearTimeout(thread.idle)
  const request: PngRequest = { id: ++lastId, svg, scale, last }
  return new Promise((resolve, reject) => {
    pending.set(request.id, { resolve, reject })
    worker.ref()
    worker.postMessage(request)
  })
}

/**
 * An export drawing as a PNG `scale` times its size (`pixels` in all). `draw(count)` gives the
 * drawing at scale 1 cut into that many strips (`mapToSvgBands`): one per PNG thread, more for a
 * big picture to cap each thread's memory, one for a small one. The strips are rasterised on the
 * PNG threads, two at a time, so the event loop keeps serving rooms meanwhile, and stacked into
 * one PNG (`assemblePng`). A thread holds the process open only while a strip is pending.
 */
export async function renderPng(draw: (count: number) => readonly string[], pixels: number, scale: number): Promise<Uint8Array> {
  const count = pixels < 4_000_000 ? 1 : Math.max(threadCount, Math.ceil(pixels / 40_000_000))
  const bands = draw(count)
  const rendered = await Promise.all(bands.map((svg, index) => renderBand(index % threadCount, svg, scale, index === bands.length - 1)))
  return assemblePng(rendered)
}

/** How many PNG threads are running (they stop after `idleMs` without work). */
export function runningPngThreads(): number {
  return threads.filter((thread) => thread !== null).length
}
