import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { FrameError } from './FrameError'
import type { Connection } from './Connection'
import { closeCodes } from './protocol/closeCodes'
import { messageAwareness, messageSync } from './protocol/messageTypes'
import { encodeSavedMessage } from '@warrant/model'
import { EncodedDoc } from './state/EncodedDoc'
import type { Storage } from './storage/Storage'

export interface SharedDocOptions {
  storage: Storage
  /** Unload this long after the last connection leaves. */
  idleUnloadMs: number
  /**
   * Compact once this many log rows have piled up since the last snapshot (if they weigh at least
   * a quarter of it, so a large doc is not re-encoded for a few small edits; ten times as many
   * rows in any case), or this many bytes.
   */
  compactAfterUpdates: number
  compactAfterBytes: number
  /** Called once when the doc closes (idle, failed or server stop). */
  onClose: (sharedDoc: SharedDoc) => void
}

/** How long the encoded whole doc is kept for the next fresh client. */
const wholeStateKeepMs = 10_000

/**
 * One loaded doc (`<room>/<doc>`), its awareness, its connections and its persistence. The doc is
 * held encoded (`EncodedDoc`), not as a Y.Doc: see there why.
 */
export class SharedDoc {
  readonly state: EncodedDoc
  // Awareness needs a Y.Doc only for its own client id; this one stays empty.
  readonly awareness = new awarenessProtocol.Awareness(new Y.Doc())
  readonly connections = new Set<Connection>()
  /** How many of the connections asked for saved acknowledgements. */
  private savedListeners = 0
  /** Rows and bytes stored since the snapshot (or the first row), whose size is `baseBytes`. */
  private logUpdates = 0
  private logBytes = 0
  private baseBytes = 0
  private compactScheduled: NodeJS.Immediate | null = null
  private savedScheduled = false
  private idleTimer: NodeJS.Timeout | null = null
  private closed = false
  /** Sync step 2 with the whole doc, for clients that have nothing yet; dropped on change or after a while. */
  private wholeState: Uint8Array | null = null
  private wholeStateTimer: NodeJS.Timeout | null = null

  /** Reads the stored updates; throws (naming the bad row) rather than open a partial doc. */
  constructor(
    readonly name: string,
    stored: Uint8Array[],
    private readonly options: SharedDocOptions,
  ) {
    // The server's own awareness state would be relayed to every client as a phantom user.
    this.awareness.setLocalState(null)
    try {
      this.state = new EncodedDoc(stored)
    } catch (error) {
      this.awareness.destroy()
      throw error
    }
    stored.forEach((update, index) => {
      if (index === 0) {
        this.baseBytes = update.byteLength
      } else {
        this.logUpdates += 1
        this.logBytes += update.byteLength
      }
    })
    this.awareness.on('update', this.onAwarenessUpdate)
    this.startIdleTimer()
  }

  get isClosed(): boolean {
    return this.closed
  }

