import { Listeners } from '../focus/Listeners'

/** Which map node, if any, has its text open for editing. */
export class EditingStore {
  private nodeId: string | null = null
  private readonly listeners = new Listeners()

  subscribe = this.listeners.subscribe

  get = (): string | null => this.nodeId

  start(nodeId: string): void {
    this.set(nodeId)
  }

  stop(nodeId?: string): void {
    if (nodeId === undefined || this.nodeId === nodeId) this.set(null)
  }

  private set(nodeId: string | null): void {
    if (this.nodeId === nodeId) return
    this.nodeId = nodeId
    this.listeners.notify()
  }
}
