/**
 * The update log's writer thread (started by `SqliteStorage` through `sqliteWorkerEntry.mjs`).
 * It owns its own connection to the database file and does every append, compaction and fsync
 * of the docs, so the event loop of the server never waits on the disk.
 *
 * Messages are handled in posting order. Batches that arrive while a commit runs are committed
 * together in the next one (group commit: one transaction, one fsync). A load answers from the
 * committed rows plus the batches received but not committed yet, so it sees everything posted
 * before it without waiting for an fsync.
 *
 * Compaction happens here too, after the commit that carried the request (so acks never wait
 * for it): the doc's snapshot and log rows are read, applied to a scratch Y.Doc, encoded, and the
 * result replaces them in one more transaction, unless the rows changed meanwhile. The event loop
 * never encodes a whole doc for storage, and on a shared core the kernel lets it preempt this.
 */
import { parentPort, workerData } from 'node:worker_threads'
import Database from 'better-sqlite3'
import * as Y from 'yjs'
import { isEmptyUpdate } from './isEmptyUpdate'
import type { Append, FromWorker, ToWorker, WorkerData } from './sqliteWorkerProtocol'

const retryDelayMs = 1000
const port = parentPort!
const { file, committed: committedBuffer } = workerData as WorkerData
const committed = new BigInt64Array(committedBuffer)

const db = new Database(file)
db.pragma('journal_mode = WAL')
db.pragma('synchronous = FULL')
db.pragma('busy_timeout = 5000')

const insertUpdate = db.prepare('INSERT INTO updates (doc, bytes) VALUES (?, ?)')
const putSnapshot = db.prepare('INSERT OR REPLACE INTO snapshots (doc, bytes, upto_seq, saved_at) VALUES (?, ?, ?, ?)')
const deleteUpTo = db.prepare('DELETE FROM updates WHERE doc = ? AND seq <= ?')
const selectSnapshot = db.prepare('SELECT bytes FROM snapshots WHERE doc = ?')
const selectUpdates = db.prepare('SELECT bytes FROM updates WHERE doc = ? ORDER BY seq')
const selectSnapshotRow = db.prepare('SELECT bytes, upto_seq FROM snapshots WHERE doc = ?')
const selectUpdateRows = db.prepare('SELECT seq, bytes FROM updates WHERE doc = ? ORDER BY seq')
const countUpTo = db.prepare('SELECT COUNT(*) AS n FROM updates WHERE doc = ? AND seq <= ?')

/** Appends received, not committed yet, in order; `queuedSeq` is the number of the last batch received. */
let queue: Append[] = []
let queuedSeq = 0
let reportedSeq = 0
let scheduled: NodeJS.Immediate | NodeJS.Timeout | null = null
/** Docs whose log is to be folded into their snapshot, once the commit in progress is done. */
const toCompact = new Set<string>()
let compacting: NodeJS.Immediate | null = null

const post = (message: FromWorker, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer)

const writeBatch = db.transaction((operations: Append[]): void => {
  for (const operation of operations) insertUpdate.run(operation.docName, operation.bytes)
})

/** Commits the queue and reports every batch received; false (queue kept, in order) when the commit failed. */
function commitQueue(): boolean {
  const operations = queue
  const seq = queuedSeq
  if (seq === reportedSeq) return true
  try {
    // IMMEDIATE: take the write lock up front (waiting on busy_timeout), so a registry write on
    // the main thread's connection can never turn a read inside this transaction stale.
    // A batch of compaction requests only has nothing to commit, but is reported all the same.
    if (operations.length > 0) writeBatch.immediate(operations)
  } catch (error) {
    Atomics.store(committed, 1, 1n)
    Atomics.notify(committed, 0)
    post({ type: 'commitFailed', error: `commit of ${operations.length} operations failed; retrying: ${String(error)}` })
    return false
  }
  queue = []
  reportedSeq = seq
  Atomics.store(committed, 1, 0n)
  Atomics.store(committed, 0, BigInt(seq))
  Atomics.notify(committed, 0)
  post({ type: 'committed', seq })
  return true
}

/** Folds one doc per turn, so batches that arrive meanwhile are committed between two docs. */
function compactNext(): void {
  compacting = null
  const [docName] = toCompact
  if (docName === undefined) return
  toCompact.delete(docName)
  try {
    compactDoc(docName)
  } catch (error) {
    // The log stays as it is: nothing is lost, the doc just loads from more rows.
    post({ type: 'log', level: 'error', message: `[storage] compacting ${docName} failed; its log is kept: ${String(error)}` })
  }
  if (toCompact.size > 0) compacting = setImmediate(compactNext)
}

