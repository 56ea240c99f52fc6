import { type DocName, roomEpochKey } from '@warrant/model'
import type * as Y from 'yjs'
import { LocalPersistence } from './LocalPersistence'
import type { PendingChanges } from './PendingChanges'
import { discardOtherEpochs, lastEpoch, localCopyName, normaliseEpoch, rememberEpoch } from './RoomEpoch'
import { Listeners } from '../focus/Listeners'

/** What the server says the room's epoch is now; undefined when it cannot be asked (offline). */
export type EpochSource = () => Promise<string | undefined>

export interface LocalRoomCopyOptions {
  roomId: string
  docs: Record<DocName, { doc: Y.Doc; pending: PendingChanges }>
  /** The epoch the page was opened with: the server's, or the last one known when offline. */
  epoch: string | null
  /** Asks the server for the epoch; the providers connect only once it confirmed the local copy's. */
  confirmEpoch: EpochSource
  /** Starts both providers. */
  connect: () => void
  /** The old room's copy was already loaded into the page: it must start over (default: reload). */
  restart?: () => void
  onChange: () => void
  retryMs?: number
}

const noticeKey = (roomId: string) => `warrant.epochNotice.${roomId}`

/**
 * The room's copy in this browser (IndexedDB, one database per doc and epoch) and the order of
 * starting: the server's epoch first (a copy of another epoch is deleted, never merged), then the
 * local copy is loaded, then the providers connect (on a room's first open here, at once).
 * Offline, the copy opens under the last known epoch and the providers wait until the server can
 * confirm it.
 */
export class LocalRoomCopy {
  readonly stores = new Map<DocName, LocalPersistence>()
  /** A copy of an older room with this id was discarded (read with subscribe/getDiscarded). */
  private discarded = false
  private readonly listeners = new Listeners()
  private epoch: string | undefined
  private disposed = false
  private retryTimer: ReturnType<typeof setTimeout> | null = null
  /** True while the server could not be asked: the page works offline. */
  unconfirmed = false
  private confirmed = false

  constructor(private readonly options: LocalRoomCopyOptions) {
    try {
      if (sessionStorage.getItem(noticeKey(options.roomId))) {
        sessionStorage.removeItem(noticeKey(options.roomId))
        this.discarded = true
      }
    } catch {
      // No session storage: no notice carried over a restart.
    }
  }

  subscribe = this.listeners.subscribe

  getDiscarded = (): boolean => this.discarded

  dismissNotice(): void {
    this.discarded = false
    this.listeners.notify()
  }

  private markDiscarded(): void {
    this.discarded = true
    this.listeners.notify()
  }

  /** IndexedDB holds every change to this doc so far. */
  isStored(doc: DocName): boolean {
    return this.stores.get(doc)?.stored ?? false
  }

  async open(): Promise<void> {
    const { roomId } = this.options
    const confirmed = await this.options.confirmEpoch()
    if (this.disposed) return
    this.confirmed = confirmed !== undefined
    // A room this browser never opened has no copy to load first: the providers start at once and
    // the copy fills alongside (IndexedDB then waits for no one on the room's first open).
    const neverOpened = this.confirmed && lastEpoch(roomId) === undefined
    this.epoch = confirmed ?? normaliseEpoch(this.options.epoch) ?? lastEpoch(roomId)
    if (neverOpened) this.connect()
    if (confirmed !== undefined && (await discardOtherEpochs(roomId, confirmed)) > 0) this.markDiscarded()
    if (this.disposed) return
    if (this.epoch !== undefined) await this.load(this.epoch)
    if (this.disposed || neverOpened) return
    if (confirmed !== undefined || this.epoch === undefined) return this.connect()
    this.unconfirmed = true
    this.options.onChange()
    this.waitForServer()
  }

  dispose(): void {
    this.disposed = true
    if (this.retryTimer !== null) clearTimeout(this.retryTimer)
    window.removeEventListener('online', this.retryNow)
    for (const store of this.stores.values()) void store.destroy()
    this.stores.clear()
    this.listeners.clear()
  }

  private async load(epoch: string): Promise<void> {
    const { roomId, docs, onChange } = this.options
    for (const [name, { doc }] of Object.entries(docs) as [DocName, { doc: Y.Doc }][]) {
      this.stores.set(name, new LocalPersistence(localCopyName(roomId, epoch, name), doc, onChange))
    }
    await Promise.all(
      [...this.stores].map(async ([name, store]) => {
        // A browser whose IndexedDB does not answer still opens the room, just without the copy.
        const loaded = await Promise.race([store.whenLoaded, delay(3000).then(() => false)])
        if (!loaded) return
        const { pending } = docs[name]
        pending.restore(await store.readPending())
      }),
    )
    rememberEpoch(roomId, epoch)
    for (const [name, { pending }] of Object.entries(docs) as [DocName, { pending: PendingChanges }][]) {
      const store = this.stores.get(name)
      if (store) pending.onCountChange = () => store.writePending(pending.list())
    }
  }

  private connect(): void {
    this.unconfirmed = false
    this.options.connect()
    this.options.onChange()
  }

  private waitForServer(): void {
    window.addEventListener('online', this.retryNow)
    this.retryTimer = setTimeout(this.retryNow, this.options.retryMs ?? 4000)
  }

  private readonly retryNow = (): void => {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer)
    this.retryTimer = null
    void this.options.confirmEpoch().then((confirmed) => {
      if (this.disposed || !this.unconfirmed) return
      if (confirmed === undefined) return void (this.retryTimer = setTimeout(this.retryNow, this.options.retryMs ?? 4000))
      window.removeEventListener('online', this.retryNow)
      this.confirmed = true
      if (confirmed === this.epoch) return this.connect()
      void this.startOver(confirmed)
    })
  }

  /**
   * After a sync, the doc's own `meta.epoch`. With no epoch known before (no token, no access
   * answer), the local copy starts now under it; a copy whose epoch the server did not confirm
   * and the doc contradicts is the old room's: start over.
   */
  async checkDocEpoch(doc: Y.Doc): Promise<void> {
    const reported = normaliseEpoch(doc.getMap('meta').get(roomEpochKey))
    if (reported === undefined || reported === this.epoch || this.disposed) return
    if (this.epoch === undefined) {
      this.epoch = reported
      if ((await discardOtherEpochs(this.options.roomId, reported)) > 0) this.markDiscarded()
      if (!this.disposed) await this.load(reported)
      this.options.onChange()
      return
    }
    if (this.confirmed) return console.warn(`[warrant] room ${this.options.roomId}: access epoch ${this.epoch} but doc epoch ${reported}`)
    await this.startOver(reported)
  }

  private async startOver(epoch: string): Promise<void> {
    const { roomId } = this.options
    await Promise.all([...this.stores.values()].map((store) => store.destroy()))
    this.stores.clear()
    await discardOtherEpochs(roomId, epoch)
    rememberEpoch(roomId, epoch)
    try {
      sessionStorage.setItem(noticeKey(roomId), '1')
    } catch {
      // The notice is lost; the copy is discarded all the same.
    }
    ;(this.options.restart ?? (() => window.location.reload()))()
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
