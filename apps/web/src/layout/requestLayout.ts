import type { LayoutGraph, LayoutPositions } from './LayoutGraph'

let worker: Worker | null = null
let nextId = 0
const pending = new Map<number, { resolve: (positions: LayoutPositions) => void; reject: (error: Error) => void }>()

/** Asks the layout worker (started on first use, so its code loads only when someone tidies). */
export function requestLayout(graph: LayoutGraph): Promise<LayoutPositions> {
  worker ??= startWorker()
  const id = ++nextId
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject })
    worker!.postMessage({ id, graph })
  })
}

function startWorker(): Worker {
  const started = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' })
  started.onmessage = (event: MessageEvent<{ id: number; positions?: [string, { x: number; y: number }][]; error?: string }>) => {
    const request = pending.get(event.data.id)
    pending.delete(event.data.id)
    if (!request) return
    if (event.data.error !== undefined) request.reject(new Error(event.data.error))
    else request.resolve(new Map(event.data.positions))
  }
  return started
}
