import type { Anchor, Room } from '@warrant/model'

const empty: ReadonlySet<string> = new Set()

/**
 * The ids of nodes whose passage is gone from the text. Resolving anchors costs a walk of the
 * text, so it runs again only when the text or an anchor changed, not when a node moves.
 */
export class OrphanStore {
  private orphaned: ReadonlySet<string> = empty
  private anchors: ReadonlyMap<string, Anchor> | null = null
  private textChanged = true
  private readonly listeners = new Set<() => void>()
  private stopWatching: (() => void) | null = null

  constructor(private readonly room: Room) {}

  subscribe = (listener: () => void): (() => void) => {
    if (this.listeners.size === 0) this.watch()
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
      if (this.listeners.size === 0) this.unwatch()
    }
  }

  get = (): ReadonlySet<string> => {
    if (!this.stopWatching) this.refresh()
    return this.orphaned
  }

  private watch(): void {
    const onText = () => {
      this.textChanged = true
      this.onRoomChange()
    }
    this.room.content.observeDeep(onText)
    const unsubscribe = this.room.subscribe(this.onRoomChange)
    this.stopWatching = () => {
      this.room.content.unobserveDeep(onText)
      unsubscribe()
    }
    // Changes went unseen while nobody watched.
    this.textChanged = true
    this.refresh()
  }

  private unwatch(): void {
    this.stopWatching?.()
    this.stopWatching = null
  }

  private onRoomChange = (): void => {
    const before = this.orphaned
    this.refresh()
    if (before !== this.orphaned) for (const listener of this.listeners) listener()
  }

  private refresh(): void {
    const anchors = this.room.getSnapshot().anchorOfNode
    // A text edit reaches this store through its own observer, which runs after the room's.
    if (!this.textChanged && this.anchors && sameEntries(this.anchors, anchors)) return
    this.anchors = anchors
    this.textChanged = false
    const orphaned = new Set<string>()
    for (const [nodeId, resolved] of this.room.getAnchorLayout().byNode) if (resolved.status === 'orphaned') orphaned.add(nodeId)
    if (!sameSet(orphaned, this.orphaned)) this.orphaned = orphaned.size === 0 ? empty : orphaned
  }
}

function sameEntries<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): boolean {
  if (a.size !== b.size) return false
  for (const [key, value] of a) if (b.get(key) !== value) return false
  return true
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a.size !== b.size) return false
  for (const value of a) if (!b.has(value)) return false
  return true
}
