import * as Y from 'yjs'
import { afterNextPaint } from './afterNextPaint'

/**
 * A doc's updates collected and handed on merged, once, after the frame that shows them: a
 * keystroke's own frame then waits for neither the socket nor IndexedDB. `flush` hands them on
 * at once; it runs when the page is hidden or left, so a reload keeps every change.
 */
export class AfterPaintUpdates {
  private queued: Uint8Array[] = []
  private cancel: (() => void) | null = null

  constructor(private readonly deliver: (update: Uint8Array) => void) {
    addEventListener('pagehide', this.flush)
    document.addEventListener('visibilitychange', this.flushIfHidden)
  }

  get empty(): boolean {
    return this.queued.length === 0
  }

  readonly add = (update: Uint8Array): void => {
    this.queued.push(update)
    // A hidden page paints no frames, and its timers are throttled: nothing to wait for.
    if (document.visibilityState === 'hidden') this.flush()
    else this.cancel ??= afterNextPaint(this.flush)
  }

  readonly flush = (): void => {
    this.cancel?.()
    this.cancel = null
    if (this.queued.length === 0) return
    const updates = this.queued
    this.queued = []
    this.deliver(updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates))
  }

  /** Hands on what is queued and stops listening. */
  destroy(): void {
    this.flush()
    removeEventListener('pagehide', this.flush)
    document.removeEventListener('visibilitychange', this.flushIfHidden)
  }

  private readonly flushIfHidden = (): void => {
    if (document.visibilityState === 'hidden') this.flush()
  }
}
