/** Messages between `SqliteStorage` (main thread) and `sqliteWorker.ts` (its writer thread). */

export const schema = `
  CREATE TABLE IF NOT EXISTS updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    doc TEXT NOT NULL,
    bytes BLOB NOT NULL
  );
  CREATE INDEX IF NOT EXISTS updates_by_doc ON updates (doc, seq);
  CREATE TABLE IF NOT EXISTS snapshots (
    doc TEXT PRIMARY KEY,
    bytes BLOB NOT NULL,
    upto_seq INTEGER NOT NULL,
    saved_at INTEGER NOT NULL
  );
`

export type Operation =
  | { kind: 'append'; docName: string; bytes: Uint8Array }
  | { kind: 'compact'; docName: string; bytes: Uint8Array }
  /** Fold the doc's committed rows into its snapshot, encoded on the fold thread (foldWorker.ts). */
  | { kind: 'fold'; docName: string }

/**
 * A batch of operations as posted to the writer: every operation's bytes copied into one buffer
 * that is transferred, not cloned. Cloning each update's own view cost 7 % of the event loop at
 * 6,000 updates/s, and a view of a received frame would clone the whole socket chunk under it.
 */
export interface PackedOperations {
  kinds: Operation['kind'][]
  docNames: string[]
  /** Where each operation's bytes end in `bytes` (a fold's end is the previous one's). */
  ends: Uint32Array<ArrayBuffer>
  bytes: Uint8Array<ArrayBuffer>
}

export function packOperations(ops: readonly Operation[]): PackedOperations {
  const ends = new Uint32Array(ops.length)
  let total = 0
  ops.forEach((op, index) => {
    if (op.kind !== 'fold') total += op.bytes.byteLength
    ends[index] = total
  })
  const bytes = new Uint8Array(total)
  ops.forEach((op, index) => {
    if (op.kind !== 'fold') bytes.set(op.bytes, ends[index]! - op.bytes.byteLength)
  })
  return { kinds: ops.map((op) => op.kind), docNames: ops.map((op) => op.docName), ends, bytes }
}

export function unpackOperations({ kinds, docNames, ends, bytes }: PackedOperations): Operation[] {
  return kinds.map((kind, index): Operation => {
    const docName = docNames[index]!
    if (kind === 'fold') return { kind, docName }
    return { kind, docName, bytes: bytes.subarray(index === 0 ? 0 : ends[index - 1]!, ends[index]!) }
  })
}

/** What the writer hands the fold thread: the doc's snapshot (if any) and rows up to `uptoSeq`. */
export interface FoldRequest {
  docName: string
  updates: Uint8Array[]
  uptoSeq: number
}

/** The fold thread's answer: one update with everything in the request, or why it could not. */
export type FoldResult = { docName: string; uptoSeq: number; bytes: Uint8Array; deleteSetBytes: number } | { docName: string; uptoSeq: number; error: string }

export interface WorkerData {
  file: string
  /**
   * `BigInt64Array` over it: [0] = the highest batch sequence number durably committed,
   * [1] = 1 while commits fail and are being retried, else 0.
   */
  committed: SharedArrayBuffer
}

export type ToWorker =
  /** A batch of operations, numbered 1, 2, 3… in posting order. */
  | { type: 'ops'; seq: number; ops: PackedOperations }
  /** Read a doc as if every batch posted before this message were committed. */
  | { type: 'load'; id: number; docName: string }
  /** Commit everything, close the connection, answer `closed`, end. */
  | { type: 'close' }

export type FromWorker =
  /** Every batch up to `seq` is durably committed (also stored in `committed`, before this message). */
  | { type: 'committed'; seq: number }
  | { type: 'loaded'; id: number; updates: Uint8Array[] }
  | { type: 'loadFailed'; id: number; error: string }
  /** A commit failed; its batches stay queued and are retried (no ack until then). */
  | { type: 'commitFailed'; error: string }
  /** Something to log on the main thread (where the server's logs and tests' spies are). */
  | { type: 'log'; level: 'error' | 'warn'; message: string }
  | { type: 'closed'; error?: string }
  /**
   * A fold op is done with: its snapshot committed (`applied`, with the snapshot and how many of
   * its last bytes are the delete set), or dropped (no rows, overtaken, failed). A doc's folds are
   * answered in the order they were asked for.
   */
  | { type: 'folded'; docName: string; applied: false }
  | { type: 'folded'; docName: string; applied: true; snapshot: Uint8Array; deleteSetBytes: number }