const readLog = db.transaction((docName: string) => ({
  snapshot: selectSnapshotRow.get(docName) as { bytes: Buffer; upto_seq: number } | undefined,
  rows: selectUpdateRows.all(docName) as { seq: number; bytes: Buffer }[],
}))

/** Replaces the snapshot and the rows up to `upTo`, if they are still the ones that were folded. */
const replaceLog = db.transaction((docName: string, snapshot: Uint8Array, upTo: number, rowCount: number, previousUpTo: number | null): boolean => {
  const current = selectSnapshotRow.get(docName) as { upto_seq: number } | undefined
  if ((current?.upto_seq ?? null) !== previousUpTo) return false
  if ((countUpTo.get(docName, upTo) as { n: number }).n !== rowCount) return false
  putSnapshot.run(docName, snapshot, upTo, Date.now())
  deleteUpTo.run(docName, upTo)
  return true
})

function compactDoc(docName: string): void {
  const { snapshot, rows } = readLog(docName)
  if (rows.length === 0 || (rows.length === 1 && snapshot === undefined)) return
  const doc = new Y.Doc()
  let folded: Uint8Array
  try {
    // A row that does not apply throws: the doc would not open either, and its rows stay.
    if (snapshot !== undefined) Y.applyUpdate(doc, snapshot.bytes)
    for (const row of rows) Y.applyUpdate(doc, row.bytes)
    folded = Y.encodeStateAsUpdate(doc)
  } finally {
    doc.destroy()
  }
  const hadContent = snapshot !== undefined ? !isEmptyUpdate(snapshot.bytes) : rows.some((row) => !isEmptyUpdate(row.bytes))
  if (hadContent && isEmptyUpdate(folded)) {
    // hocuspocus#382: an empty doc written over real content destroys it. Never.
    post({ type: 'log', level: 'error', message: `[storage] refused to compact ${docName} to an empty snapshot` })
    return
  }
  // IMMEDIATE for the same reason as the commits; a doc deleted or replaced meanwhile is left alone.
  replaceLog.immediate(docName, folded, rows[rows.length - 1]!.seq, rows.length, snapshot?.upto_seq ?? null)
}

function commitScheduled(): void {
  scheduled = null
  // Nothing received is dropped: a failed batch stays queued (acks wait) and is retried.
  if (!commitQueue()) scheduled = setTimeout(commitScheduled, retryDelayMs)
  else if (toCompact.size > 0) compacting ??= setImmediate(compactNext)
}

function load(id: number, docName: string): void {
  let updates: Uint8Array[]
  try {
    // One read transaction: the snapshot and the rows of the same committed state.
    updates = db.transaction(() => {
      const snapshot = selectSnapshot.get(docName) as { bytes: Buffer } | undefined
      const rows = selectUpdates.all(docName) as { bytes: Buffer }[]
      const stored = rows.map((row) => new Uint8Array(row.bytes))
      if (snapshot !== undefined) stored.unshift(new Uint8Array(snapshot.bytes))
      return stored
    })()
  } catch (error) {
    post({ type: 'loadFailed', id, error: String(error) })
    return
  }
  // Copies of the fresh rows are ours to transfer; the queued ones are copied (still to commit).
  const transfer = updates.map((update) => update.buffer as ArrayBuffer)
  for (const operation of queue) {
    if (operation.docName !== docName) continue
    const bytes = operation.bytes.slice()
    updates.push(bytes)
    transfer.push(bytes.buffer)
  }
  post({ type: 'loaded', id, updates }, transfer)
}

function close(): void {
  if (scheduled !== null) {
    clearImmediate(scheduled as NodeJS.Immediate)
    clearTimeout(scheduled as NodeJS.Timeout)
    scheduled = null
  }
  // Compactions left undone only leave longer logs; stopping does not wait for them.
  if (compacting !== null) clearImmediate(compacting)
  const ok = commitQueue()
  db.close()
  post(ok ? { type: 'closed' } : { type: 'closed', error: `${queue.length} operations could not be committed` })
  port.close()
}

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'ops':
      for (const operation of message.ops) {
        if (operation.kind === 'append') queue.push(operation)
        else toCompact.add(operation.docName)
      }
      queuedSeq = message.seq
      scheduled ??= setImmediate(commitScheduled)
      return
    case 'load':
      return load(message.id, message.docName)
    case 'close':
      return close()
  }
})
