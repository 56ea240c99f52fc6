import { isReadingError, readReadingFile } from '@warrant/formats'
import type { ReadingWorkerMessage, ReadingWorkerRequest } from './readingWorkerProtocol'

/**
 * Reads a file off the main thread: limits, format detection, text, Markdown and PDF (page by
 * page, with progress), and .docx → HTML. Sanitising HTML needs DOMPurify and a DOM, and a
 * worker has no DOMParser, so HTML comes back for the main thread (`readReadingInBrowser`).
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReadingWorkerRequest>) => void) | null
  postMessage(message: ReadingWorkerMessage): void
}

scope.onmessage = (event) => {
  const { id, bytes, name, mime } = event.data
  readReadingFile(new Uint8Array(bytes), name, mime || undefined, (fraction) => scope.postMessage({ id, type: 'progress', fraction }))
    .then((result) => scope.postMessage({ id, type: 'done', result }))
    .catch((error: unknown) => {
      if (isReadingError(error)) scope.postMessage({ id, type: 'error', code: error.code, message: error.message })
      else scope.postMessage({ id, type: 'error', code: 'failed', message: `‘${name}’ could not be read: ${error instanceof Error ? error.message : String(error)}` })
    })
}
