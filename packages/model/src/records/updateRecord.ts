import * as Y from 'yjs'

/** Sets fields of a stored record in place; returns false when the record is gone. */
export function updateRecord(collection: Y.Map<unknown>, id: string, fields: Record<string, unknown>): boolean {
  const record = collection.get(id)
  if (!(record instanceof Y.Map)) return false
  for (const [key, value] of Object.entries(fields)) record.set(key, value)
  return true
}
