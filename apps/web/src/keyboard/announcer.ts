import { Listeners } from '../focus/Listeners'

/** The text of the page's polite live region: what a screen reader says after an action. */
class Announcer {
  private message = ''
  private serial = 0
  private readonly listeners = new Listeners()

  subscribe = this.listeners.subscribe

  get = (): string => this.message

  say(message: string): void {
    // The same words twice in a row must change the region, or it is not read again.
    this.serial++
    this.message = this.serial % 2 === 0 ? `${message}\u00a0` : message
    this.listeners.notify()
  }
}

export const announcer = new Announcer()
