/** The subscribers of a small external store (`useSyncExternalStore`'s subscribe), and telling them. */
export class Listeners {
  private readonly set = new Set<() => void>()

  subscribe = (listener: () => void): (() => void) => {
    this.set.add(listener)
    return () => this.set.delete(listener)
  }

  get size(): number {
    return this.set.size
  }

  clear(): void {
    this.set.clear()
  }

  notify(): void {
    for (const listener of this.set) listener()
  }
}
