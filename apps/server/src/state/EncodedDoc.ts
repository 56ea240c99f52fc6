import * as Y from 'yjs'
import { assertIntegrable } from './assertIntegrable'
import { ClockRanges, type DeleteSetLike, encodeDeleteSet } from './ClockRanges'
import { deleteSetLength } from './deleteSetLength'
import { UpdateLog } from './UpdateLog'

/** Where a fold asked for now will end: what the doc had taken in, and its state vector then. */
export interface FoldMark {
  readonly seq: number
  readonly clocks: ReadonlyMap<number, number>
}

/** The structs section of an update with no structs; an empty delete set has the same bytes. */
const noStructs = new Uint8Array([0])
const emptyDeleteSet = noStructs

/**
 * A shared doc held as Yjs's encoding instead of a Y.Doc: the server relays and stores updates
 * and answers sync with them, and never needs the types. A loaded Y.Doc is an object per item on
 * the V8 heap (1,000 live docs were 107 MB in 1.6 M objects, and marking them stalled every
 * room for 100–300 ms); here a doc is a few byte arrays.
 *
 * The structs are kept without delete sets (a base, and a log of those taken in since), and the
 * deletions apart, merged, so that a reply to a state vector diffs only the structs and appends
 * the whole delete set, as Yjs does from a doc. The state vector counts contiguous clocks only,
 * as a doc's does: structs that arrive beyond a gap are held and counted once the gap fills.
 */
export class EncodedDoc {
  private readonly clocks = new Map<number, number>()
  private readonly detached = new ClockRanges()
  private readonly deleted = new ClockRanges()
  private base: Uint8Array = noStructsUpdate()
  /** The state vector of `base` (a client that has all of it needs only the log). */
  private baseClocks: ReadonlyMap<number, number> = new Map()
  /** How many updates taken in `base` covers; the log holds the ones after. */
  private baseSeq = 0
  private readonly log = new UpdateLog()
  /** Updates with structs taken in so far (deletions alone are kept in `deleted` only). */
  private seq = 0
  /** A fold asked for and not answered: the log must not merge into the base past its mark. */
  private folding: FoldMark | null = null

  /** Takes in the stored rows; throws naming the first that cannot be read. */
  constructor(rows: readonly Uint8Array[]) {
    rows.forEach((row, index) => {
      try {
        this.take(row, true)
      } catch (error) {
        throw new Error(`stored row ${index + 1} of ${rows.length} (${row.byteLength} bytes) cannot be read: ${String(error)}`)
      }
    })
    this.mergeLogIntoBase()
  }

  /** Structs held beyond a gap in some client's clocks (their dependencies never arrived). */
  get hasDetached(): boolean {
    return !this.detached.isEmpty
  }

  /**
   * Reads an update (throws when it is malformed, or one Yjs would fail to integrate) and takes
   * in what it adds. Answers what to store and relay: the update itself when `asSent`, otherwise
   * only its new structs and deletions (a client's sync step 2 carries its whole delete set);
   * null when nothing is new.
   */
  take(update: Uint8Array, asSent: boolean): Uint8Array | null {
    const { structs, ds: { clients: ds } } = Y.decodeUpdate(update)
    assertIntegrable(structs, ds)
    const newDeletes = this.deleted.missingFrom(ds)
    const hasNewStructs = structs.some((struct) => !(struct instanceof Y.Skip) && struct.id.clock + struct.length > (this.clocks.get(struct.id.client) ?? 0))
    if (!hasNewStructs && newDeletes.size === 0) return null
    let taken: Uint8Array
    if (asSent) taken = update
    else if (hasNewStructs) taken = concat(structsSection(Y.diffUpdate(update, Y.encodeStateVector(this.clocks)), ds), encodeDeleteSet(newDeletes))
    else taken = concat(noStructs, encodeDeleteSet(newDeletes))
    if (hasNewStructs) this.takeStructs(structs, concat(structsSection(update, ds), emptyDeleteSet))
    this.deleted.addAll(newDeletes)
    return taken
  }

  stateVector(): Uint8Array {
    return Y.encodeStateVector(this.clocks)
  }

  /** Everything, as one update (sync step 2 for a client that has nothing). */
  whole(): Uint8Array {
    this.mergeLogIntoBase()
    return concat(stripStructsEnd(mergeStructs([this.base, ...this.log.updates()])), this.deleted.encode())
  }

