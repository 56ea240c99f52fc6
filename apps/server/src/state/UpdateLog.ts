/**
 * Updates kept back to back in one growing buffer, with their end offsets in one array: a doc's
 * log is two objects on the heap however many updates it holds (an array per update would be
 * thousands of small objects per doc for the garbage collector to mark).
 */
export class UpdateLog {
  private bytes = new Uint8Array(256)
  private length = 0
  private ends: number[] = []

  get count(): number {
    return this.ends.length
  }

  append(update: Uint8Array): void {
    if (this.length + update.byteLength > this.bytes.byteLength) this.resize(Math.max(this.bytes.byteLength * 2, this.length + update.byteLength))
    this.bytes.set(update, this.length)
    this.length += update.byteLength
    this.ends.push(this.length)
  }

  /** The updates, oldest first, as views of the log (valid until the next append or drop). */
  updates(): Uint8Array[] {
    return this.ends.map((end, index) => this.bytes.subarray(index === 0 ? 0 : this.ends[index - 1]!, end))
  }

  /** Forgets the oldest `count` updates; the buffer shrinks to what is left. */
  dropFirst(count: number): void {
    if (count <= 0) return
    const from = this.ends[count - 1]!
    const rest = this.bytes.subarray(from, this.length)
    this.bytes = new Uint8Array(Math.max(256, rest.byteLength * 2))
    this.bytes.set(rest)
    this.length = rest.byteLength
    this.ends = this.ends.slice(count).map((end) => end - from)
  }

  private resize(capacity: number): void {
    const grown = new Uint8Array(capacity)
    grown.set(this.bytes.subarray(0, this.length))
    this.bytes = grown
  }
}
