/** A dead peer (no pong) is dropped after one to two of these, so its awareness does not linger. */
const pingIntervalMs = 30_000

export interface Beating {
  /** Pings, or drops a peer that did not answer the previous ping. */
  beat(): void
}

const watched = new Set<Beating>()
let timer: NodeJS.Timeout | null = null

/**
 * One timer for every open connection rather than one each: a connection costs no Timeout and no
 * closure, and the sweep is one loop every 30 s.
 */
export function watchHeartbeat(peer: Beating): void {
  watched.add(peer)
  timer ??= setInterval(() => {
    for (const each of watched) each.beat()
  }, pingIntervalMs).unref()
}

export function forgetHeartbeat(peer: Beating): void {
  watched.delete(peer)
  if (watched.size > 0 || timer === null) return
  clearInterval(timer)
  timer = null
}
