import * as encoding from 'lib0/encoding'

/** `varUint…` parts and `varUint8Array` payloads, as y-websocket frames are laid out. */
export function frame(...parts: (number | Uint8Array)[]): Uint8Array {
  const encoder = encoding.createEncoder()
  for (const part of parts) {
    if (typeof part === 'number') encoding.writeVarUint(encoder, part)
    else encoding.writeVarUint8Array(encoder, part)
  }
  return encoding.toUint8Array(encoder)
}

/** An awareness frame `[1, update]` with one entry per client id. */
export function awarenessFrame(entries: { clientId: number; clock?: number; state: unknown }[]): Uint8Array {
  const update = encoding.createEncoder()
  encoding.writeVarUint(update, entries.length)
  for (const entry of entries) {
    encoding.writeVarUint(update, entry.clientId)
    encoding.writeVarUint(update, entry.clock ?? 1)
    encoding.writeVarString(update, JSON.stringify(entry.state))
  }
  return frame(1, encoding.toUint8Array(update))
}
