import * as Y from 'yjs'

/** Brings every doc up to date with every other, by state vectors, as a reconnect would. */
export function syncDocs(...docs: Y.Doc[]): void {
  for (const from of docs) {
    for (const to of docs) {
      if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'sync')
    }
  }
}
