import * as Y from 'yjs'
import type { z } from 'zod/mini'

/**
 * Reads one stored record and validates it. Records are Y.Maps of fields so that concurrent
 * edits of different fields (a move and a text edit) both survive. Anything that does not
 * validate (a newer schema, a hostile peer) is left out rather than crashing the views.
 */
export function readRecord<T>(value: unknown, schema: z.ZodMiniType<T>): T | null {
  if (!(value instanceof Y.Map)) return null
  const result = schema.safeParse(value.toJSON())
  return result.success ? result.data : null
}

/** Writes a record as a Y.Map of its fields. */
export function recordToYMap(record: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>()
  for (const [key, field] of Object.entries(record)) map.set(key, field)
  return map
}
