import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { WebSocket } from 'ws'
import { decodeSavedBody, messageSaved } from '@warrant/model'
import { waitFor } from './waitFor'

export interface SyncClient {
  doc: Y.Doc
  provider: WebsocketProvider
  /** State vectors from saved messages, in arrival order. */
  saved: Map<number, number>[]
  /** Resolves once the provider has synced with the server. */
  synced: () => Promise<void>
  /** Resolves once a saved ack covers everything this client has written. */
  savedAll: () => Promise<void>
  destroy: () => void
}

/** Where a client connects: a room and the token it presents. */
export interface RoomToken {
  room: string
  token: string
}

/** A stock y-websocket client with a room token; with `ack`, it opts in and records saved messages. */
export function syncClient(serverUrl: string, { room, token }: RoomToken, docName: 'text' | 'map', ack = false): SyncClient {
  const doc = new Y.Doc()
  const saved: Map<number, number>[] = []
  const provider = new WebsocketProvider(`${serverUrl.replace(/^http/, 'ws')}/sync/${room}`, docName, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // Node has BroadcastChannel: without this, clients in one process sync past the server.
    disableBc: true,
    params: ack ? { token, ack: '1' } : { token },
    maxBackoffTime: 300,
  })
  // Registered for every client, so a saved message sent to a non-acking client is seen too.
  provider.messageHandlers[messageSaved] = (_encoder, decoder: decoding.Decoder) => {
    saved.push(decodeSavedBody(decoder))
  }
  const covers = (vector: Map<number, number> | undefined): boolean =>
    vector !== undefined && (vector.get(doc.clientID) ?? 0) >= localClock(doc)
  return {
    doc,
    provider,
    saved,
    synced: () =>
      provider.synced ? Promise.resolve() : new Promise((resolve) => provider.once('sync', () => resolve())),
    savedAll: () => waitFor(() => covers(saved.at(-1)), 'a saved ack covering the local state'),
    destroy: () => {
      provider.destroy()
      doc.destroy()
    },
  }
}

/** How many items this client has written to its doc (its own clock). */
export function localClock(doc: Y.Doc): number {
  return Y.decodeStateVector(Y.encodeStateVector(doc)).get(doc.clientID) ?? 0
}
