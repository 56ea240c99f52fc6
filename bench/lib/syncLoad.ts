import { performance } from 'node:perf_hooks'
import * as Y from 'yjs'
import { type LatencyStats, latencyStats } from './stats'
import { SyncClient } from './SyncClient'

export interface SyncLoadOptions {
  /** `ws://host:port/sync`; clients connect to `<syncBase>/<room>/map`. */
  syncBase: string
  /** Ask for saved acknowledgements (`?ack=1`) on the senders. */
  ack: boolean
  rooms: number
  sendersPerRoom: number
  /** Updates per second, all senders together. */
  rate: number
  seconds: number
  /** Sends in this first stretch are not measured. */
  warmupSeconds: number
  /** How long to wait for late fan-out and acks after the last send. */
  drainMs: number
  /** Makes each room and returns the token its clients present (our server); the peer has none. */
  openRoom?: (room: string) => Promise<string>
}

export interface SyncLoadResult {
  rate: number
  achievedRate: number
  sent: number
  measured: number
  fanOut: LatencyStats
  /** Measured updates an observer never saw within the drain time. */
  fanOutDrops: number
  savedAck: LatencyStats | null
  /** Measured updates never covered by a saved ack (null without acks). */
  unacked: number | null
  roomsConverged: number
  rooms: number
}

interface Pending {
  clock: number
  sentAt: number
  measured: boolean
}

interface Sender {
  client: SyncClient
  nodes: Y.Map<Y.Map<unknown>>
  nodeId: string
  /** In send order, so clocks ascend: resolved from the front. */
  awaitingFanOut: Pending[]
  awaitingAck: Pending[]
}

let runSerial = 0

/**
 * Senders move their own node at a steady total rate; one observer per room sees every update.
 * Fan-out latency = the sender's clock before the write → the observer has applied it (one
 * process, one clock). Saved-ack latency = the same start → a saved message whose state
 * vector covers the write.
 */
export async function runSyncLoad(options: SyncLoadOptions): Promise<SyncLoadResult> {
  const run = `${process.pid}-${Date.now().toString(36)}-${runSerial++}`
  const fanOutSamples: number[] = []
  const ackSamples: number[] = []
  const rooms: { observer: SyncClient; senders: Sender[] }[] = []

  for (let index = 0; index < options.rooms; index++) {
    const room = `bench-${run}-${index}`
    const token = options.openRoom ? await options.openRoom(room) : null
    const url = `${options.syncBase}/${room}/map${token === null ? '' : `?token=${token}`}`
    const observer = new SyncClient(url)
    const senders: Sender[] = []
    for (let each = 0; each < options.sendersPerRoom; each++) {
      const client = new SyncClient(options.ack ? `${url}${token === null ? '?' : '&'}ack=1` : url)
      senders.push({ client, nodes: client.doc.getMap('nodes'), nodeId: `node-${each}`, awaitingFanOut: [], awaitingAck: [] })
    }
    rooms.push({ observer, senders })
  }
  await Promise.all(rooms.flatMap(({ observer, senders }) => [observer.synced, ...senders.map((sender) => sender.client.synced)]))

  // Each sender's node exists before the moves start (not measured).
  for (const { senders } of rooms) {
    for (const sender of senders) {
      sender.client.doc.transact(() => {
        const node = new Y.Map<unknown>()
        node.set('id', sender.nodeId)
        node.set('kind', 'claim')
        node.set('text', `Claim moved by ${sender.nodeId}`)
        node.set('position', { x: 0, y: 0 })
        sender.nodes.set(sender.nodeId, node)
      })
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 300))

  for (const { observer, senders } of rooms) {
    observer.onRemoteUpdate = () => {
      const now = performance.now()
      for (const sender of senders) {
        const seen = Y.getState(observer.doc.store, sender.client.doc.clientID)
        const queue = sender.awaitingFanOut
        let done = 0
        while (done < queue.length && queue[done]!.clock <= seen) {
          if (queue[done]!.measured) fanOutSamples.push(now - queue[done]!.sentAt)
          done++
        }
        if (done > 0) queue.splice(0, done)
      }
    }
    for (const sender of senders) {
      sender.client.onSaved = (stateVector) => {
        const now = performance.now()
        const committed = stateVector.get(sender.client.doc.clientID) ?? 0
        const queue = sender.awaitingAck
        let done = 0
        while (done < queue.length && queue[done]!.clock <= committed) {
          if (queue[done]!.measured) ackSamples.push(now - queue[done]!.sentAt)
          done++
        }
        if (done > 0) queue.splice(0, done)
      }
    }
  }

  const senders = rooms.flatMap((room) => room.senders)
  const periodMs = (1000 * senders.length) / options.rate
  const start = performance.now() + 50
  const warmupEnd = start + options.warmupSeconds * 1000
  const end = start + options.seconds * 1000
  let sent = 0
  let measured = 0
  await Promise.all(
    senders.map(
      (sender, index) =>
        new Promise<void>((resolve) => {
          let step = 0
          const next = (): void => {
            const due = start + (index * periodMs) / senders.length + step * periodMs
            if (due >= end) return resolve()
            setTimeout(send, Math.max(0, due - performance.now()))
          }
          const send = (): void => {
            step++
            const sentAt = performance.now()
            const node = sender.nodes.get(sender.nodeId)!
            node.set('position', { x: step % 1000, y: Math.floor(step / 1000) })
            const pending = { clock: Y.getState(sender.client.doc.store, sender.client.doc.clientID), sentAt, measured: sentAt >= warmupEnd }
            sender.awaitingFanOut.push(pending)
            if (options.ack) sender.awaitingAck.push(pending)
            sent++
            if (pending.measured) measured++
            next()
          }
          next()
        }),
    ),
  )
  const lastSend = performance.now()

  const drainEnd = lastSend + options.drainMs
  while (performance.now() < drainEnd && senders.some((s) => s.awaitingFanOut.length > 0 || s.awaitingAck.length > 0)) {
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  const svOf = (doc: Y.Doc) => Buffer.from(Y.encodeStateVector(doc)).toString('base64')
  const roomsConverged = rooms.filter(({ observer, senders: inRoom }) => inRoom.every((s) => svOf(s.client.doc) === svOf(observer.doc))).length
  const count = (pick: (sender: Sender) => Pending[]) => senders.reduce((sum, s) => sum + pick(s).filter((p) => p.measured).length, 0)
  const result: SyncLoadResult = {
    rate: options.rate,
    achievedRate: sent / ((lastSend - start) / 1000),
    sent,
    measured,
    fanOut: latencyStats(fanOutSamples),
    fanOutDrops: count((s) => s.awaitingFanOut),
    savedAck: options.ack ? latencyStats(ackSamples) : null,
    unacked: options.ack ? count((s) => s.awaitingAck) : null,
    roomsConverged,
    rooms: rooms.length,
  }
  await Promise.all(rooms.flatMap(({ observer, senders: inRoom }) => [observer.close(), ...inRoom.map((s) => s.client.close())]))
  return result
}
