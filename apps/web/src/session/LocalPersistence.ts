import { IndexeddbPersistence, PREFERRED_TRIM_SIZE } from 'y-indexeddb'
import type * as Y from 'yjs'
import { AfterPaintUpdates } from './AfterPaintUpdates'
import { DocUpdates } from './DocUpdates'
import { afterNextPaint } from './afterNextPaint'
import type { PendingChange } from './PendingChanges'
import { requestCompaction } from './requestCompaction'

const pendingKey = 'pending'
/** Folding (at y-indexeddb's own PREFERRED_TRIM_SIZE records) waits for this long a pause in changes, as its trim did, and runs in a worker. */
const compactAfterQuietMs = 1000

/**
 * One doc's copy in this browser's IndexedDB (y-indexeddb), plus whether every change is
 * stored yet: the "Saved on this device" half of the status.
 *
 * Rule: y-indexeddb writes each update it is given in its own readwrite transaction (and the
 * whole doc when it opens). It is given this browser's updates merged, once per frame, after the
 * frame that shows them (AfterPaintUpdates), or at once when the page is hidden or left. After
 * each write we open a readonly transaction on the same store; IndexedDB starts it only after
 * every earlier overlapping readwrite transaction has committed, so when it completes, every
 * update written before it is stored. One such barrier is in flight at a time; it covers all
 * writes up to the moment it was opened, and nothing still queued.
 */
export class LocalPersistence {
  readonly persistence: IndexeddbPersistence
  /** Resolves once the stored copy is loaded into the doc (or failed to load: then it stays unloaded). */
  readonly whenLoaded: Promise<boolean>
  private requested = 0
  private written = 0
  private barrier = false
  private loaded = false
  private failed = false
  private destroyed = false
  private pendingScheduled: (() => void) | null = null
  private pendingToWrite: readonly PendingChange[] = []
  private readonly toStore: AfterPaintUpdates
  private compactTimer: ReturnType<typeof setTimeout> | undefined
  private compacting = false

  constructor(
    readonly name: string,
    private readonly doc: Y.Doc,
    private readonly onChange: () => void = () => {},
    /** Folds the copy's records into one; a worker in the page, the same code in place in tests. */
    private readonly compact: (name: string) => Promise<number> = requestCompaction,
  ) {
    this.persistence = new IndexeddbPersistence(name, doc)
    // Written here rather than by y-indexeddb's handler, whose trim (every 500 records, 1 s after
    // the last) applied them all to the doc again and encoded it whole on the main thread: a
    // 265 ms freeze on a 2,000-node map whenever the room went quiet.
    doc.off('update', this.persistence._storeUpdate)
    this.toStore = new AfterPaintUpdates((update) => {
      this.storeUpdate(update)
      this.requested++
      this.scheduleBarrier()
    })
    DocUpdates.of(doc).add(this.onUpdate)
    addEventListener('pagehide', this.flushPending)
    this.whenLoaded = this.persistence.whenSynced.then(
      () => {
        this.loaded = true
        this.requested++
        this.scheduleBarrier()
        return true
      },
      () => false,
    )
    // y-indexeddb leaves whenSynced pending when the database cannot open (private mode, quota).
    this.persistence._db.catch(() => {
      this.failed = true
      this.onChange()
    })
  }

  /** Every change made so far is in IndexedDB. */
  get stored(): boolean {
    return this.loaded && !this.failed && this.toStore.empty && this.written >= this.requested && !this.barrier
  }

  get available(): boolean {
    return !this.failed
  }

  /** The changes an earlier page recorded as not yet acknowledged by the server. */
  async readPending(): Promise<PendingChange[]> {
    try {
      const value: unknown = localStorage.getItem(this.pendingStorageKey) ?? (await this.persistence.get(pendingKey))
      const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : []
      return Array.isArray(parsed) ? parsed.filter(isPendingChange) : []
    } catch {
      return []
    }
  }

  /**
   * Records the not-yet-acknowledged changes, so a reload while offline still counts them. In
   * localStorage, after the frame, and at once when the page is left: an IndexedDB write still in
   * flight when the page reloads is lost, and the count would come back short.
   */
  writePending(changes: readonly PendingChange[]): void {
    this.pendingToWrite = changes
    if (this.pendingScheduled || this.destroyed) return
    this.pendingScheduled = afterNextPaint(this.flushPending)
  }

  private readonly flushPending = (): void => {
    if (!this.pendingScheduled) return
    this.pendingScheduled()
    this.pendingScheduled = null
    try {
      localStorage.setItem(this.pendingStorageKey, JSON.stringify(this.pendingToWrite))
    } catch {
      // Storage full or disabled: the count after a reload starts from what the server acknowledges.
    }
  }

  private get pendingStorageKey(): string {
    return `warrant.pending.${this.name}`
  }

  destroy(): Promise<void> {
    DocUpdates.of(this.doc).remove(this.onUpdate)
    this.destroyed = true
    clearTimeout(this.compactTimer)
    // What is still queued is written, with no barrier: nobody asks whether it is stored any more.
    this.toStore.destroy()
    this.flushPending()
    removeEventListener('pagehide', this.flushPending)
    return this.persistence.destroy()
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this.persistence) return
    this.toStore.add(update)
    this.onChange()
  }

  /** As y-indexeddb stores one: a record of its own; before the copy is open, the doc is stored whole on opening. */
  private storeUpdate(update: Uint8Array): void {
    const db = this.persistence.db
    if (!db) return
    db.transaction(['updates'], 'readwrite').objectStore('updates').add(update)
    this.persistence._dbsize++
    if (this.persistence._dbsize < PREFERRED_TRIM_SIZE || this.compacting) return
    clearTimeout(this.compactTimer)
    this.compactTimer = setTimeout(this.compactNow, compactAfterQuietMs)
  }

  private readonly compactNow = (): void => {
    if (this.destroyed) return
    this.compacting = true
    const recordsBefore = this.persistence._dbsize
    // The folded records became one; those written meanwhile and not folded stay counted. Not
    // folded (storage full, the copy discarded): the next try waits for as many records more.
    const after = (folded: number) => {
      this.persistence._dbsize -= folded > 0 ? folded - 1 : recordsBefore
      this.compacting = false
    }
    this.compact(this.name).then(after, () => after(0))
  }

  private scheduleBarrier(): void {
    const db = this.persistence.db
    if (this.barrier || !db || this.destroyed) return
    this.barrier = true
    const target = this.requested
    const done = (ok: boolean) => {
      this.barrier = false
      if (ok) this.written = Math.max(this.written, target)
      else this.failed = true
      if (this.requested > this.written && ok) this.scheduleBarrier()
      this.onChange()
    }
    try {
      const transaction = db.transaction(['updates'], 'readonly')
      transaction.objectStore('updates').count()
      transaction.oncomplete = () => done(true)
      transaction.onerror = () => done(false)
      transaction.onabort = () => done(false)
    } catch {
      done(false)
    }
  }
}

function isPendingChange(value: unknown): value is PendingChange {
  if (typeof value !== 'object' || value === null) return false
  const { client, clock, deleteOnly } = value as Record<string, unknown>
  return Number.isInteger(client) && Number.isInteger(clock) && typeof deleteOnly === 'boolean'
}
