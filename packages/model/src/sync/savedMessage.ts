import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'

/**
 * The server's "saved" acknowledgement, an extra y-websocket message type. It carries the
 * state vector of what storage has committed; a client is saved when that covers every change
 * it made. Only clients that connect with `?ack=1` receive it (stock clients would log errors).
 */
export const messageSaved = 100
export const savedAckParam = 'ack'

export function encodeSavedMessage(stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, messageSaved)
  encoding.writeVarUint8Array(encoder, stateVector)
  return encoding.toUint8Array(encoder)
}

/** Reads the state vector from a saved message's body (after its type). */
export function decodeSavedBody(decoder: decoding.Decoder): Map<number, number> {
  return Y.decodeStateVector(decoding.readVarUint8Array(decoder))
}
