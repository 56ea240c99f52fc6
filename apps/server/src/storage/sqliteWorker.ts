/**
 * The update log's writer thread (started by `SqliteStorage` through `sqliteWorkerEntry.mjs`).
 * It owns its own connection to the database file and does every append, compaction and fsync
 * of the docs, so the event loop of the server never waits on the disk.
 *
 * Messages are handled in posting order. Batches that arrive while a commit runs are committed
 * together in the next one (group commit: one transaction, one fsync). A load answers from the
 * committed rows plus the batches received but not committed yet, so it sees everything posted
 * before it without waiting for an fsync.
 */
import { Worker, parentPort, workerData } from 'node:worker_threads'
import Database from 'better-sqlite3'
import { isEmptyUpdate } from './isEmptyUpdate'
import { type FoldRequest, type FoldResult, type FromWorker, type Operation, type ToWorker, type WorkerData, unpackOperations } from './sqliteWorkerProtocol'

const retryDelayMs = 1000
const port = parentPort!
const { file, committed: committedBuffer } = workerData as WorkerData
const committed = new BigInt64Array(committedBuffer)

const db = new Database(file)
db.pragma('journal_mode = WAL')
db.pragma('synchronous = FULL')
db.pragma('busy_timeout = 5000')

const insertUpdate = db.prepare('INSERT INTO updates (doc, bytes) VALUES (?, ?)')
const lastSeq = db.prepare('SELECT MAX(seq) AS seq FROM updates WHERE doc = ?')
const hasContent = db.prepare(
  'SELECT EXISTS (SELECT 1 FROM snapshots WHERE doc = ?) OR EXISTS (SELECT 1 FROM updates WHERE doc = ?) AS found',
)
const putSnapshot = db.prepare('INSERT OR REPLACE INTO snapshots (doc, bytes, upto_seq, saved_at) VALUES (?, ?, ?, ?)')
const deleteUpTo = db.prepare('DELETE FROM updates WHERE doc = ? AND seq <= ?')
const selectSnapshot = db.prepare('SELECT bytes FROM snapshots WHERE doc = ?')
const selectUpdates = db.prepare('SELECT seq, bytes FROM updates WHERE doc = ? ORDER BY seq')
const hasRow = db.prepare('SELECT EXISTS (SELECT 1 FROM updates WHERE doc = ? AND seq = ?) AS found')

/** A doc's stored updates (its snapshot first) and the number of its last log row (0: none). */
function readStored(docName: string): { updates: Uint8Array[]; lastSeq: number } {
  const snapshot = selectSnapshot.get(docName) as { bytes: Buffer } | undefined
  const rows = selectUpdates.all(docName) as { seq: number; bytes: Buffer }[]
  const updates = rows.map((row) => new Uint8Array(row.bytes))
  if (snapshot !== undefined) updates.unshift(new Uint8Array(snapshot.bytes))
  return { updates, lastSeq: rows[rows.length - 1]?.seq ?? 0 }
}

/**
 * A fold's result, to commit with the next batch. Applied only while the row it ends at is still
 * there: a later compaction or fold (which covers more) or a deleted room removed it, and then
 * this older snapshot must not come back.
 */
type FoldedSnapshot = { docName: string; bytes: Uint8Array; uptoSeq: number; deleteSetBytes: number }
let folded: FoldedSnapshot[] = []

/** Started on the first fold; folds wait for it in order, one at a time. */
let foldThread: Worker | null = null
/** Docs handed to the fold thread and not answered yet, in order. */
const foldsInFlight: string[] = []
const foldThreadOf = (): Worker => {
  if (foldThread !== null) return foldThread
  foldThread = new Worker(new URL('./foldWorkerEntry.mjs', import.meta.url))
  foldThread.on('message', (result: FoldResult) => {
    foldsInFlight.splice(foldsInFlight.indexOf(result.docName), 1)
    if ('error' in result) {
      post({ type: 'log', level: 'error', message: `[storage] could not fold ${result.docName}; its log stays: ${result.error}` })
      post({ type: 'folded', docName: result.docName, applied: false })
      return
    }
    folded.push({ docName: result.docName, bytes: result.bytes, uptoSeq: result.uptoSeq, deleteSetBytes: result.deleteSetBytes })
    scheduled ??= setImmediate(commitScheduled)
  })
  foldThread.on('error', (error) => {
    // Its folds are dropped (their logs stay whole); the next fold starts a new thread.
    post({ type: 'log', level: 'error', message: `[storage] the fold thread failed: ${String(error)}` })
    for (const docName of foldsInFlight.splice(0)) post({ type: 'folded', docName, applied: false })
    foldThread = null
  })
  foldThread.unref()
  return foldThread
}

/** Received, not committed yet, in order; `queuedSeq` is the number of the last batch in it. */
let queue: Operation[] = []
let queuedSeq = 0
let scheduled: NodeJS.Immediate | NodeJS.Timeout | null = null

const post = (message: FromWorker, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer)

