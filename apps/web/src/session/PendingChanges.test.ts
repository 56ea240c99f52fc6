import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { PendingChanges } from './PendingChanges'

const stateVector = (doc: Y.Doc) => Y.decodeStateVector(Y.encodeStateVector(doc))

function setUp() {
  const doc = new Y.Doc()
  const pending = new PendingChanges()
  doc.on('afterTransaction', pending.track)
  return { doc, pending, text: doc.getText('t') }
}

describe('PendingChanges', () => {
  it('counts each local transaction that changed the doc, once', () => {
    const { doc, pending, text } = setUp()
    text.insert(0, 'a')
    doc.transact(() => {
      text.insert(1, 'b')
      text.insert(2, 'c')
    })
    doc.transact(() => {})
    expect(pending.count).toBe(2)
  })

  it('does not count what others wrote or what IndexedDB loaded', () => {
    const { doc, pending } = setUp()
    const other = new Y.Doc()
    other.getText('t').insert(0, 'theirs')
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), 'provider')
    expect(pending.count).toBe(0)
  })

  it('drops the changes a saved acknowledgement covers and keeps the later ones', () => {
    const { doc, pending, text } = setUp()
    text.insert(0, 'a')
    text.insert(1, 'b')
    const committed = stateVector(doc)
    text.insert(2, 'c')
    pending.acknowledge(committed)
    expect(pending.count).toBe(1)
    pending.acknowledge(stateVector(doc))
    expect(pending.count).toBe(0)
  })

  it('covers a delete-only change by the first acknowledgement after it was sent on a synced connection', () => {
    const { doc, pending, text } = setUp()
    text.insert(0, 'abc')
    pending.acknowledge(stateVector(doc))
    text.delete(0, 1)
    expect(pending.count).toBe(1)
    // Offline: not sent, so no acknowledgement can cover it.
    pending.acknowledge(stateVector(doc))
    expect(pending.count).toBe(1)
    pending.connectionSynced()
    pending.acknowledge(stateVector(doc))
    expect(pending.count).toBe(0)
  })

  it('restores an earlier page’s changes (another client id) until the server commits them', () => {
    const { pending } = setUp()
    pending.restore([{ client: 42, clock: 7, deleteOnly: false }])
    expect(pending.count).toBe(1)
    pending.acknowledge(new Map([[42, 6]]))
    expect(pending.count).toBe(1)
    pending.acknowledge(new Map([[42, 7]]))
    expect(pending.count).toBe(0)
  })
})
