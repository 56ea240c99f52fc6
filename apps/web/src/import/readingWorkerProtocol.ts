import type { ReadingErrorCode, ReadingFileResult } from '@warrant/formats'

/** Main thread → worker: one file to read. `bytes` is transferred. */
export interface ReadingWorkerRequest {
  id: number
  bytes: ArrayBuffer
  name: string
  mime: string
}

/** Worker → main thread. A ReadingError does not survive structured cloning, so it travels as code + message. */
export type ReadingWorkerMessage =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'done'; result: ReadingFileResult }
  | { id: number; type: 'error'; code: ReadingErrorCode | 'failed'; message: string }
