/** Which node's comments are open: the node's own thread list, or its passage's (the anchor). */
export interface OpenThreads {
  readonly nodeId: string
  /** The node id or the node's anchor id. */
  readonly on: string
}

export class CommentThreadStore {
  private open: OpenThreads | null = null
  private readonly listeners = new Set<() => void>()

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  get = (): OpenThreads | null => this.open

  show(nodeId: string, on: string = nodeId): void {
    this.open = { nodeId, on }
    for (const listener of this.listeners) listener()
  }

  close(): void {
    this.open = null
    for (const listener of this.listeners) listener()
  }
}
