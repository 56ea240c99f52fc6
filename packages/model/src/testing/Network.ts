import * as Y from 'yjs'
import type { Random } from './random'

const remote = Symbol('remote')

/**
 * An unreliable in-memory network between peers' docs: each local update is buffered per
 * receiver and delivered later, in random order, to random receivers; a peer can go offline
 * (everything sent to or from it meanwhile is lost) and comes back by state-vector resync.
 */
export class Network {
  private readonly queues = new Map<string, Uint8Array[]>()
  private readonly offline = new Set<number>()

  constructor(
    private readonly docs: readonly Y.Doc[],
    private readonly random: Random,
  ) {
    docs.forEach((doc, from) => {
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === remote || this.offline.has(from)) return
        docs.forEach((_, to) => {
          if (to !== from && !this.offline.has(to)) this.queue(from, to).push(update)
        })
      })
    })
  }

  /** Delivers some of the buffered updates, picked at random, in random order. */
  deliverSome(): void {
    for (const [key, updates] of this.queues) {
      const to = Number(key.split('>')[1])
      for (let n = this.random.int(0, updates.length); n > 0 && updates.length > 0; n--) {
        const [update] = updates.splice(this.random.int(0, updates.length - 1), 1)
        Y.applyUpdate(this.docs[to]!, update!, remote)
      }
    }
  }

  disconnect(peer: number): void {
    this.offline.add(peer)
    for (const key of this.queues.keys()) {
      const [from, to] = key.split('>').map(Number)
      if (from === peer || to === peer) this.queues.delete(key)
    }
  }

  /** Back online: exchanges what each side misses with every online peer, as a reconnect does. */
  reconnect(peer: number): void {
    this.offline.delete(peer)
    const doc = this.docs[peer]!
    this.docs.forEach((other, index) => {
      if (index === peer || this.offline.has(index)) return
      Y.applyUpdate(other, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(other)), remote)
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)), remote)
    })
  }

  isOnline(peer: number): boolean {
    return !this.offline.has(peer)
  }

  /** Everyone online, every buffered update delivered, every pair resynced. */
  settle(): void {
    for (const peer of this.offline) this.reconnect(peer)
    this.deliverAll()
    this.docs.forEach((_, peer) => this.reconnect(peer))
  }

  private deliverAll(): void {
    for (const [key, updates] of this.queues) {
      const to = Number(key.split('>')[1])
      for (const update of updates.splice(0)) Y.applyUpdate(this.docs[to]!, update, remote)
    }
  }

  private queue(from: number, to: number): Uint8Array[] {
    const key = `${from}>${to}`
    let queue = this.queues.get(key)
    if (!queue) this.queues.set(key, (queue = []))
    return queue
  }
}
