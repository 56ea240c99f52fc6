/**
 * A doc is saved when storage has durably committed every change this browser made to it:
 * the committed clock for our own client id reaches our local clock. `committed` is null until
 * the server's first saved acknowledgement arrives.
 */
export function isDocSaved(
  localStateVector: ReadonlyMap<number, number>,
  committed: ReadonlyMap<number, number> | null,
  clientID: number,
): boolean {
  if (!committed) return false
  return (committed.get(clientID) ?? 0) >= (localStateVector.get(clientID) ?? 0)
}
