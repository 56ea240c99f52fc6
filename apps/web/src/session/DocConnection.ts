import * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import { WebsocketProvider, messageSync } from 'y-websocket'
import { decodeSavedBody, messageSaved, roomTokenParam, savedAckParam } from '@warrant/model'
import { isDocSaved } from './isDocSaved'
import { AfterPaintUpdates } from './AfterPaintUpdates'
import { DocUpdates } from './DocUpdates'
import { mergeStateVectors } from './mergeStateVectors'
import { PendingChanges } from './PendingChanges'
import type { DocSyncState } from './SyncStatus'

/**
 * One doc's websocket provider plus what the status badge needs from it: connection, sync,
 * and the server's "saved" acknowledgements (message type 100, opted into with `?ack=1`).
 */
export class DocConnection {
  readonly provider: WebsocketProvider
  /** Local changes no acknowledgement covers yet (the N of "Offline — N changes waiting"). */
  readonly pending: PendingChanges
  /** Whether the device copy holds every change (set by the session once it has one). */
  storedLocally: () => boolean = () => false
  private committed: Map<number, number> | null = null
  private hadFailure = false
  private lost = false
  /** The server's close event when it closed this connection for good (4400–4499). */
  ended: { code: number; reason: string } | null = null
  /**
   * This browser's updates, sent after the frame that shows them. y-websocket sends each in the
   * transaction that made it, and a keystroke's frame then waits for the socket send and the
   * BroadcastChannel post. Several updates of one frame go as one message.
   */
  private readonly outgoing: AfterPaintUpdates
  private readonly updates: DocUpdates

  constructor(
    readonly doc: Y.Doc,
    syncBase: string,
    docName: string,
    private readonly onChange: () => void,
    token?: string,
  ) {
    const params: Record<string, string> = { [savedAckParam]: '1' }
    if (token) params[roomTokenParam] = token
    // The session connects once the local copy is loaded and the room's epoch confirmed (LocalRoomCopy).
    this.provider = new WebsocketProvider(syncBase, docName, doc, { params, connect: false })
    const send = this.provider._updateHandler
    doc.off('update', send)
    this.outgoing = new AfterPaintUpdates((update) => send(update, this))
    this.updates = DocUpdates.of(doc)
    this.updates.add(this.queueUpdate)
    this.provider.messageHandlers[messageSync] = this.receiveSync
    this.pending = new PendingChanges(onChange)
    doc.on('afterTransaction', this.pending.track)
    this.provider.messageHandlers[messageSaved] = (
      _encoder: encoding.Encoder,
      decoder: decoding.Decoder,
      _provider: WebsocketProvider,
      _emitSynced: boolean,
      _messageType: number,
    ) => {
      const committed = decodeSavedBody(decoder)
      this.committed = mergeStateVectors(this.committed, committed)
      this.pending.acknowledge(committed)
      this.onChange()
    }
    this.provider.on('status', this.onChange)
    this.provider.on('sync', (synced: boolean) => {
      if (synced) this.pending.connectionSynced()
      this.onChange()
    })
    this.provider.on('connection-error', () => {
      this.hadFailure = true
      this.onChange()
    })
    this.provider.on('connection-close', () => {
      this.hadFailure = true
      // A new connection may reach a server that lost what the old one acknowledged: ask again.
      this.committed = null
      this.pending.connectionClosed()
      this.onChange()
    })
    this.provider.on('closed', (event) => {
      this.lost = true
      this.ended = { code: event.code, reason: event.reason }
      this.onChange()
    })
    this.updates.add(this.onChange)
  }

  state(): DocSyncState {
    const local = Y.decodeStateVector(Y.encodeStateVector(this.doc))
    return {
      connected: this.provider.wsconnected,
      synced: this.provider.synced,
      saved: isDocSaved(local, this.committed, this.doc.clientID),
      lost: this.lost,
      hadFailure: this.hadFailure,
      waiting: this.pending.count,
      storedLocally: this.storedLocally(),
    }
  }

  /** Stops for good, as after a 44xx close: no reconnecting, the badge says the connection is lost. */
  stop(ended: { code: number; reason: string }): void {
    this.lost = true
    this.ended ??= ended
    this.provider.disconnect()
    this.onChange()
  }

  /** Starts the provider (it was created unconnected). */
  connect(): void {
    if (!this.lost) this.provider.connect()
  }

  /** The browser could not reach the server before the first connection: say offline, not connecting. */
  markUnreachable(): void {
    this.hadFailure = true
    this.onChange()
  }

  destroy(): void {
    this.doc.off('afterTransaction', this.pending.track)
    this.updates.remove(this.onChange)
    this.updates.remove(this.queueUpdate)
    this.outgoing.destroy()
    this.provider.destroy()
  }

  /**
   * y-websocket's sync handler, except that the server's step 2 and updates are applied through
   * `DocUpdates.applyReceived` (not encoded again for the page's listeners).
   */
  private readonly receiveSync = (encoder: encoding.Encoder, decoder: decoding.Decoder, provider: WebsocketProvider, emitSynced: boolean): void => {
    encoding.writeVarUint(encoder, messageSync)
    const syncType = decoding.readVarUint(decoder)
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      syncProtocol.readSyncStep1(decoder, encoder, this.doc)
      return
    }
    if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) throw new Error('Unknown message type')
    try {
      this.updates.applyReceived(decoding.readVarUint8Array(decoder), provider)
    } catch (error) {
      // As y-protocols does: a bad update (or a throwing observer) is reported, the connection stays.
      console.error('Caught error while handling a Yjs update', error)
    }
    if (emitSynced && syncType === syncProtocol.messageYjsSyncStep2 && !provider.synced) provider.synced = true
  }

  private readonly queueUpdate = (update: Uint8Array, origin: unknown): void => {
    // What the server sent is not sent back.
    if (origin !== this.provider) this.outgoing.add(update)
  }
}
