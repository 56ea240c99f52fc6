import * as Y from 'yjs'
import { type DeleteSetLike, encodeDeleteSet } from './ClockRanges'

/**
 * How many bytes at the end of `update` are its delete set `ds`, as Yjs writes one; null for an
 * update written otherwise. Without `ds` it reads the whole update (for a fold thread, not the
 * event loop).
 */
export function deleteSetLength(update: Uint8Array, ds: DeleteSetLike = Y.decodeUpdate(update).ds.clients): number | null {
  const deleteSet = encodeDeleteSet(ds)
  const offset = update.byteLength - deleteSet.byteLength
  if (offset < 0) return null
  for (let index = 0; index < deleteSet.byteLength; index++) if (update[offset + index] !== deleteSet[index]) return null
  return deleteSet.byteLength
}
