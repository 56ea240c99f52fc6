/**
 * Where docs are persisted. `docName` is `<room>/<doc>`.
 *
 * Ordering contract: operations take effect in call order. `load` sees every `append` made
 * before it (committed or not), and `compact` replaces everything appended for that doc before
 * the call, so callers never need to know row numbers.
 */
export interface Storage {
  /**
   * The doc's stored updates, oldest first (a snapshot, if any, comes first). Empty for a doc
   * never stored. Never repairs or skips: rows that cannot be read make it throw.
   */
  load(docName: string): Promise<StoredDoc>
  /** Queues one update; it is committed with the next group commit. */
  append(docName: string, update: Uint8Array): void
  /** Resolves once everything appended or compacted so far is durably committed. */
  flush(): Promise<void>
  /**
   * Queues replacing the doc's stored log with `snapshot`, which must contain every update
   * appended for it before this call. An empty snapshot never replaces stored content.
   */
  compact(docName: string, snapshot: Uint8Array): void
  /**
   * Queues folding what is stored for the doc up to this call into one snapshot, encoded off the
   * event loop. Content never changes; the fold is dropped if a later compaction, fold or deletion
   * has already replaced those rows, and (being only an optimisation) when the store closes first.
   * Resolves with the snapshot once committed, or null when the fold was dropped.
   */
  fold(docName: string): Promise<FoldedSnapshot | null>
  /** Commits what is queued, then releases the store. */
  close(): Promise<void>
}

export interface FoldedSnapshot {
  snapshot: Uint8Array
  /** How many bytes at the end of the snapshot are its delete set. */
  deleteSetBytes: number
}

export interface StoredDoc {
  updates: Uint8Array[]
}
