import fs from 'node:fs'
import path from 'node:path'
import { type TransferListItem, Worker } from 'node:worker_threads'
import Database from 'better-sqlite3'
import { FoldCallers } from './FoldCallers'
import type { FoldedSnapshot, Storage, StoredDoc } from './Storage'
import { type FromWorker, type Operation, packOperations, schema, type ToWorker, type WorkerData } from './sqliteWorkerProtocol'

interface Waiter {
  /** Resolves once this batch number is committed. */
  seq: number
  resolve: () => void
  reject: (error: unknown) => void
}

interface PendingLoad {
  resolve: (doc: StoredDoc) => void
  reject: (error: unknown) => void
}

/**
 * How long `transactNow` waits, blocking, for the writer thread to commit what was queued before
 * it (normally one commit: milliseconds). It does not wait at all while commits are failing.
 */
const transactWaitMs = 3000

/**
 * Batches nobody flushes for are posted (and so committed) at most this often. Nobody is told
 * when they commit (no saved ack was asked for), so they wait for company: each commit is an
 * fsync, and its completion interrupts a core the event loop or its clients need. At 4 ms,
 * 1,000 updates/s from clients without acks cost ~250 fsyncs a second.
 */
const minPostGapMs = 25

/** What `transactNow` work may do besides plain SQL: doc rows written in the same transaction. */
export interface StorageTransaction {
  readonly db: Database.Database
  append(docName: string, update: Uint8Array): void
  /** Removes every stored row of the doc (log and snapshot). */
  deleteDoc(docName: string): void
}

/**
 * SQLite storage: an append-only update log per doc plus one snapshot per doc.
 * `synchronous=FULL` fsyncs every commit, so "committed" survives power loss, not only kill -9.
 *
 * The log is written by a worker thread (`sqliteWorker.ts`) with its own connection, so commits
 * and their fsyncs never block the event loop. Appends and compactions are posted to it as
 * numbered batches; the worker commits every batch it has received in one transaction (group
 * commit) and reports the highest committed number, which resolves `flush`. While a batch is
 * being committed, appends nobody flushes for wait here and go as the next batch when the commit
 * is reported, at least `minPostGapMs` after the previous batch: one message and one commit for
 * many updates rather than one per update (each wakes the worker, which shares the core with the
 * event loop). Appends a flush waits for (saved acks) are posted at the end of their tick.
 * Loads are answered by the worker too, in order after the batches posted before them.
 *
 * This thread keeps a second connection for the rooms registry and `transactNow`; see there for
 * why its writes stay ordered with the worker's.
 */
export class SqliteStorage implements Storage {
  readonly file: string
  private readonly db: Database.Database
  private readonly worker: Worker
  /** [0] = highest batch number the worker has committed, [1] = 1 while its commits fail (written by the worker). */
  private readonly committed: BigInt64Array
  private queue: Operation[] = []
  private postedSeq = 0
  /** Highest committed batch number reported by message (what resolves flushes). */
  private reportedSeq = 0
  private waiters: Waiter[] = []
  private readonly loads = new Map<number, PendingLoad>()
  private nextLoadId = 1
  private scheduled: NodeJS.Immediate | NodeJS.Timeout | null = null
  /** `scheduled` is a timeout (waiting out `minPostGapMs`) rather than an immediate. */
  private scheduledLater = false
  /** A flush waits for what is queued now. */
  private queueAwaited = false
  private lastPostAt = Number.NEGATIVE_INFINITY
  private closed = false
  private closing: Promise<void> | null = null
  private failure: Error | null = null
  private workerClosed: { resolve: (error: string | undefined) => void } | null = null
  private referenced = false
  private readonly folds = new FoldCallers()
  private docStatements: Record<'insertUpdate' | 'deleteUpdates' | 'deleteSnapshot', Database.Statement> | null = null

  constructor(dataDir: string) {
    fs.mkdirSync(dataDir, { recursive: true })
    this.file = path.join(dataDir, 'warrant.sqlite')
    this.db = new Database(this.file)
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = FULL')
    this.db.pragma('busy_timeout = 5000')
    this.db.exec(schema)
    const committed = new SharedArrayBuffer(2 * BigInt64Array.BYTES_PER_ELEMENT)
    this.committed = new BigInt64Array(committed)
    const workerData: WorkerData = { file: this.file, committed }
    this.worker = new Worker(new URL('./sqliteWorkerEntry.mjs', import.meta.url), { workerData })
    this.worker.on('message', this.onMessage)
    this.worker.on('error', (error) => this.fail(error))
    this.worker.on('exit', (code) => {
      if (!this.closed) this.fail(new Error(`storage worker exited (${code})`))
    })
    // Idle, the worker does not keep the process alive; with work outstanding it does.
    this.worker.unref()
  }

