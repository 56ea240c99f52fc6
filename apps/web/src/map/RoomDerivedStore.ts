import type { MapSnapshot, Room } from '@warrant/model'

/**
 * A view state that also depends on the map's structure: listeners hear its own changes and the
 * room's structural ones, and `memo` recomputes a value at most once per structure and state
 * revision. Snapshots that only move nodes (a drag, a remote move) reach no listener: with a
 * few subscriptions per node, each of them would otherwise run hundreds of getSnapshot checks.
 */
export abstract class RoomDerivedStore {
  private readonly listeners = new Set<() => void>()
  private unsubscribeRoom: (() => void) | null = null
  /** The snapshot whose structure listeners last heard of. */
  private seen: MapSnapshot | null = null
  protected revision = 0

  constructor(protected readonly room: Room) {}

  subscribe = (listener: () => void): (() => void) => {
    if (this.listeners.size === 0) {
      this.seen = this.room.getSnapshot()
      this.unsubscribeRoom = this.room.subscribe(this.onRoomChange)
    }
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
      if (this.listeners.size > 0) return
      this.unsubscribeRoom?.()
      this.unsubscribeRoom = null
    }
  }

  private readonly onRoomChange = (): void => {
    const snapshot = this.room.getSnapshot()
    const before = this.seen
    if (before && snapshot.structureVersion === before.structureVersion) return
    this.seen = snapshot
    if (!before || this.seesChange(before, snapshot)) this.notify()
  }

  /**
   * Whether a structural change can change what this store's readers see; a store that knows it
   * cannot (its view is off, or the change is not one it reads) says no, and no listener runs.
   * Values are still computed afresh when next read (`memo`). With a few readers per node, a new
   * node otherwise ran over a thousand getSnapshot checks inside the keystroke that made it.
   */
  protected seesChange(_before: MapSnapshot, _after: MapSnapshot): boolean {
    return true
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