  addConnection(connection: Connection): void {
    this.cancelIdleTimer()
    this.connections.add(connection)
    if (connection.wantsSaved) this.savedListeners += 1
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, messageSync)
    encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep1)
    encoding.writeVarUint8Array(encoder, this.state.stateVector())
    connection.send(encoding.toUint8Array(encoder))
    if (this.awareness.getStates().size > 0) connection.send(this.encodeAwarenessOfAll())
  }

  removeConnection(connection: Connection): void {
    if (!this.connections.delete(connection)) return
    if (connection.wantsSaved) this.savedListeners -= 1
    awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.awarenessClients], null)
    if (this.connections.size === 0 && !this.closed) this.startIdleTimer()
  }

  /**
   * Takes in a client's sync step 2 or update, then stores and relays it. An update message
   * (`frame`: one per change a client makes) is stored and relayed as it came. A sync step 2
   * (`frame` null) goes as what it adds: sent on every reconnect, it carries the client's whole
   * delete set, which relayed as sent would reach every peer and the log each time. Nothing new,
   * nothing stored or relayed.
   */
  applyClientUpdate(update: Uint8Array, origin: Connection, frame: Uint8Array | null = null): void {
    let taken: Uint8Array | null
    try {
      // Parsed whole before anything is kept: a malformed update must fail before it is stored.
      taken = this.state.take(update, frame !== null)
    } catch {
      throw new FrameError(closeCodes.invalidPayload, 'malformed update')
    }
    if (taken !== null) this.persistAndBroadcast(taken, origin, frame)
    this.scheduleSaved()
  }

  /**
   * A Y.Doc with this doc's content for a server-side change (an import): what `change` does to
   * it is stored and relayed like a client's update. The copy is dropped afterwards.
   */
  changeWith<T>(change: (doc: Y.Doc) => T): T {
    const doc = new Y.Doc()
    try {
      Y.applyUpdate(doc, this.state.whole())
      doc.on('update', (update: Uint8Array) => {
        const taken = this.state.take(update, true)
        if (taken !== null) this.persistAndBroadcast(taken, null)
      })
      return change(doc)
    } finally {
      doc.destroy()
      this.scheduleSaved()
    }
  }

  /** After the next commit, tells opted-in connections the committed state vector. */
  scheduleSaved(): void {
    // Nobody to tell: no state vector, no flush promise per update.
    if (this.savedScheduled || this.savedListeners === 0) return
    this.savedScheduled = true
    queueMicrotask(() => {
      this.savedScheduled = false
      if (this.closed) return
      // Everything in the doc now has been appended, so the flush below commits at least this.
      const stateVector = this.state.stateVector()
      this.options.storage.flush().then(
        () => this.sendSaved(stateVector),
        (error: unknown) => console.error(`[sync] ${this.name}: commit failed, no saved ack`, error),
      )
    })
  }

  /**
   * Sync step 2 carrying the whole doc: what a client with an empty state vector needs. Encoded
   * once while the doc does not change, so a class opening the same reading costs one encoding.
   */
  wholeStateMessage(): Uint8Array {
    if (this.wholeState !== null) return this.wholeState
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, messageSync)
    encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2)
    encoding.writeVarUint8Array(encoder, this.state.whole())
    this.wholeState = encoding.toUint8Array(encoder)
    // Not kept for long: a large doc that nobody edits would otherwise be held twice.
    this.wholeStateTimer = setTimeout(() => this.dropWholeState(), wholeStateKeepMs).unref()
    return this.wholeState
  }

  encodeAwarenessOfAll(): Uint8Array {
    return encodeAwareness(this.awareness, [...this.awareness.getStates().keys()])
  }

  /** Compacts if there is a log to fold, closes every connection and releases the doc. */
  close(code: number = closeCodes.serviceRestart, reason = 'server closing the document'): void {
    if (this.closed) return
    this.closed = true
    this.cancelIdleTimer()
    this.dropWholeState()
    if (this.compactScheduled !== null) clearImmediate(this.compactScheduled)
    for (const connection of this.connections) connection.close(code, reason)
    this.connections.clear()
    this.awareness.destroy()
    this.options.onClose(this)
  }

  /** Folds the log into a snapshot (when there is a log) and closes; used when idle. */
  unload(): void {
    if (this.closed) return
    if (this.logUpdates > 0 && (this.logUpdates >= this.options.compactAfterUpdates || this.logBytes * 4 >= this.baseBytes)) this.compact()
    this.close()
  }

  private dropWholeState(): void {
    this.wholeState = null
    if (this.wholeStateTimer !== null) clearTimeout(this.wholeStateTimer)
    this.wholeStateTimer = null
  }

  private persistAndBroadcast(update: Uint8Array, origin: unknown, frame: Uint8Array | null = null): void {
    if (this.wholeState !== null) this.dropWholeState()
    this.options.storage.append(this.name, update)
    this.logUpdates += 1
    this.logBytes += update.byteLength
    const message = frame ?? encodeUpdateMessage(update)
    for (const connection of this.connections) if (connection !== origin) connection.send(message)
    // After this tick's frames are relayed: encoding the whole doc must not delay them.
    if (this.compactScheduled === null && this.compactionDue()) {
      this.compactScheduled = setImmediate(() => {
        this.compactScheduled = null
        if (!this.closed) this.compact()
      })
    }
  }

  private compactionDue(): boolean {
    const { compactAfterUpdates, compactAfterBytes } = this.options
    if (this.logBytes >= compactAfterBytes || this.logUpdates >= 10 * compactAfterUpdates) return true
    return this.logUpdates >= compactAfterUpdates && this.logBytes * 4 >= this.baseBytes
  }

  /**
   * The storage folds the log into the snapshot on its own thread: encoding a 2 MB doc here held
   * every room's fan-out for ~80 ms. Its new size is not known here; the sum is an upper bound
   * (folding never adds bytes), so a doc that shrank compacts a little later, never more often.
   */
  private compact(): void {
    const mark = this.state.markFold()
    void this.options.storage.fold(this.name).then((folded) => {
      if (folded !== null && !this.closed) this.state.foldedInto(folded.snapshot, folded.deleteSetBytes, mark)
      else this.state.foldDropped(mark)
    })
    this.baseBytes += this.logBytes
    this.logUpdates = 0
    this.logBytes = 0
  }

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const connection = origin as Connection
    if (this.connections.has(connection)) connection.noteAwareness([...added, ...updated], removed)
    const message = encodeAwareness(this.awareness, [...added, ...updated, ...removed])
    for (const each of this.connections) each.send(message)
  }

  private sendSaved(stateVector: Uint8Array): void {
    const message = encodeSavedMessage(stateVector)
    for (const connection of this.connections) if (connection.wantsSaved) connection.send(message)
  }

  private startIdleTimer(): void {
    this.cancelIdleTimer()
    this.idleTimer = setTimeout(() => {
      if (this.connections.size === 0) this.unload()
    }, this.options.idleUnloadMs)
    this.idleTimer.unref()
  }

  private cancelIdleTimer(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer)
    this.idleTimer = null
  }
}

function encodeUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, messageSync)
  syncProtocol.writeUpdate(encoder, update)
  return encoding.toUint8Array(encoder)
}

function encodeAwareness(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, messageAwareness)
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients))
  return encoding.toUint8Array(encoder)
}
