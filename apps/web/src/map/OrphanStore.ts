import { type Anchor, type Room, sameEntries } from '@warrant/model'

const empty: ReadonlySet<string> = new Set()

/** How long the text must rest before passages are checked again (ms). */
const textPause = 250

/**
 * The ids of nodes whose passage is gone from the text. Resolving anchors costs a walk of the
 * text, so it runs again only when the text or an anchor changed, not when a node moves.
 */
export class OrphanStore {
  private orphaned: ReadonlySet<string> = empty
  private anchors: ReadonlyMap<string, Anchor> | null = null
  private textChanged = true
  private textTimer: ReturnType<typeof setTimeout> | null = null
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
    // Typing changes the text on every key; whether a passage is gone can wait for a pause.
    const onText = () => {
      this.textChanged = true
      this.textTimer ??= setTimeout(() => {
        this.textTimer = null
        this.recompute(true)
      }, textPause)
    }
    this.room.content.observeDeep(onText)
    const unsubscribe = this.room.subscribe(this.onRoomChange)
    this.stopWatching = () => {
      this.room.content.unobserveDeep(onText)
      if (this.textTimer !== null) clearTimeout(this.textTimer)
      this.textTimer = null
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

  private onRoomChange = (): void => this.recompute(false)

  private recompute(textDue: boolean): void {
    const before = this.orphaned
    this.refresh(textDue)
    if (before !== this.orphaned) for (const listener of this.listeners) listener()
  }

  private refresh(textDue = true): void {
    const anchors = this.room.getSnapshot().anchorOfNode
    // A text change waits for its pause unless an anchor changed too.
    const textCounts = this.textChanged && textDue
    if (!textCounts && this.anchors && sameEntries(this.anchors, anchors)) return
    this.anchors = anchors
    this.textChanged = false
    const orphaned = new Set<string>()
    for (const [nodeId, resolved] of this.room.getAnchorLayout().byNode) if (resolved.status === 'orphaned') orphaned.add(nodeId)
    if (!sameSet(orphaned, this.orphaned)) this.orphaned = orphaned.size === 0 ? empty : orphaned
  }
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a.size !== b.size) return false
  for (const value of a) if (!b.has(value)) return false
  return true
}
