import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import { WebSocket } from 'ws'
import { accessCloseCodes, canWrite, type DocName, type Role } from '@warrant/model'
import { FrameError, closeCodeFor } from './FrameError'
import { type Beating, Liveness, forgetHeartbeat, watchHeartbeat } from './heartbeat'
import type { SharedDoc } from './SharedDoc'
import { closeCodes } from './protocol/closeCodes'
import { decodeAwarenessEntries, encodeAwarenessEntries } from './protocol/awarenessEntries'
import { maxAwarenessPayload } from './protocol/limits'
import { messageAwareness, messageQueryAwareness, messageSync } from './protocol/messageTypes'

/** setTimeout's largest delay; later expiries are re-armed when it fires. */
const maxTimerMs = 2 ** 31 - 1

/** Who is on the other end: the doc they opened and what their link lets them do. */
export interface ConnectionAccess {
  doc: DocName
  role: Role
  /** The link the token belongs to (revoking it closes this connection). */
  linkId: string
  /** When the token stops working (ms since the epoch), or null. */
  expiresAt: number | null
}

/** The connection a socket belongs to; read by the socket listeners below, shared by all sockets. */
const connectionOf = Symbol('connection')
type Socket = WebSocket & { [connectionOf]?: Connection }

/** One client socket on one doc. Every frame it sends is untrusted. */
export class Connection implements Beating {
  /** Awareness client ids this socket has announced (made on the first); removed when it closes. */
  private announced: Set<number> | null = null
  /** The one awareness client id this socket may speak for: the first it announced. */
  private awarenessClient: number | null = null
  /** The role may write this doc; otherwise its sync step 2 and updates are dropped unread. */
  private readonly writable: boolean
  private readonly liveness = new Liveness()
  private expiryTimer: NodeJS.Timeout | null = null

  constructor(
    readonly socket: WebSocket,
    readonly sharedDoc: SharedDoc,
    /** Opted in to saved acknowledgements (`?ack=1`). */
    readonly wantsSaved: boolean,
    readonly access: ConnectionAccess,
  ) {
    this.writable = canWrite(access.role, access.doc)
    socket.binaryType = 'nodebuffer'
    ;(socket as Socket)[connectionOf] = this
    socket.on('message', Connection.onMessage)
    socket.on('pong', Connection.onPong)
    socket.on('close', Connection.onClose)
    socket.on('error', Connection.onError)
    watchHeartbeat(this)
    this.armExpiry()
    sharedDoc.addConnection(this)
  }

