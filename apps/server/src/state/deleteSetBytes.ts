import * as Y from 'yjs'
import { encodeDeleteSet } from './ClockRanges'

/**
 * How many bytes at the end of `update` are its delete set, as Yjs writes one; throws for an
 * update written otherwise. Reads the whole update: for a fold thread, not the event loop.
 */
export function deleteSetBytes(update: Uint8Array): number {
  const deleteSet = encodeDeleteSet(Y.decodeUpdate(update).ds.clients)
  const offset = update.byteLength - deleteSet.byteLength
  if (offset < 0 || deleteSet.some((byte, index) => update[offset + index] !== byte)) throw new Error('the update does not end with its delete set')
  return deleteSet.byteLength
}
