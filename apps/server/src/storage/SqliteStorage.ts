import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { isEmptyUpdate } from './isEmptyUpdate'
import type { Storage, StoredDoc } from './Storage'

type Operation =
  | { kind: 'append'; docName: string; bytes: Uint8Array }
  | { kind: 'compact'; docName: string; bytes: Uint8Array }

interface Waiter {
  resolve: () => void
  reject: (error: unknown) => void
}

const schema = `
  CREATE TABLE IF NOT EXISTS updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    doc TEXT NOT NULL,
    bytes BLOB NOT NULL
  );
  CREATE INDEX IF NOT EXISTS updates_by_doc ON updates (doc, seq);
  CREATE TABLE IF NOT EXISTS snapshots (
    doc TEXT PRIMARY KEY,
    bytes BLOB NOT NULL,
    upto_seq INTEGER NOT NULL,
    saved_at INTEGER NOT NULL
  );
`

const retryDelayMs = 1000

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
 * Group commit: everything queued in one tick goes into one transaction (one fsync).
 */
export class SqliteStorage implements Storage {
  readonly file: string
  private readonly db: Database.Database
  private queue: Operation[] = []
  private waiters: Waiter[] = []
  private scheduled: NodeJS.Immediate | NodeJS.Timeout | null = null
  private closed = false

  constructor(dataDir: string) {
    fs.mkdirSync(dataDir, { recursive: true })
    this.file = path.join(dataDir, 'warrant.sqlite')
    this.db = new Database(this.file)
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = FULL')
    this.db.pragma('busy_timeout = 5000')
    this.db.exec(schema)
  }

  async load(docName: string): Promise<StoredDoc> {
    // Pending appends for this doc (e.g. from a copy just unloaded) must be visible to the load.
    if (this.queue.length > 0) this.commitNow()
    const snapshot = this.db.prepare('SELECT bytes FROM snapshots WHERE doc = ?').get(docName) as
      | { bytes: Buffer }
      | undefined
    const rows = this.db.prepare('SELECT bytes FROM updates WHERE doc = ? ORDER BY seq').all(docName) as {
      bytes: Buffer
    }[]
    const updates = rows.map((row) => new Uint8Array(row.bytes))
    if (snapshot !== undefined) updates.unshift(new Uint8Array(snapshot.bytes))
    return { updates }
  }

  append(docName: string, update: Uint8Array): void {
    this.enqueue({ kind: 'append', docName, bytes: update })
  }

  compact(docName: string, snapshot: Uint8Array): void {
    this.enqueue({ kind: 'compact', docName, bytes: snapshot })
  }

  flush(): Promise<void> {
    if (this.queue.length === 0) return Promise.resolve()
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }))
  }

  async close(): Promise<void> {
    if (this.closed) return
    if (this.queue.length > 0) this.commitNow()
    this.closed = true
    this.db.close()
  }

  /** The database itself, for tables that live beside the docs (the rooms registry) and reads. */
  get database(): Database.Database {
    return this.db
  }

  /**
   * Runs `work` in one SQLite transaction, now: after committing everything queued (so it is
   * ordered after earlier appends), and throwing if that or `work` fails, without retry. Used
   * where registry rows and doc rows must commit together (creating or deleting a room).
   */
  transactNow<T>(work: (transaction: StorageTransaction) => T): T {
    if (this.closed) throw new Error('storage is closed')
    if (this.queue.length > 0) this.commitNow()
    if (this.queue.length > 0) throw new Error('storage cannot commit right now')
    const insertUpdate = this.db.prepare('INSERT INTO updates (doc, bytes) VALUES (?, ?)')
    const deleteUpdates = this.db.prepare('DELETE FROM updates WHERE doc = ?')
    const deleteSnapshot = this.db.prepare('DELETE FROM snapshots WHERE doc = ?')
    const transaction: StorageTransaction = {
      db: this.db,
      append: (docName, update) => void insertUpdate.run(docName, update),
      deleteDoc: (docName) => {
        deleteUpdates.run(docName)
        deleteSnapshot.run(docName)
      },
    }
    return this.db.transaction(() => work(transaction))()
  }

  private enqueue(operation: Operation): void {
    if (this.closed) throw new Error('storage is closed')
    this.queue.push(operation)
    this.scheduled ??= setImmediate(() => this.commitNow())
  }

  private commitNow(): void {
    this.cancelScheduled()
    const operations = this.queue
    const waiters = this.waiters
    this.queue = []
    this.waiters = []
    try {
      this.writeBatch(operations)
    } catch (error) {
      console.error(`[storage] commit of ${operations.length} operations failed; retrying`, error)
      // Keep the operations (in order) so nothing received is dropped; acks wait for the retry.
      this.queue = operations.concat(this.queue)
      this.waiters = waiters.concat(this.waiters)
      this.scheduled = setTimeout(() => this.commitNow(), retryDelayMs)
      return
    }
    for (const waiter of waiters) waiter.resolve()
  }

  private cancelScheduled(): void {
    if (this.scheduled === null) return
    clearImmediate(this.scheduled as NodeJS.Immediate)
    clearTimeout(this.scheduled as NodeJS.Timeout)
    this.scheduled = null
  }

  private readonly writeBatch = (operations: Operation[]): void => {
    const insertUpdate = this.db.prepare('INSERT INTO updates (doc, bytes) VALUES (?, ?)')
    const lastSeq = this.db.prepare('SELECT MAX(seq) AS seq FROM updates WHERE doc = ?')
    const hasContent = this.db.prepare(
      'SELECT EXISTS (SELECT 1 FROM snapshots WHERE doc = ?) OR EXISTS (SELECT 1 FROM updates WHERE doc = ?) AS found',
    )
    const putSnapshot = this.db.prepare(
      'INSERT OR REPLACE INTO snapshots (doc, bytes, upto_seq, saved_at) VALUES (?, ?, ?, ?)',
    )
    const deleteUpTo = this.db.prepare('DELETE FROM updates WHERE doc = ? AND seq <= ?')
    this.db.transaction(() => {
      for (const operation of operations) {
        if (operation.kind === 'append') {
          insertUpdate.run(operation.docName, operation.bytes)
          continue
        }
        const found = (hasContent.get(operation.docName, operation.docName) as { found: number }).found
        if (found && isEmptyUpdate(operation.bytes)) {
          // hocuspocus#382: an empty doc written over real content destroys it. Refuse.
          console.error(`[storage] refused to compact ${operation.docName} to an empty snapshot`)
          continue
        }
        const seq = (lastSeq.get(operation.docName) as { seq: number | null }).seq ?? 0
        putSnapshot.run(operation.docName, operation.bytes, seq, Date.now())
        deleteUpTo.run(operation.docName, seq)
      }
    })()
  }
}