  /** Sends if the socket is open. A failed write makes `ws` destroy the socket, which ends in 'close'. */
  send(message: Uint8Array): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(message)
  }

  /** The awareness client ids this socket has announced and not removed. */
  get awarenessClients(): ReadonlySet<number> {
    return this.announced ?? noClients
  }

  /** Records what an awareness update of this socket added and removed. */
  noteAwareness(added: readonly number[], removed: readonly number[]): void {
    if (added.length > 0) this.announced ??= new Set()
    for (const id of added) this.announced!.add(id)
    for (const id of removed) this.announced?.delete(id)
  }

  beat(): void {
    const action = this.liveness.beat()
    if (action === 'drop') this.socket.terminate()
    else if (action === 'ping' && this.socket.readyState === WebSocket.OPEN) this.socket.ping()
  }

  close(code: number, reason: string): void {
    if (this.socket.readyState === WebSocket.OPEN || this.socket.readyState === WebSocket.CONNECTING) {
      // Reasons are capped at 123 bytes by the WebSocket spec.
      this.socket.close(code, reason.slice(0, 120))
    }
  }

  private receive(data: Buffer, isBinary: boolean): void {
    this.liveness.heardFrom()
    if (this.sharedDoc.isClosed) return
    try {
      if (!isBinary) throw new FrameError(closeCodes.invalidPayload, 'text frames are not accepted')
      this.handleFrame(new Uint8Array(data.buffer, data.byteOffset, data.byteLength))
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      console.warn(`[sync] closing a connection to ${this.sharedDoc.name}: ${reason}`)
      this.close(closeCodeFor(error), reason)
    }
  }

  private handleFrame(frame: Uint8Array): void {
    const decoder = decoding.createDecoder(frame)
    const messageType = decoding.readVarUint(decoder)
    switch (messageType) {
      case messageSync:
        return this.handleSync(decoder)
      case messageAwareness:
        return this.handleAwareness(decoding.readVarUint8Array(decoder))
      case messageQueryAwareness:
        return this.send(this.sharedDoc.encodeAwarenessOfAll())
      default:
        throw new FrameError(closeCodes.protocolError, `unknown message type ${messageType}`)
    }
  }

  private handleSync(decoder: decoding.Decoder): void {
    const syncType = decoding.readVarUint(decoder)
    const payload = decoding.readVarUint8Array(decoder)
    switch (syncType) {
      case syncProtocol.messageYjsSyncStep1:
        return this.replyToStep1(payload)
      case syncProtocol.messageYjsSyncStep2:
      case syncProtocol.messageYjsUpdate:
        // y-websocket#79: never applied, stored or relayed. Not an error: the stock client
        // sends its local state as step 2, and a reader is still welcome to read.
        if (!this.writable) return
        // An update frame with nothing after its payload is relayed as it came (no encoding per update).
        return this.sharedDoc.applyClientUpdate(payload, this, syncType === syncProtocol.messageYjsUpdate && decoder.pos === decoder.arr.byteLength ? decoder.arr : null)
      default:
        throw new FrameError(closeCodes.protocolError, `unknown sync message type ${syncType}`)
    }
  }

  private replyToStep1(stateVector: Uint8Array): void {
    this.send(isEmptyStateVector(stateVector) ? this.sharedDoc.wholeStateMessage() : this.encodeStep2(stateVector))
    // The client is now in sync; tell it what is durably stored, so a client with nothing to send sees Saved.
    if (this.wantsSaved) this.sharedDoc.scheduleSaved()
  }

  private encodeStep2(stateVector: Uint8Array): Uint8Array {
    let diff: Uint8Array
    try {
      diff = this.sharedDoc.state.missingFor(stateVector)
    } catch {
      throw new FrameError(closeCodes.invalidPayload, 'invalid state vector')
    }
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, messageSync)
    encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2)
    encoding.writeVarUint8Array(encoder, diff)
    return encoding.toUint8Array(encoder)
  }

  private handleAwareness(update: Uint8Array): void {
    if (update.byteLength > maxAwarenessPayload) {
      throw new FrameError(closeCodes.messageTooBig, 'awareness update too large')
    }
    const entries = decodeAwarenessEntries(update)
    if (this.awarenessClient === null) this.claimAwarenessClient(entries)
    // Stock clients echo others' states back; a hostile one would overwrite them. Keep our own.
    const own = entries.filter((entry) => entry.clientId === this.awarenessClient)
    if (own.length === 0) return
    try {
      awarenessProtocol.applyAwarenessUpdate(this.sharedDoc.awareness, encodeAwarenessEntries(own), this)
    } catch {
      throw new FrameError(closeCodes.invalidPayload, 'invalid awareness update')
    }
  }

  /**
   * The first id announced with a state becomes this socket's, unless another connection of the
   * doc speaks for it (an echo or a spoof). Entries with a null state (a departure) claim nothing.
   */
  private claimAwarenessClient(entries: { clientId: number; stateJson: string }[]): void {
    const heldElsewhere = (id: number): boolean =>
      [...this.sharedDoc.connections].some((other) => other !== this && other.awarenessClients.has(id))
    const claim = entries.find((entry) => entry.stateJson !== 'null' && !heldElsewhere(entry.clientId))
    if (claim !== undefined) this.awarenessClient = claim.clientId
  }

  private armExpiry(): void {
    const expiresAt = this.access.expiresAt
    if (expiresAt === null) return
    const delay = expiresAt - Date.now()
    if (delay <= 0) return this.close(accessCloseCodes.expired, 'This link has expired')
    this.expiryTimer = setTimeout(() => this.armExpiry(), Math.min(delay, maxTimerMs))
    this.expiryTimer.unref()
  }

  private closed(): void {
    forgetHeartbeat(this)
    if (this.expiryTimer !== null) clearTimeout(this.expiryTimer)
    this.sharedDoc.removeConnection(this)
  }

  // Listeners shared by every socket (`this` is the socket): no closures per connection.
  private static onMessage(this: Socket, data: Buffer, isBinary: boolean): void {
    this[connectionOf]!.receive(data, isBinary)
  }

  private static onPong(this: Socket): void {
    this[connectionOf]!.liveness.heardFrom()
  }

  private static onClose(this: Socket): void {
    this[connectionOf]!.closed()
  }

  /** `ws` closes the socket itself after an error (e.g. 1009 for an oversize frame); only note it. */
  private static onError(this: Socket, error: Error): void {
    console.warn(`[sync] socket error on ${this[connectionOf]!.sharedDoc.name}: ${error.message}`)
  }
}

const noClients: ReadonlySet<number> = new Set()

/** A state vector with no clients (a fresh doc): varUint 0. */
const isEmptyStateVector = (stateVector: Uint8Array): boolean => stateVector.byteLength === 1 && stateVector[0] === 0