  /** What a client with state vector `encodedStateVector` lacks; throws when that cannot be read. */
  missingFor(encodedStateVector: Uint8Array): Uint8Array {
    const vector = Y.decodeStateVector(encodedStateVector)
    const hasBase = this.detached.isEmpty && [...this.baseClocks].every(([client, clock]) => (vector.get(client) ?? 0) >= clock)
    if (!hasBase) this.mergeLogIntoBase()
    const fromLog = Y.diffUpdate(mergeStructs(this.log.updates()), encodedStateVector)
    // Behind the base: its diff too (a scan of the base, ~40 ms for 2 MB; merging the base with the
    // log for each such client would re-encode all of it, ~100 ms).
    const structs = hasBase ? fromLog : mergeStructs([Y.diffUpdate(this.base, encodedStateVector), fromLog])
    return concat(stripStructsEnd(structs), this.deleted.encode())
  }

  /** Marks what is taken in so far as being folded (by the storage, off this thread). */
  markFold(): FoldMark {
    this.folding = { seq: this.seq, clocks: new Map(this.clocks) }
    return this.folding
  }

  /** The fold of `mark` will not come (dropped, or the doc closed). */
  foldDropped(mark: FoldMark): void {
    if (this.folding === mark) this.folding = null
  }

  /**
   * Replaces the base and the log up to `mark` with their fold: Yjs drops the content of deleted
   * items when it encodes a doc, which merging updates does not. `deleteSetBytes` is how much of
   * the snapshot's end is its delete set (kept apart here). A fold of less than the base is ignored.
   */
  foldedInto(snapshot: Uint8Array, deleteSetBytes: number, mark: FoldMark): void {
    if (this.folding === mark) this.folding = null
    if (mark.seq < this.baseSeq) return
    this.rebase(concat(snapshot.subarray(0, snapshot.byteLength - deleteSetBytes), emptyDeleteSet), mark.clocks, mark.seq)
  }

  private rebase(structs: Uint8Array, clocks: ReadonlyMap<number, number>, seq: number): void {
    this.log.dropFirst(seq - this.baseSeq)
    this.base = structs
    this.baseClocks = clocks
    this.baseSeq = seq
  }

  /**
   * Once, for the replies that need the base, rather than for each of them; not while a fold is
   * out, whose snapshot could then no longer replace the base.
   */
  private mergeLogIntoBase(): void {
    if (this.log.count > 0 && this.folding === null) this.rebase(mergeStructs([this.base, ...this.log.updates()]), new Map(this.clocks), this.seq)
  }

  private takeStructs(structs: (Y.Item | Y.GC | Y.Skip)[], canonical: Uint8Array): void {
    const touched = new Set<number>()
    for (const struct of structs) {
      if (struct instanceof Y.Skip) continue
      const { client, clock } = struct.id
      const end = clock + struct.length
      const reached = this.clocks.get(client) ?? 0
      if (clock > reached) this.detached.add(client, clock, struct.length)
      else if (end > reached) this.clocks.set(client, end)
      touched.add(client)
    }
    for (const client of touched) {
      const reached = this.clocks.get(client) ?? 0
      const extended = this.detached.takeContiguous(client, reached)
      if (extended > reached) this.clocks.set(client, extended)
    }
    this.log.append(canonical)
    this.seq += 1
  }
}

/**
 * An update without its delete set. Yjs writes the delete set last, in a canonical order
 * (`encodeDeleteSet`); an update written otherwise is first re-encoded by Yjs.
 */
function structsSection(update: Uint8Array, ds: DeleteSetLike): Uint8Array {
  let source = update
  let length = deleteSetLength(source, ds)
  if (length === null) length = deleteSetLength((source = Y.diffUpdate(update, noStructs)), ds)
  if (length === null) throw new Error('update does not end with its delete set')
  return source.subarray(0, source.byteLength - length)
}

/** Merges updates that have empty delete sets (the result has one too). */
function mergeStructs(updates: Uint8Array[]): Uint8Array {
  const nonEmpty = updates.filter((update) => update.byteLength > 2)
  if (nonEmpty.length === 0) return noStructsUpdate()
  if (nonEmpty.length === 1) return nonEmpty[0]!
  return Y.mergeUpdates(nonEmpty)
}

/** The structs section of an update whose delete set is empty. */
function stripStructsEnd(update: Uint8Array): Uint8Array {
  if (update[update.byteLength - 1] !== 0) throw new Error('expected an update with an empty delete set')
  return update.subarray(0, update.byteLength - 1)
}

function noStructsUpdate(): Uint8Array {
  return new Uint8Array([0, 0])
}

function concat(head: Uint8Array, tail: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(head.byteLength + tail.byteLength)
  bytes.set(head)
  bytes.set(tail, head.byteLength)
  return bytes
}
