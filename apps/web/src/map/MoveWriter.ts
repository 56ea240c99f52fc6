import { moveNodes, type NodeMove, type Room } from '@warrant/model'

/**
 * Writes dragged positions to the model at most once per animation frame, so others see a drag
 * live without one transaction per pointer event; the drop writes the final positions at once.
 */
export class MoveWriter {
  private readonly pending = new Map<string, NodeMove['position']>()
  private frame: number | null = null

  constructor(
    private readonly room: Room,
    private readonly schedule: (callback: () => void) => number = (callback) => requestAnimationFrame(callback),
    private readonly cancel: (handle: number) => void = (handle) => cancelAnimationFrame(handle),
  ) {}

  queue(id: string, position: NodeMove['position']): void {
    this.pending.set(id, { x: position.x, y: position.y })
    this.frame ??= this.schedule(this.flush)
  }

  /** The drop: drops whatever is queued and writes these positions now. */
  finish(moves: readonly NodeMove[]): void {
    this.discard()
    moveNodes(this.room, moves)
  }

  discard(): void {
    if (this.frame !== null) this.cancel(this.frame)
    this.frame = null
    this.pending.clear()
  }

  private flush = (): void => {
    this.frame = null
    const moves = [...this.pending].map(([id, position]) => ({ id, position }))
    this.pending.clear()
    moveNodes(this.room, moves)
  }
}
