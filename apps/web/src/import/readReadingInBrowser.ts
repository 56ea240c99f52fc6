import { ReadingError, maxReadingFileBytes, readingFromHtml, type Reading } from '@warrant/formats'
import type { ReadingWorkerMessage, ReadingWorkerRequest } from './readingWorkerProtocol'

/** Share of the progress bar the worker's part takes; sanitising HTML on the main thread is the rest. */
const workerShare = 0.9

/**
 * Reads a file the user picked into a reading without freezing the page: the worker does the
 * parsing; HTML (and .docx, which mammoth turns into HTML) is then sanitised here with DOMPurify
 * and the page's DOM, because workers have no DOMParser. That step is one parse of at most
 * 20 MB of markup, after a yield so the progress bar paints first.
 * Rejects with a ReadingError (or an Error for a crashed worker); never returns a partial reading.
 */
export async function readReadingInBrowser(file: File, onProgress?: (fraction: number) => void, signal?: AbortSignal): Promise<Reading> {
  if (file.size > maxReadingFileBytes) {
    throw new ReadingError('too-large', `‘${file.name}’ is too large: ${(file.size / 1024 / 1024).toFixed(1)} MB, more than the limit of ${maxReadingFileBytes / 1024 / 1024} MB.`)
  }
  const bytes = await file.arrayBuffer()
  const worker = new Worker(new URL('./readingWorker.ts', import.meta.url), { type: 'module' })
  try {
    const result = await new Promise<Extract<ReadingWorkerMessage, { type: 'done' }>['result']>((resolve, reject) => {
      const abort = () => reject(new DOMException('Reading the file was cancelled', 'AbortError'))
      if (signal?.aborted) return abort()
      signal?.addEventListener('abort', abort, { once: true })
      worker.onerror = (event) => reject(new Error(`‘${file.name}’ could not be read: ${event.message || 'the reader crashed'}`))
      worker.onmessage = (event: MessageEvent<ReadingWorkerMessage>) => {
        const message = event.data
        if (message.type === 'progress') onProgress?.(message.fraction * workerShare)
        else if (message.type === 'done') resolve(message.result)
        else reject(message.code === 'failed' ? new Error(message.message) : new ReadingError(message.code, message.message))
      }
      const request: ReadingWorkerRequest = { id: 1, bytes, name: file.name, mime: file.type }
      worker.postMessage(request, [bytes])
    })
    if (result.kind === 'reading') {
      onProgress?.(1)
      return result.reading
    }
    onProgress?.(workerShare)
    await new Promise((resolve) => setTimeout(resolve, 0))
    signal?.throwIfAborted()
    const reading = readingFromHtml(result.html, { window, name: file.name, warnings: result.warnings })
    onProgress?.(1)
    return reading
  } finally {
    worker.terminate()
  }
}
