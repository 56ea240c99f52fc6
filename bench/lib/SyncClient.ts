import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { FrameReader, encodeFrame, messageSaved, messageSync, syncStep1, syncStep2, syncUpdate } from './frames'

/**
 * A minimal y-websocket client over `ws`: sync step 1/2, updates both ways, and the saved
 * acknowledgement (type 100). Awareness is ignored. Used as the load generator's clients.
 *
 * `light`: remote updates after the initial sync are decoded (`Y.parseUpdateMeta`, every struct
 * read) but not applied: the client tracks the highest clock it has received per sender instead.
 * At scale the generator applies each update once per receiving connection, and applying was what
 * saturated its core near 4,000 updates/s, before any server did.
 */
export class SyncClient {
  readonly doc = new Y.Doc()
  /** Light mode: the highest clock received per client (the doc holds only this client's own changes). */
  private readonly received: Map<number, number> | null
  readonly synced: Promise<void>
  /** Called with the committed state vector of every saved message. */
  onSaved: ((stateVector: Map<number, number>) => void) | null = null
  /** Called after each remote update is applied. */
  onRemoteUpdate: (() => void) | null = null
  private readonly socket: WebSocket

  constructor(url: string, light = false) {
    this.received = light ? new Map() : null
    this.socket = new WebSocket(url)
    this.socket.binaryType = 'nodebuffer'
    // Errors after the open (a server killed under load) must not crash the load process.
    this.socket.on('error', () => {})
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== this) this.send(encodeFrame([messageSync, syncUpdate], update))
    })
    this.synced = new Promise((resolve, reject) => {
      this.socket.once('error', reject)
      this.socket.once('open', () => this.send(encodeFrame([messageSync, syncStep1], Y.encodeStateVector(this.doc))))
      this.socket.on('message', (data: Buffer) => {
        if (this.receive(new Uint8Array(data.buffer, data.byteOffset, data.byteLength))) resolve()
      })
    })
  }

  /** The highest clock of `client` this connection has (applied, or in light mode received). */
  stateOf(client: number): number {
    return Math.max(Y.getState(this.doc.store, client), this.received?.get(client) ?? 0)
  }

  /** Everything this connection has, as a comparable string (own doc's state vector merged with what it received). */
  stateKey(): string {
    const state = Y.decodeStateVector(Y.encodeStateVector(this.doc))
    for (const [client, clock] of this.received ?? []) state.set(client, Math.max(clock, state.get(client) ?? 0))
    return [...state].sort((a, b) => a[0] - b[0]).map(([client, clock]) => `${client}:${clock}`).join(',')
  }

  close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return Promise.resolve()
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve())
      this.socket.close()
      setTimeout(() => {
        this.socket.terminate()
        resolve()
      }, 2000).unref()
    })
  }

  private send(frame: Uint8Array): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(frame)
  }

  /** Returns true when the frame was sync step 2 (this client is then in sync). */
  private receive(frame: Uint8Array): boolean {
    const reader = new FrameReader(frame)
    const type = reader.varUint()
    if (type === messageSaved) {
      this.onSaved?.(Y.decodeStateVector(reader.varUint8Array()))
      return false
    }
    if (type !== messageSync) return false
    const subtype = reader.varUint()
    const payload = reader.varUint8Array()
    if (subtype === syncStep1) {
      this.send(encodeFrame([messageSync, syncStep2], Y.encodeStateAsUpdate(this.doc, payload)))
      return false
    }
    if (this.received !== null && subtype === syncUpdate) {
      for (const [client, clock] of Y.parseUpdateMeta(payload).to) if (clock > (this.received.get(client) ?? 0)) this.received.set(client, clock)
    } else {
      Y.applyUpdate(this.doc, payload, this)
    }
    this.onRemoteUpdate?.()
    return subtype === syncStep2
  }
}
