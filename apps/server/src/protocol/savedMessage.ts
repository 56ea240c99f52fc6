import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'

/**
 * The "saved" acknowledgement, an extra y-websocket message type: varUint(100) then
 * varUint8Array(state vector of what storage has committed). A client is saved once that vector
 * covers every change it made. Only connections opened with `?ack=1` receive it, because a stock
 * client logs "Unable to compute message" for every type it does not know.
 */
export const messageSaved = 100
export const savedAckParam = 'ack'

export function encodeSavedMessage(stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, messageSaved)
  encoding.writeVarUint8Array(encoder, stateVector)
  return encoding.toUint8Array(encoder)
}

/** Reads the committed state vector from a saved message's body (its type already read). */
export function decodeSavedBody(decoder: decoding.Decoder): Map<number, number> {
  return Y.decodeStateVector(decoding.readVarUint8Array(decoder))
}
