/** A seeded PRNG (mulberry32): the same seed gives the same run, so a failing seed can be replayed. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Seeded choices over one PRNG. */
export class Random {
  readonly next: () => number
  constructor(seed: number) {
    this.next = mulberry32(seed)
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }
  bool(probability = 0.5): boolean {
    return this.next() < probability
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Random.pick: no items')
    return items[Math.floor(this.next() * items.length)]!
  }
  /** A random subset, each item kept with the given probability. */
  subset<T>(items: readonly T[], probability = 0.5): T[] {
    return items.filter(() => this.next() < probability)
  }
  word(): string {
    const letters = 'abcdefghijklmnopqrstuvwxyz'
    let word = ''
    for (let n = this.int(1, 6); n > 0; n--) word += letters[this.int(0, letters.length - 1)]
    return word
  }
  /** A URL-safe id of the given length. */
  id(length = 10): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    let id = ''
    for (let n = 0; n < length; n++) id += alphabet[this.int(0, alphabet.length - 1)]
    return id
  }
}
