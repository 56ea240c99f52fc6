import * as encoding from 'lib0/encoding'

/** What a Yjs delete set says: per client, `[clock, len]` ranges. */
export type DeleteSetLike = ReadonlyMap<number, readonly { clock: number; len: number }[]>

/**
 * Clock ranges per client, merged: a doc's delete set without the doc, or the structs it holds
 * beyond a gap. Kept as one flat `[start, end, start, end…]` array per client, so a doc's
 * deletions are a few arrays on the heap, not an object per deleted item.
 */
export class ClockRanges {
  private readonly ranges = new Map<number, number[]>()

  add(client: number, clock: number, len: number): void {
    if (len <= 0) return
    let flat = this.ranges.get(client)
    if (flat === undefined) this.ranges.set(client, (flat = []))
    const end = clock + len
    // Deletions mostly come after everything deleted before: append or extend the last range.
    const last = flat.length - 1
    if (last < 0 || clock > flat[last]!) {
      flat.push(clock, end)
      return
    }
    // First range ending at or after `clock`; every range from there that starts by `end` merges.
    let first = lowerBoundOfEnd(flat, clock)
    let start = clock
    let stop = end
    let upto = first
    while (upto < flat.length && flat[upto]! <= stop) {
      start = Math.min(start, flat[upto]!)
      stop = Math.max(stop, flat[upto + 1]!)
      upto += 2
    }
    flat.splice(first, upto - first, start, stop)
  }

  get isEmpty(): boolean {
    return this.ranges.size === 0
  }

  /**
   * Where `client`'s contiguous clocks end, given they reach `clock`: ranges that start by then
   * are taken out and extend it (structs that arrived before the ones they follow).
   */
  takeContiguous(client: number, clock: number): number {
    const flat = this.ranges.get(client)
    if (flat === undefined) return clock
    let reach = clock
    while (flat.length > 0 && flat[0]! <= reach) {
      reach = Math.max(reach, flat[1]!)
      flat.splice(0, 2)
    }
    if (flat.length === 0) this.ranges.delete(client)
    return reach
  }

  addAll(ds: DeleteSetLike): void {
    for (const [client, items] of ds) for (const { clock, len } of items) this.add(client, clock, len)
  }

  /** The parts of `ds` not deleted here yet, per client (empty when nothing is new). */
  missingFrom(ds: DeleteSetLike): Map<number, { clock: number; len: number }[]> {
    const missing = new Map<number, { clock: number; len: number }[]>()
    for (const [client, items] of ds) {
      const flat = this.ranges.get(client) ?? []
      const pieces: { clock: number; len: number }[] = []
      for (const { clock, len } of items) {
        let from = clock
        const end = clock + len
        for (let at = lowerBoundOfEnd(flat, clock); at < flat.length && flat[at]! < end && from < end; at += 2) {
          if (flat[at]! > from) pieces.push({ clock: from, len: flat[at]! - from })
          from = Math.max(from, flat[at + 1]!)
        }
        if (from < end) pieces.push({ clock: from, len: end - from })
      }
      if (pieces.length > 0) missing.set(client, pieces)
    }
    return missing
  }

  /** This delete set as Yjs writes one (V1): what follows the structs in an update. */
  encode(): Uint8Array {
    return encodeDeleteSet(new Map([...this.ranges].map(([client, flat]) => [client, rangesOf(flat)])))
  }
}

/**
 * A delete set in Yjs's V1 encoding, byte for byte as `writeDeleteSet` writes it (clients in
 * descending order, empty ones left out), so it can be matched against the tail of an update.
 */
export function encodeDeleteSet(ds: DeleteSetLike): Uint8Array {
  const encoder = encoding.createEncoder()
  const clients = [...ds].filter(([, items]) => items.length > 0).sort((a, b) => b[0] - a[0])
  encoding.writeVarUint(encoder, clients.length)
  for (const [client, items] of clients) {
    encoding.writeVarUint(encoder, client)
    encoding.writeVarUint(encoder, items.length)
    for (const { clock, len } of items) {
      encoding.writeVarUint(encoder, clock)
      encoding.writeVarUint(encoder, len)
    }
  }
  return encoding.toUint8Array(encoder)
}

function rangesOf(flat: number[]): { clock: number; len: number }[] {
  const items: { clock: number; len: number }[] = []
  for (let at = 0; at < flat.length; at += 2) items.push({ clock: flat[at]!, len: flat[at + 1]! - flat[at]! })
  return items
}

/** Index (even) of the first range whose end is at or after `clock`. */
function lowerBoundOfEnd(flat: number[], clock: number): number {
  let low = 0
  let high = flat.length / 2
  while (low < high) {
    const mid = (low + high) >> 1
    if (flat[mid * 2 + 1]! < clock) low = mid + 1
    else high = mid
  }
  return low * 2
}
