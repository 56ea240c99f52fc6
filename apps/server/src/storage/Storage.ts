/**
 * Where docs are persisted. `docName` is `<room>/<doc>`.
 *
 * Ordering contract: appends take effect in call order and `load` sees every `append` made
 * before it (committed or not). `compact` only asks the store to fold the doc's log into a
 * snapshot of the same content, later, from what it has stored: callers never pass a whole doc.
 */
export interface Storage {
  /**
   * The doc's stored updates, oldest first (a snapshot, if any, comes first). Empty for a doc
   * never stored. Never repairs or skips: rows that cannot be read make it throw.
   */
  load(docName: string): Promise<StoredDoc>
  /** Queues one update; it is committed with the next group commit. */
  append(docName: string, update: Uint8Array): void
  /** Resolves once everything appended so far is durably committed. */
  flush(): Promise<void>
  /**
   * Asks for the doc's stored snapshot and log to be replaced by one snapshot with the same
   * content (after the appends made before the call are committed; rows that do not apply are
   * left as they are). Loads before and after see the same doc.
   */
  compact(docName: string): void
  /** Commits what is queued, then releases the store. */
  close(): Promise<void>
}

export interface StoredDoc {
  updates: Uint8Array[]
}