  load(docName: string): Promise<StoredDoc> {
    if (this.failure !== null) return Promise.reject(this.failure)
    if (this.closed) return Promise.reject(new Error('storage is closed'))
    // Posted after every batch queued so far, so the worker answers with them included.
    this.postQueue()
    const id = this.nextLoadId++
    return new Promise<StoredDoc>((resolve, reject) => {
      this.loads.set(id, { resolve, reject })
      this.send({ type: 'load', id, docName })
      this.updateRef()
    })
  }

  append(docName: string, update: Uint8Array): void {
    this.enqueue({ kind: 'append', docName, bytes: update })
  }

  compact(docName: string, snapshot: Uint8Array): void {
    this.enqueue({ kind: 'compact', docName, bytes: snapshot })
  }

  fold(docName: string): Promise<FoldedSnapshot | null> {
    this.enqueue({ kind: 'fold', docName })
    return this.folds.add(docName)
  }

  /** Resolves once every fold asked for so far has been committed or dropped (for tests and tools). */
  foldsSettled(): Promise<void> {
    return this.folds.settled()
  }

  flush(): Promise<void> {
    if (this.failure !== null) return Promise.reject(this.failure)
    // What is queued goes, whole, as the next batch; no need to post it now.
    const seq = this.queue.length > 0 ? this.postedSeq + 1 : this.postedSeq
    if (this.reportedSeq >= seq) return Promise.resolve()
    const flushed = new Promise<void>((resolve, reject) => this.waiters.push({ seq, resolve, reject }))
    if (seq > this.postedSeq && !this.queueAwaited) {
      // Someone waits (a saved ack): the batch goes at the end of this tick, as it always did.
      this.queueAwaited = true
      if (this.scheduledLater) this.cancelScheduledPost()
      this.schedulePost()
    }
    return flushed
  }

  close(): Promise<void> {
    this.closing ??= this.closeOnce()
    return this.closing
  }

  /** The database itself, for tables that live beside the docs (the rooms registry) and reads. */
  get database(): Database.Database {
    return this.db
  }

  /**
   * Runs `work` in one SQLite transaction, now: after everything queued is committed by the
   * worker (so it is ordered after earlier appends), and throwing if that or `work` fails, without
   * retry. Used where registry rows and doc rows must commit together (creating or deleting a room).
   *
   * Ordering with the worker: this blocks the thread (Atomics.wait) until the worker has committed
   * every batch posted before the call, so those rows are in the file before this transaction
   * begins; and since the thread is blocked, nothing new is posted until this transaction has
   * committed, so every later batch (and load) of the worker starts after it and sees it.
   * BEGIN IMMEDIATE on both sides serialises the two writers.
   */
  transactNow<T>(work: (transaction: StorageTransaction) => T): T {
    if (this.closed) throw new Error('storage is closed')
    if (this.failure !== null) throw this.failure
    this.postQueue()
    const target = BigInt(this.postedSeq)
    const deadline = Date.now() + transactWaitMs
    for (;;) {
      const seen = Atomics.load(this.committed, 0)
      if (seen >= target) break
      const left = deadline - Date.now()
      // [1] is set while the worker's commits fail (it retries): do not wait for it then.
      if (left <= 0 || Atomics.load(this.committed, 1) !== 0n) throw new Error('storage cannot commit right now')
      Atomics.wait(this.committed, 0, seen, left)
    }
    const { insertUpdate, deleteUpdates, deleteSnapshot } = (this.docStatements ??= {
      insertUpdate: this.db.prepare('INSERT INTO updates (doc, bytes) VALUES (?, ?)'),
      deleteUpdates: this.db.prepare('DELETE FROM updates WHERE doc = ?'),
      deleteSnapshot: this.db.prepare('DELETE FROM snapshots WHERE doc = ?'),
    })
    const transaction: StorageTransaction = {
      db: this.db,
      append: (docName, update) => void insertUpdate.run(docName, update),
      deleteDoc: (docName) => {
        deleteUpdates.run(docName)
        deleteSnapshot.run(docName)
      },
    }
    return this.db.transaction(() => work(transaction)).immediate()
  }

  private enqueue(operation: Operation): void {
    if (this.closed) throw new Error('storage is closed')
    if (this.failure !== null) throw this.failure
    this.queue.push(operation)
    this.schedulePost()
  }

