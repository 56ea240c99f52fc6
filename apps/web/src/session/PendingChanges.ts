import type * as Y from 'yjs'

/** One local transaction not yet known to be committed by the server. */
export interface PendingChange {
  /** The Yjs client id that made it (this page's, or an earlier page's restored from IndexedDB). */
  client: number
  /** That client's clock after the transaction: the server has it once its committed clock reaches this. */
  clock: number
  /** The transaction only deleted: the clock did not move, so only a later acknowledgement can cover it. */
  deleteOnly: boolean
}

/**
 * The changes this browser made to one doc that no server "saved" acknowledgement covers yet:
 * the N of "Offline — N changes waiting".
 *
 * Rule: every local Yjs transaction that changed the doc (typing, a command, an undo) is one
 * change. A change that inserted is covered by the first acknowledgement whose committed state
 * vector reaches its client's clock. A delete-only change moves no clock, so it is covered by
 * the first acknowledgement received after it went out on a synced connection (the server acks
 * every commit, in order, on the same socket). The one imprecision: an acknowledgement already
 * in flight when the delete went out counts for it (one round trip, plus the frame the delete
 * waits before it is sent: DocConnection; the protocol has no sequence number).
 */
export class PendingChanges {
  private changes: (PendingChange & { sentAtAck: number | null })[] = []
  private acks = 0
  private connected = false

  /** Called when the list changes, for recording it (LocalPersistence.writePending). */
  onCountChange: () => void = () => {}

  constructor(private readonly onChange: () => void = () => {}) {}

  get count(): number {
    return this.changes.length
  }

  list(): PendingChange[] {
    return this.changes.map(({ client, clock, deleteOnly }) => ({ client, clock, deleteOnly }))
  }

  /** Changes an earlier page made and recorded (see LocalPersistence); they wait for a connection. */
  restore(changes: readonly PendingChange[]): void {
    if (changes.length === 0) return
    this.changes = [...changes.map((change) => ({ ...change, sentAtAck: null })), ...this.changes]
    this.changed()
  }

  /** Records a transaction if it was this browser's and changed the doc. */
  readonly track = (transaction: Y.Transaction): void => {
    if (!transaction.local) return
    const client = transaction.doc.clientID
    const before = transaction.beforeState.get(client) ?? 0
    const after = transaction.afterState.get(client) ?? 0
    const deleted = transaction.deleteSet.clients.size > 0
    if (after === before && !deleted) return
    this.changes.push({ client, clock: after, deleteOnly: after === before, sentAtAck: this.connected ? this.acks : null })
    this.changed()
  }

  /** The provider synced: everything not yet covered has now been sent on this connection. */
  connectionSynced(): void {
    this.connected = true
    for (const change of this.changes) change.sentAtAck = this.acks
  }

  connectionClosed(): void {
    this.connected = false
    for (const change of this.changes) change.sentAtAck = null
  }

  /** A server "saved" acknowledgement with the committed state vector. */
  acknowledge(committed: ReadonlyMap<number, number>): void {
    this.acks++
    const before = this.changes.length
    this.changes = this.changes.filter((change) => !this.covers(change, committed))
    if (this.changes.length !== before) this.changed()
  }

  private changed(): void {
    this.onCountChange()
    this.onChange()
  }

  private covers(change: PendingChange & { sentAtAck: number | null }, committed: ReadonlyMap<number, number>): boolean {
    if ((committed.get(change.client) ?? 0) < change.clock) return false
    return !change.deleteOnly || (change.sentAtAck !== null && this.acks > change.sentAtAck)
  }
}
