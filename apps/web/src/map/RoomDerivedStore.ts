import type { MapSnapshot, Room } from '@warrant/model'

/**
 * A view state that also depends on the map: listeners hear both its own changes and the
 * room's, and `derive` recomputes a value at most once per snapshot and state revision.
 */
export abstract class RoomDerivedStore {
  private readonly listeners = new Set<() => void>()
  protected revision = 0

  constructor(protected readonly room: Room) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    const unsubscribe = this.room.subscribe(listener)
    return () => {
      this.listeners.delete(listener)
      unsubscribe()
    }
  }

  /** The state changed: derived values are computed again. */
  protected changed(): void {
    this.revision++
    this.notify()
  }

  /** Something the views show changed, but nothing derived from the map. */
  protected notify(): void {
    for (const listener of this.listeners) listener()
  }

  /** A memo of `compute` keyed on the snapshot and this store's revision. */
  protected memo<T>(compute: (snapshot: MapSnapshot) => T): () => T {
    let key: MapSnapshot | null = null
    let revision = -1
    let value: T
    return () => {
      const snapshot = this.room.getSnapshot()
      if (snapshot !== key || revision !== this.revision) {
        value = compute(snapshot)
        key = snapshot
        revision = this.revision
      }
      return value
    }
  }
}