  /**
   * Posts the queue soon. A queue a flush waits for (a saved ack) goes at the end of this tick,
   * as before. A queue nobody waits for goes when no batch is being committed (the 'committed'
   * message schedules it) and `minPostGapMs` after the last post: at high rates one message and
   * one commit (an fsync, and ~0.1 ms of the core's CPU) then carry many updates.
   */
  private schedulePost(): void {
    if (this.scheduled !== null || this.queue.length === 0) return
    if (this.queueAwaited) {
      this.scheduledLater = false
      this.scheduled = setImmediate(this.postScheduled)
      return
    }
    if (this.postedSeq > this.reportedSeq) return
    const wait = this.lastPostAt + minPostGapMs - performance.now()
    this.scheduledLater = wait > 0
    this.scheduled = wait > 0 ? setTimeout(this.postScheduled, wait) : setImmediate(this.postScheduled)
  }

  private cancelScheduledPost(): void {
    if (this.scheduled === null) return
    if (this.scheduledLater) clearTimeout(this.scheduled as NodeJS.Timeout)
    else clearImmediate(this.scheduled as NodeJS.Immediate)
    this.scheduled = null
  }

  private readonly postScheduled = (): void => {
    this.scheduled = null
    this.postQueue()
  }

  /** Posts everything queued as the next numbered batch. */
  private postQueue(): void {
    this.cancelScheduledPost()
    if (this.queue.length === 0) return
    const ops = this.queue
    this.queue = []
    this.queueAwaited = false
    this.postedSeq += 1
    this.lastPostAt = performance.now()
    // Copied into one buffer that is transferred: an update's own buffer may still be read by others
    // (relayed frames, 'update' listeners).
    const packed = packOperations(ops)
    this.send({ type: 'ops', seq: this.postedSeq, ops: packed }, [packed.bytes.buffer, packed.ends.buffer])
    this.updateRef()
  }

  private send(message: ToWorker, transfer: readonly TransferListItem[] = []): void {
    this.worker.postMessage(message, transfer)
  }

  private readonly onMessage = (message: FromWorker): void => {
    switch (message.type) {
      case 'committed': {
        this.reportedSeq = message.seq
        const waiters = this.waiters
        this.waiters = []
        for (const waiter of waiters) {
          if (waiter.seq <= message.seq) waiter.resolve()
          else this.waiters.push(waiter)
        }
        // What piled up during that commit is the next group.
        if (!this.closed) this.schedulePost()
        break
      }
      case 'loaded':
      case 'loadFailed': {
        const pending = this.loads.get(message.id)
        this.loads.delete(message.id)
        if (message.type === 'loaded') pending?.resolve({ updates: message.updates })
        else pending?.reject(new Error(message.error))
        break
      }
      case 'commitFailed':
        console.error(`[storage] ${message.error}`)
        break
      case 'log':
        if (message.level === 'warn') console.warn(message.message)
        else console.error(message.message)
        break
      case 'closed':
        this.workerClosed?.resolve(message.error)
        break
      case 'folded':
        this.folds.answer(message.docName, message.applied ? { snapshot: message.snapshot, deleteSetBytes: message.deleteSetBytes } : null)
        break
    }
    this.updateRef()
  }

  /** Keeps the process alive while something posted is not answered yet. */
  private updateRef(): void {
    const busy = this.postedSeq > this.reportedSeq || this.loads.size > 0 || this.workerClosed !== null
    if (busy === this.referenced) return
    this.referenced = busy
    if (busy) this.worker.ref()
    else this.worker.unref()
  }

  private fail(error: unknown): void {
    if (this.failure !== null) return
    this.failure = error instanceof Error ? error : new Error(String(error))
    console.error('[storage] the storage worker failed; nothing more can be stored', this.failure)
    this.rejectAll(this.failure)
    this.workerClosed?.resolve(this.failure.message)
  }

  private rejectAll(error: Error): void {
    for (const waiter of this.waiters.splice(0)) waiter.reject(error)
    for (const pending of this.loads.values()) pending.reject(error)
    this.loads.clear()
    this.folds.dropAll()
  }

  private async closeOnce(): Promise<void> {
    this.postQueue()
    this.closed = true
    let error: string | undefined
    if (this.failure === null) {
      const closedByWorker = new Promise<string | undefined>((resolve) => (this.workerClosed = { resolve }))
      this.updateRef()
      this.send({ type: 'close' })
      error = await closedByWorker
    }
    await this.worker.terminate()
    this.db.close()
    if (error !== undefined) {
      const failure = new Error(`storage closed with uncommitted work: ${error}`)
      this.rejectAll(failure)
      throw failure
    }
    // Everything posted was committed before the worker closed.
    for (const waiter of this.waiters.splice(0)) waiter.resolve()
    this.folds.dropAll()
  }
}
