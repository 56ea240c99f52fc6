import * as Y from 'yjs'

/** True when an update holds no content at all (e.g. the state of a doc that failed to load). */
export function isEmptyUpdate(update: Uint8Array): boolean {
  try {
    return Y.parseUpdateMeta(update).to.size === 0
  } catch {
    return false
  }
}
