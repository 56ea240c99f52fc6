import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { createRoom, httpBaseOf } from './createRoom'
import { gridMap } from './gridMap'
import { Room, addNode, decodeSavedBody, linkKinds, linkNodes, messageSaved, nodeKinds, savedAckParam } from '@warrant/model'

export interface LargeRoom {
  /** The owner's URL of the room (with its token), to open it in the browser. */
  ownerUrl: string
  nodeCount: number
  linkCount: number
  /** Number of links touching each node id. */
  degree: Map<string, number>
}

/**
 * Writes a map of `nodeCount` nodes on a grid, linked along each row and, in the middle rows,
 * down each column, through the model (`addNode`, `linkNodes`) and a stock `WebsocketProvider`
 * to our server; resolves once a saved ack covers all of it.
 */
export async function writeLargeRoom(syncBase: string, roomId: string, nodeCount: number, verticalLinks: number): Promise<LargeRoom> {
  const created = await createRoom(httpBaseOf(syncBase), roomId, `Large map (${nodeCount} nodes)`)
  const mapDoc = new Y.Doc()
  const room = new Room({ user: { id: 'bench', name: 'Benchmark' }, mapDoc })
  const provider = new WebsocketProvider(`${syncBase}/${roomId}`, 'map', mapDoc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { [savedAckParam]: '1', token: created.token },
  })
  let committed = new Map<number, number>()
  let onSaved = () => {}
  provider.messageHandlers[messageSaved] = (_encoder, decoder) => {
    committed = decodeSavedBody(decoder)
    onSaved()
  }
  try {
    await new Promise<void>((resolve) => provider.once('sync', () => resolve()))
    const { positions, pairs } = gridMap(nodeCount, verticalLinks)
    const ids: string[] = []
    mapDoc.transact(() => {
      positions.forEach((position, index) => {
        const id = addNode(room, { kind: nodeKinds[index % nodeKinds.length]!, text: `Claim ${index}: a statement long enough to wrap`, position })
        if (!id) throw new Error(`the model refused node ${index} of the large map`)
        ids.push(id)
      })
    })
    mapDoc.transact(() => {
      pairs.forEach(([source, target], index) => linkNodes(room, { source: ids[source]!, target: ids[target]!, kind: linkKinds[index % 2]! }))
    })
    const own = Y.getState(mapDoc.store, mapDoc.clientID)
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no saved ack for the large room within 20 s')), 20_000)
      onSaved = () => {
        if ((committed.get(mapDoc.clientID) ?? 0) >= own) {
          clearTimeout(timer)
          resolve()
        }
      }
      onSaved()
    })
    const snapshot = room.getSnapshot()
    const degree = new Map<string, number>()
    for (const link of snapshot.linkList) {
      degree.set(link.source, (degree.get(link.source) ?? 0) + 1)
      degree.set(link.target, (degree.get(link.target) ?? 0) + 1)
    }
    return { ownerUrl: created.ownerUrl, nodeCount: snapshot.nodeList.length, linkCount: snapshot.linkList.length, degree }
  } finally {
    provider.destroy()
    room.dispose()
  }
}
