import type { Connection } from './Connection'
import { SharedDoc, type SharedDocOptions } from './SharedDoc'
import type { Storage } from './storage/Storage'

export type RegistryOptions = Omit<SharedDocOptions, 'onClose' | 'storage'>

/** The loaded docs by `<room>/<doc>`; loads on first use, forgets on close. */
export class DocumentRegistry {
  private readonly loading = new Map<string, Promise<SharedDoc>>()
  private readonly loaded = new Map<string, SharedDoc>()

  constructor(
    private readonly storage: Storage,
    private readonly options: RegistryOptions,
  ) {}

  get loadedCount(): number {
    return this.loaded.size
  }

  /** The open doc, loading it if needed. Rejects (after logging) when storage cannot be read. */
  async open(name: string): Promise<SharedDoc> {
    for (;;) {
      const sharedDoc = await this.openOnce(name)
      // It may have gone idle and closed while this caller waited; then load it again.
      if (!sharedDoc.isClosed) return sharedDoc
    }
  }

  /** Every live connection of every loaded doc (revocation looks its link up here). */
  *connections(): Iterable<Connection> {
    for (const sharedDoc of this.loaded.values()) yield* sharedDoc.connections
  }

  /** Closes the loaded docs of one room without writing anything more (the room is being deleted). */
  closeRoom(room: string, code: number, reason: string): void {
    for (const sharedDoc of Array.from(this.loaded.values())) {
      if (sharedDoc.name.startsWith(`${room}/`)) sharedDoc.close(code, reason)
    }
  }

  /** Closes every loaded doc (their sockets get `code`). */
  closeAll(code: number, reason: string): void {
    // Copied: each close removes itself from the map being walked.
    for (const sharedDoc of Array.from(this.loaded.values())) sharedDoc.close(code, reason)
  }

  private openOnce(name: string): Promise<SharedDoc> {
    const existing = this.loaded.get(name)
    if (existing !== undefined) return Promise.resolve(existing)
    let pending = this.loading.get(name)
    if (pending === undefined) {
      pending = this.load(name).finally(() => this.loading.delete(name))
      this.loading.set(name, pending)
    }
    return pending
  }

  private async load(name: string): Promise<SharedDoc> {
    let sharedDoc: SharedDoc
    try {
      const stored = await this.storage.load(name)
      sharedDoc = new SharedDoc(name, stored.updates, {
        ...this.options,
        storage: this.storage,
        onClose: (closed) => {
          if (this.loaded.get(name) === closed) this.loaded.delete(name)
        },
      })
    } catch (error) {
      // Refuse to open: an empty doc served now would later be stored over the real one.
      console.error(`[storage] cannot open doc ${name} (room ${name.split('/')[0]}): ${String(error)}`)
      throw error
    }
    if (sharedDoc.state.hasDetached) {
      console.warn(`[storage] doc ${name} has stored updates whose dependencies are missing`)
    }
    this.loaded.set(name, sharedDoc)
    return sharedDoc
  }
}
