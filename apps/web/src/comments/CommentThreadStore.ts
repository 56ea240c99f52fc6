import { Listeners } from '../focus/Listeners'

/** Which node's comments are open: the node's own thread list, or its passage's (the anchor). */
export interface OpenThreads {
  readonly nodeId: string
  /** The node id or the node's anchor id. */
  readonly on: string
}

export class CommentThreadStore {
  private open: OpenThreads | null = null
  private readonly listeners = new Listeners()

  subscribe = this.listeners.subscribe

  get = (): OpenThreads | null => this.open

  show(nodeId: string, on: string = nodeId): void {
    this.open = { nodeId, on }
    this.listeners.notify()
  }

  close(): void {
    this.open = null
    this.listeners.notify()
  }
}
