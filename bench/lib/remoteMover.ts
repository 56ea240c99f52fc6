import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { Room, moveNodes } from '@warrant/model'

/** Something that moves nodes while a canvas phase runs: a remote client, or a timer in the peer page. */
export interface Remote {
  start(): Promise<void>
  stop(): Promise<void>
}

/** A Node client (the model's Room over a stock WebsocketProvider) moving random nodes at 30 Hz. */
export async function remoteMover(syncBase: string, ownerUrl: string): Promise<Remote & { close(): void }> {
  const url = new URL(ownerUrl)
  const roomId = decodeURIComponent(url.pathname.split('/').pop()!)
  const mapDoc = new Y.Doc()
  const room = new Room({ user: { id: 'bench-remote', name: 'Remote' }, mapDoc })
  const provider = new WebsocketProvider(`${syncBase}/${roomId}`, 'map', mapDoc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token: url.searchParams.get('token')! },
  })
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()))
  const ids = room.getSnapshot().nodeList.map((node) => node.id)
  let timer: ReturnType<typeof setInterval> | undefined
  return {
    start: async () => {
      timer = setInterval(() => {
        const id = ids[Math.floor(Math.random() * ids.length)]!
        const position = room.getSnapshot().nodes.get(id)?.position ?? { x: 0, y: 0 }
        moveNodes(room, [{ id, position: { x: position.x + (Math.random() - 0.5) * 40, y: position.y + (Math.random() - 0.5) * 40 } }])
      }, 1000 / 30)
    },
    stop: async () => clearInterval(timer),
    close: () => {
      clearInterval(timer)
      provider.destroy()
      room.dispose()
    },
  }
}