/** Refusals are logged on the main thread, before the commit that skipped them is reported. */
const writeBatch = db.transaction((operations: Operation[], snapshots: FoldedSnapshot[], refusals: string[], folds: FoldRequest[], settled: FromWorker[]): void => {
  for (const { docName, bytes, uptoSeq, deleteSetBytes } of snapshots) {
    const applies = (hasRow.get(docName, uptoSeq) as { found: number }).found === 1
    settled.push(applies ? { type: 'folded', docName, applied: true, snapshot: bytes, deleteSetBytes } : { type: 'folded', docName, applied: false })
    if (!applies) continue
    putSnapshot.run(docName, bytes, uptoSeq, Date.now())
    deleteUpTo.run(docName, uptoSeq)
  }
  for (const operation of operations) {
    if (operation.kind === 'append') {
      insertUpdate.run(operation.docName, operation.bytes)
      continue
    }
    if (operation.kind === 'fold') {
      // Read here, in order with the batch's other writes; encoded on the fold thread after the commit.
      const { updates, lastSeq } = readStored(operation.docName)
      if (lastSeq === 0) settled.push({ type: 'folded', docName: operation.docName, applied: false })
      else folds.push({ docName: operation.docName, updates, uptoSeq: lastSeq })
      continue
    }
    const found = (hasContent.get(operation.docName, operation.docName) as { found: number }).found
    if (found && isEmptyUpdate(operation.bytes)) {
      // hocuspocus#382: an empty doc written over real content destroys it. Refuse.
      refusals.push(`[storage] refused to compact ${operation.docName} to an empty snapshot`)
      continue
    }
    const seq = (lastSeq.get(operation.docName) as { seq: number | null }).seq ?? 0
    putSnapshot.run(operation.docName, operation.bytes, seq, Date.now())
    deleteUpTo.run(operation.docName, seq)
  }
})

/** Commits the queue; false (queue kept, in order) when the commit failed. */
function commitQueue(): boolean {
  if (queue.length === 0 && folded.length === 0) return true
  const operations = queue
  const snapshots = folded
  const seq = queuedSeq
  const refusals: string[] = []
  const folds: FoldRequest[] = []
  const settled: FromWorker[] = []
  try {
    // IMMEDIATE: take the write lock up front (waiting on busy_timeout), so a registry write on
    // the main thread's connection can never turn a read inside this transaction stale.
    writeBatch.immediate(operations, snapshots, refusals, folds, settled)
  } catch (error) {
    Atomics.store(committed, 1, 1n)
    Atomics.notify(committed, 0)
    post({ type: 'commitFailed', error: `commit of ${operations.length} operations failed; retrying: ${String(error)}` })
    return false
  }
  queue = []
  folded = []
  for (const request of folds) {
    foldsInFlight.push(request.docName)
    foldThreadOf().postMessage(request, request.updates.map((update) => update.buffer as ArrayBuffer))
  }
  for (const message of refusals) post({ type: 'log', level: 'error', message })
  Atomics.store(committed, 1, 0n)
  Atomics.store(committed, 0, BigInt(seq))
  Atomics.notify(committed, 0)
  post({ type: 'committed', seq })
  // The committed snapshot goes to the doc (which swaps its held state for it), moved, not copied.
  for (const message of settled) post(message, message.type === 'folded' && message.applied ? [message.snapshot.buffer as ArrayBuffer] : [])
  return true
}

function commitScheduled(): void {
  scheduled = null
  // Nothing received is dropped: a failed batch stays queued (acks wait) and is retried.
  if (!commitQueue()) scheduled = setTimeout(commitScheduled, retryDelayMs)
}

function load(id: number, docName: string): void {
  let updates: Uint8Array[]
  try {
    // One read transaction: the snapshot and the rows of the same committed state.
    updates = db.transaction(() => readStored(docName).updates)()
  } catch (error) {
    post({ type: 'loadFailed', id, error: String(error) })
    return
  }
  // Copies of the fresh rows are ours to transfer; the queued ones are copied (still to commit).
  const transfer = updates.map((update) => update.buffer as ArrayBuffer)
  for (const operation of queue) {
    // A queued fold changes no content; its result, if it comes, only replaces rows with their sum.
    if (operation.docName !== docName || operation.kind === 'fold') continue
    const bytes = operation.bytes.slice()
    if (operation.kind === 'append') {
      updates.push(bytes)
      transfer.push(bytes.buffer)
    } else if (!(updates.length > 0 && isEmptyUpdate(bytes))) {
      // As the commit will do: the snapshot replaces everything before it, unless it is empty over content.
      updates = [bytes]
      transfer.splice(0, transfer.length, bytes.buffer)
    }
  }
  post({ type: 'loaded', id, updates }, transfer)
}

function close(): void {
  if (scheduled !== null) {
    clearImmediate(scheduled as NodeJS.Immediate)
    clearTimeout(scheduled as NodeJS.Timeout)
    scheduled = null
  }
  const ok = commitQueue()
  // A fold still on the fold thread is dropped: the log it would have replaced stays whole.
  void foldThread?.terminate()
  db.close()
  post(ok ? { type: 'closed' } : { type: 'closed', error: `${queue.length} operations could not be committed` })
  port.close()
}

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'ops':
      for (const operation of unpackOperations(message.ops)) queue.push(operation)
      queuedSeq = message.seq
      scheduled ??= setImmediate(commitScheduled)
      return
    case 'load':
      return load(message.id, message.docName)
    case 'close':
      return close()
  }
})
