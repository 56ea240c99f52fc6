import { type Room, mapDocKeys } from '@warrant/model'
import * as Y from 'yjs'
import { Listeners } from '../focus/Listeners'

/**
 * Undo and redo of this person's map commands: a Y.UndoManager over the map doc's records that
 * tracks only the room's local command origin, so what others do concurrently is never
 * reverted. Every command is its own step (one transaction each; a node made from a highlight
 * and its anchor are one); `group` makes several transactions one step, as for a drag.
 */
export class MapUndo {
  readonly manager: Y.UndoManager
  private readonly listeners = new Listeners()
  private state = { canUndo: false, canRedo: false }
  private grouping = 0

  constructor(room: Room) {
    const { mapDoc } = room
    const scope = [mapDocKeys.nodes, mapDocKeys.links, mapDocKeys.anchors, mapDocKeys.comments].map((key) => mapDoc.getMap(key))
    this.manager = new Y.UndoManager(scope, { trackedOrigins: new Set([room.origin]), captureTimeout: 0 })
    for (const event of ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const) this.manager.on(event, this.refresh)
  }

  undo(): boolean {
    return this.manager.undo() !== null
  }

  redo(): boolean {
    return this.manager.redo() !== null
  }

  /** Starts a step that the following transactions join until `endGroup` (a drag). */
  beginGroup(): void {
    if (this.grouping++ > 0) return
    this.manager.stopCapturing()
    this.manager.captureTimeout = Number.POSITIVE_INFINITY
  }

  endGroup(): void {
    if (this.grouping === 0 || --this.grouping > 0) return
    this.manager.captureTimeout = 0
    this.manager.stopCapturing()
  }

  /** Runs `write` so that every transaction it makes is one undo step. */
  group(write: () => void): void {
    this.beginGroup()
    try {
      write()
    } finally {
      this.endGroup()
    }
  }

  subscribe = this.listeners.subscribe

  getState = (): { canUndo: boolean; canRedo: boolean } => this.state

  dispose(): void {
    this.manager.destroy()
    this.listeners.clear()
  }

  private readonly refresh = (): void => {
    const next = { canUndo: this.manager.canUndo(), canRedo: this.manager.canRedo() }
    if (next.canUndo === this.state.canUndo && next.canRedo === this.state.canRedo) return
    this.state = next
    this.listeners.notify()
  }
}
