/**
 * Folds the stored updates of the browser copy `name` in a worker of its own, ended once it
 * answers: a page asks once per ~500 stored updates, so none is kept waiting.
 */
export function requestCompaction(name: string): Promise<number> {
  const worker = new Worker(new URL('./compactWorker.ts', import.meta.url), { type: 'module' })
  return new Promise<number>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<{ folded?: number; error?: string }>) => {
      if (event.data.error !== undefined) reject(new Error(event.data.error))
      else resolve(event.data.folded ?? 0)
    }
    worker.onerror = (event) => reject(new Error(event.message || 'The compaction worker failed'))
    worker.postMessage(name)
  }).finally(() => worker.terminate())
}
