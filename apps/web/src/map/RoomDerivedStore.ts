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

  /**
   * A memo of `compute` keyed on the map's structure and this store's revision. What derives
   * from here (labels, search results, collapsed subtrees) does not depend on positions, so the
   * snapshots a drag or a remote move makes do not recompute it.
   */
  protected memo<T>(compute: (snapshot: MapSnapshot) => T): () => T {
    let key = -1
    let revision = -1
    let value: T
    return () => {
      const snapshot = this.room.getSnapshot()
      if (snapshot.structureVersion !== key || revision !== this.revision) {
        value = compute(snapshot)
        key = snapshot.structureVersion
        revision = this.revision
      }
      return value
    }
  }
}
