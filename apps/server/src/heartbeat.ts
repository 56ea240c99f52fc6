/**
 * A peer that talks is never pinged; a silent one is pinged on the beat after the one that found
 * it had spoken, and dropped on the next if no pong came: 30–45 s after it was last heard, so a
 * vanished person's cursor does not linger.
 */
export const pingIntervalMs = 15_000
/**
 * The sweep beats one of this many slices at a time, one slice every `pingIntervalMs / slices`:
 * pinging 4,000 sockets in one loop held the event loop for 270 ms every 30 s, which was the
 * fan-out p99 at scale.
 */
const slices = 15

export interface Beating {
  /** Called once per interval: ping, drop a peer that stayed silent since its ping, or nothing if it spoke. */
  beat(): void
}

/** Beats every watched peer once per interval, a slice at a time, on one shared timer. */
export class HeartbeatSweep {
  private readonly buckets: Set<Beating>[]
  private readonly bucketOf = new Map<Beating, Set<Beating>>()
  private added = 0
  private next = 0
  private timer: NodeJS.Timeout | null = null

  constructor(
    private readonly intervalMs = pingIntervalMs,
    sliceCount = slices,
  ) {
    this.buckets = Array.from({ length: sliceCount }, () => new Set<Beating>())
  }

  watch(peer: Beating): void {
    if (this.bucketOf.has(peer)) return
    const bucket = this.buckets[this.added++ % this.buckets.length]!
    bucket.add(peer)
    this.bucketOf.set(peer, bucket)
    this.timer ??= setInterval(this.tick, this.intervalMs / this.buckets.length).unref()
  }

  forget(peer: Beating): void {
    const bucket = this.bucketOf.get(peer)
    if (!bucket) return
    bucket.delete(peer)
    this.bucketOf.delete(peer)
    if (this.bucketOf.size > 0 || this.timer === null) return
    clearInterval(this.timer)
    this.timer = null
  }

  get size(): number {
    return this.bucketOf.size
  }

  private readonly tick = (): void => {
    const bucket = this.buckets[this.next]!
    this.next = (this.next + 1) % this.buckets.length
    for (const peer of bucket) peer.beat()
  }
}

/**
 * Whether a peer needs a ping, or has gone: any frame or pong from it counts as alive, so a
 * peer that talks within the interval is never pinged at all.
 */
export class Liveness {
  private heard = true
  private pinged = false

  /** A frame or a pong arrived. */
  heardFrom(): void {
    this.heard = true
    this.pinged = false
  }

  /** What the beat should do now. */
  beat(): 'nothing' | 'ping' | 'drop' {
    if (this.heard) {
      this.heard = false
      return 'nothing'
    }
    if (this.pinged) return 'drop'
    this.pinged = true
    return 'ping'
  }
}

const sweep = new HeartbeatSweep()

export function watchHeartbeat(peer: Beating): void {
  sweep.watch(peer)
}

export function forgetHeartbeat(peer: Beating): void {
  sweep.forget(peer)
}
