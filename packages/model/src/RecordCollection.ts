import type * as Y from 'yjs'
import type { z } from 'zod/mini'
import { readRecord } from './records/readRecord'

/**
 * The valid records of one Y.Map, kept up to date by re-reading only the ids a change touched,
 * so unchanged records keep their identity.
 */
export class RecordCollection<T> {
  readonly records = new Map<string, T>()
  invalid = new Set<string>()

  constructor(
    readonly map: Y.Map<unknown>,
    private readonly schema: z.ZodMiniType<T>,
  ) {
    for (const id of map.keys()) this.refresh(id)
  }

  /** Re-reads the given ids; returns whether anything changed. */
  refreshAll(ids: Iterable<string>): boolean {
    let changed = false
    for (const id of ids) changed = this.refresh(id) || changed
    return changed
  }

  private refresh(id: string): boolean {
    const read = this.map.has(id) ? readRecord(this.map.get(id), this.schema) : null
    // A record filed under another id than its own would show one node twice, or a link to
    // a node under a name the map does not know.
    const record = read && (read as { id?: unknown }).id === id ? read : null
    const had = this.records.has(id) || this.invalid.has(id)
    this.invalid.delete(id)
    if (record) this.records.set(id, record)
    else {
      this.records.delete(id)
      if (this.map.has(id)) this.invalid.add(id)
    }
    return had || record !== null || this.invalid.has(id)
  }
}
