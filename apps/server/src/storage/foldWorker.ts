/**
 * The fold thread (started by the writer thread, `sqliteWorker.ts`, through
 * `foldWorkerEntry.mjs`): turns a doc's snapshot plus its log rows into one snapshot. Encoding a
 * 2 MB doc takes ~80 ms of CPU; on the event loop that was a stall for every other room (an idle
 * doc unloading), and on the writer thread it would hold every saved ack behind it.
 */
import { parentPort } from 'node:worker_threads'
import * as Y from 'yjs'
import { lowerThreadPriority } from '../lowerThreadPriority'
import { deleteSetLength } from '../state/deleteSetLength'
import type { FoldRequest, FoldResult } from './sqliteWorkerProtocol'

const port = parentPort!
lowerThreadPriority()

port.on('message', ({ docName, updates, uptoSeq }: FoldRequest) => {
  let result: FoldResult
  const doc = new Y.Doc({ gc: true })
  try {
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update)
    })
    const bytes = Y.encodeStateAsUpdate(doc)
    const deleteSetBytes = deleteSetLength(bytes)
    if (deleteSetBytes === null) throw new Error('the snapshot does not end with its delete set')
    result = { docName, uptoSeq, bytes, deleteSetBytes }
  } catch (error) {
    result = { docName, uptoSeq, error: String(error) }
  } finally {
    doc.destroy()
  }
  port.postMessage(result, 'bytes' in result ? [result.bytes.buffer as ArrayBuffer] : [])
})
