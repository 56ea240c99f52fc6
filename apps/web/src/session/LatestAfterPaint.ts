import { afterNextPaint } from './afterNextPaint'

/**
 * The latest of a value set many times in a frame, applied once, after the next frame is painted.
 * For what follows a change but need not be in its frame (the caret sent to others, the save
 * status, the screen reader's announcement): written in the same task, they made the browser lay
 * out and paint the page from the root in the frame that shows a new node or a typed key.
 */
export class LatestAfterPaint<T> {
  private pending: { value: T } | null = null
  private cancelFrame: (() => void) | null = null

  constructor(private readonly apply: (value: T) => void) {}

  /** The value waiting to be applied, if any: a later `set` in the same frame replaces it. */
  get waiting(): { value: T } | null {
    return this.pending
  }

  set(value: T): void {
    this.pending = { value }
    this.cancelFrame ??= afterNextPaint(this.flush)
  }

  /** Drops the waiting value. */
  cancel(): void {
    this.cancelFrame?.()
    this.cancelFrame = null
    this.pending = null
  }

  private readonly flush = () => {
    this.cancelFrame = null
    const next = this.pending
    this.pending = null
    if (next) this.apply(next.value)
  }
}
