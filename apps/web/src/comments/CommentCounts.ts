import type { Anchor, CommentSnapshot, Room } from '@warrant/model'
import { KeyedListeners } from '../focus/KeyedListeners'
import { threadCount } from './threadCount'

const byRoom = new WeakMap<Room, CommentCounts>()

/**
 * Each map node's comment count, on the node and on its passage, as `"total/open"`, with a
 * subscription per node: a listener runs only when its own node's count changes. Every node's
 * badge used to subscribe to the whole room, so each change (a move in a drag, a new node) ran
 * one count per node on the map.
 */
export class CommentCounts {
  private readonly listeners = new KeyedListeners()
  private readonly keys = new Map<string, string>()
  private seen: { comments: CommentSnapshot; anchors: ReadonlyMap<string, Anchor> } | null = null
  private unsubscribeRoom: (() => void) | null = null

  private constructor(private readonly room: Room) {}

  static of(room: Room): CommentCounts {
    let counts = byRoom.get(room)
    if (!counts) byRoom.set(room, (counts = new CommentCounts(room)))
    return counts
  }

  keyOf = (nodeId: string): string => {
    const comments = this.room.getComments()
    const own = threadCount(comments, nodeId)
    const passage = threadCount(comments, this.room.getSnapshot().anchorOfNode.get(nodeId)?.id)
    return `${own.total + passage.total}/${own.open + passage.open}`
  }

  subscribe(nodeId: string, listener: () => void): () => void {
    if (this.listeners.size === 0) {
      this.seen = this.inputs()
      this.unsubscribeRoom = this.room.subscribe(this.onRoomChange)
    }
    if (!this.listeners.has(nodeId)) this.keys.set(nodeId, this.keyOf(nodeId))
    const unsubscribe = this.listeners.subscribe(nodeId, listener)
    return () => {
      unsubscribe()
      if (this.listeners.has(nodeId)) return
      this.keys.delete(nodeId)
      if (this.listeners.size > 0) return
      this.unsubscribeRoom?.()
      this.unsubscribeRoom = null
    }
  }

  private inputs() {
    return { comments: this.room.getComments(), anchors: this.room.getSnapshot().anchorOfNode }
  }

  private readonly onRoomChange = (): void => {
    const inputs = this.inputs()
    // A move keeps both (Room keeps their identity): nothing to count.
    if (this.seen && this.seen.comments === inputs.comments && this.seen.anchors === inputs.anchors) return
    // A new highlight changes the anchors only: only nodes whose passage changed can count differently.
    const anchorsBefore = this.seen?.comments === inputs.comments ? this.seen.anchors : null
    this.seen = inputs
    for (const nodeId of this.listeners.keys()) {
      if (anchorsBefore && anchorsBefore.get(nodeId) === inputs.anchors.get(nodeId)) continue
      const key = this.keyOf(nodeId)
      if (key === this.keys.get(nodeId)) continue
      this.keys.set(nodeId, key)
      this.listeners.notify(nodeId)
    }
  }
}
