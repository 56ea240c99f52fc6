import { Listeners } from '../focus/Listeners'
import { LatestAfterPaint } from '../session/LatestAfterPaint'

/** The text of the page's polite live region: what a screen reader says after an action. */
class Announcer {
  private message = ''
  private serial = 0
  private readonly listeners = new Listeners()
  // Read out after the frame that shows the change, not written in it: the region's new text had
  // the browser lay the page out from the root in the frame of a new node.
  private readonly next = new LatestAfterPaint<string>((message) => {
    // The same words twice in a row must change the region, or it is not read again: counted
    // here, per message shown, so that several said in one frame still alternate.
    this.serial++
    this.message = this.serial % 2 === 0 ? `${message}\u00a0` : message
    this.listeners.notify()
  })

  subscribe = this.listeners.subscribe

  get = (): string => this.message

  say(message: string): void {
    this.next.set(message)
  }
}

export const announcer = new Announcer()
