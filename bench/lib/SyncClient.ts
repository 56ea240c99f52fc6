import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { FrameReader, encodeFrame, messageSaved, messageSync, syncStep1, syncStep2, syncUpdate } from './frames'

/**
 * A minimal y-websocket client over `ws`: sync step 1/2, updates both ways, and the saved
 * acknowledgement (type 100). Awareness is ignored. Used as the load generator's clients.
 *
 * `light`: remote updates after the initial sync are not applied: the client tracks the highest
 * clock it has received per sender instead. At scale the generator applies each update once per
 * receiving connection, and applying was what saturated its core near 4,000 updates/s, before any
 * server did. An update made by `record` is known by its first client and clock (the header, four
 * varUints), others are decoded (`Y.parseUpdateMeta`, every struct read).
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
  /** While `record` runs: this client's updates, kept instead of sent. */
  private recording: Uint8Array[] | null = null

  constructor(url: string, light = false) {
    this.received = light ? new Map() : null
    this.socket = new WebSocket(url)
    this.socket.binaryType = 'nodebuffer'
    // Errors after the open (a server killed under load) must not crash the load process.
    this.socket.on('error', () => {})
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this) return
      const frame = encodeFrame([messageSync, syncUpdate], update)
      if (this.recording !== null) this.recording.push(frame)
      else this.send(frame)
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

  /**
   * Makes `change` on this client's doc without sending it: the update frame to send later with
   * `sendFrame`, and the clock it brings this client to. A timed run then sends prepared frames and
   * does no Yjs work of its own (its scavenges stalled it 20–30 ms every ~0.4 s at 4,000/s).
   */
  record(change: (doc: Y.Doc) => void): { frame: Uint8Array; clock: number } {
    const start = Y.getState(this.doc.store, this.doc.clientID)
    const frames: Uint8Array[] = []
    this.recording = frames
    try {
      change(this.doc)
    } finally {
      this.recording = null
    }
    if (frames.length !== 1) throw new Error(`a recorded change must make one update, not ${frames.length}`)
    const clock = Y.getState(this.doc.store, this.doc.clientID)
    if (clock >= 2 ** 21) throw new Error('clock past what a recorded update key holds')
    recordedEnds.set(updateKey(this.doc.clientID, start), clock)
    return { frame: frames[0]!, clock }
  }

  sendFrame(frame: Uint8Array): void {
    this.send(frame)
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
      const recorded = recordedEndOf(payload)
      if (recorded !== undefined) this.noteReceived(recorded.client, recorded.clock)
      else for (const [client, clock] of Y.parseUpdateMeta(payload).to) this.noteReceived(client, clock)
    } else {
      Y.applyUpdate(this.doc, payload, this)
    }
    this.onRemoteUpdate?.()
    return subtype === syncStep2
  }

  private noteReceived(client: number, clock: number): void {
    if (clock > (this.received!.get(client) ?? 0)) this.received!.set(client, clock)
  }
}

/** The clock each recorded update ends at, by its client and start clock (the servers relay updates with the same first struct). */
const recordedEnds = new Map<number, number>()
/** Client ids are 32-bit; clocks stay far below 2^21 here, so the pair fits a double exactly. */
const updateKey = (client: number, clock: number): number => client * 2 ** 21 + clock

/** Forgets the recorded updates (between timed runs, once all have arrived). */
export function forgetRecordedUpdates(): void {
  recordedEnds.clear()
}

/** The client and end clock of a recorded update, from its header alone; undefined for any other update. */
function recordedEndOf(update: Uint8Array): { client: number; clock: number } | undefined {
  const reader = new FrameReader(update)
  if (reader.varUint() !== 1) return undefined
  reader.varUint() // struct count
  const client = reader.varUint()
  const clock = recordedEnds.get(updateKey(client, reader.varUint()))
  return clock === undefined ? undefined : { client, clock }
}
