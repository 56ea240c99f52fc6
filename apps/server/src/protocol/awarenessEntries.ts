import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { FrameError } from '../FrameError'
import { closeCodes } from './closeCodes'

/** One client's entry in an awareness update: `varUint(id) varUint(clock) varString(stateJson)`. */
export interface AwarenessEntry {
  clientId: number
  clock: number
  /** The state as sent (JSON text; `null` when the client left). Parsed later by y-protocols. */
  stateJson: string
}

/** Splits an awareness update into its entries, so they can be vetted one by one. */
export function decodeAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  try {
    const decoder = decoding.createDecoder(update)
    const count = decoding.readVarUint(decoder)
    const entries: AwarenessEntry[] = []
    for (let index = 0; index < count; index += 1) {
      entries.push({ clientId: decoding.readVarUint(decoder), clock: decoding.readVarUint(decoder), stateJson: decoding.readVarString(decoder) })
    }
    return entries
  } catch {
    throw new FrameError(closeCodes.invalidPayload, 'invalid awareness update')
  }
}

export function encodeAwarenessEntries(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId)
    encoding.writeVarUint(encoder, entry.clock)
    encoding.writeVarString(encoder, entry.stateJson)
  }
  return encoding.toUint8Array(encoder)
}
