import * as Y from 'yjs'
import type * as decoding from 'lib0/decoding'
import type * as encoding from 'lib0/encoding'
import { WebsocketProvider } from 'y-websocket'
import { decodeSavedBody, messageSaved, savedAckParam } from '@warrant/model'
import { isDocSaved } from './isDocSaved'
import { mergeStateVectors } from './mergeStateVectors'
import type { DocSyncState } from './SyncStatus'

/**
 * One doc's websocket provider plus what the status badge needs from it: connection, sync,
 * and the server's "saved" acknowledgements (message type 100, opted into with `?ack=1`).
 */
export class DocConnection {
  readonly provider: WebsocketProvider
  private committed: Map<number, number> | null = null
  private hadFailure = false
  private lost = false

  constructor(
    readonly doc: Y.Doc,
    syncBase: string,
    docName: string,
    private readonly onChange: () => void,
  ) {
    this.provider = new WebsocketProvider(syncBase, docName, doc, { params: { [savedAckParam]: '1' } })
    this.provider.messageHandlers[messageSaved] = (
      _encoder: encoding.Encoder,
      decoder: decoding.Decoder,
      _provider: WebsocketProvider,
      _emitSynced: boolean,
      _messageType: number,
    ) => {
      this.committed = mergeStateVectors(this.committed, decodeSavedBody(decoder))
      this.onChange()
    }
    this.provider.on('status', this.onChange)
    this.provider.on('sync', this.onChange)
    this.provider.on('connection-error', () => {
      this.hadFailure = true
      this.onChange()
    })
    this.provider.on('connection-close', () => {
      this.hadFailure = true
      // A new connection may reach a server that lost what the old one acknowledged: ask again.
      this.committed = null
      this.onChange()
    })
    this.provider.on('closed', () => {
      this.lost = true
      this.onChange()
    })
    doc.on('update', this.onChange)
  }

  state(): DocSyncState {
    const local = Y.decodeStateVector(Y.encodeStateVector(this.doc))
    return {
      connected: this.provider.wsconnected,
      synced: this.provider.synced,
      saved: isDocSaved(local, this.committed, this.doc.clientID),
      lost: this.lost,
      hadFailure: this.hadFailure,
    }
  }

  destroy(): void {
    this.doc.off('update', this.onChange)
    this.provider.destroy()
  }
}
