import { Listeners } from './Listeners'

/**
 * Subscribers kept per key (a node id), so a change to one key tells only its own: with a
 * subscription per map card, telling every card of a 500-node map on each change re-checked
 * them all.
 */
export class KeyedListeners {
  private readonly byKey = new Map<string, Listeners>()

  /** The keys with a subscriber. */
  get size(): number {
    return this.byKey.size
  }

  has(key: string): boolean {
    return this.byKey.has(key)
  }

  keys(): IterableIterator<string> {
    return this.byKey.keys()
  }

  subscribe(key: string, listener: () => void): () => void {
    let listeners = this.byKey.get(key)
    if (!listeners) this.byKey.set(key, (listeners = new Listeners()))
    const unsubscribe = listeners.subscribe(listener)
    return () => {
      unsubscribe()
      if (listeners.size === 0 && this.byKey.get(key) === listeners) this.byKey.delete(key)
    }
  }

  notify(key: string): void {
    this.byKey.get(key)?.notify()
  }
}
