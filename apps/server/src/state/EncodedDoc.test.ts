import { expect, test } from 'vitest'
import * as Y from 'yjs'
import { EncodedDoc } from './EncodedDoc'
import { deleteSetLength } from './deleteSetLength'

/** A client doc whose updates are collected, as a provider would send them. */
function writer(clientID: number): { doc: Y.Doc; sent: Uint8Array[] } {
  const doc = new Y.Doc()
  doc.clientID = clientID
  const sent: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => sent.push(update))
  return { doc, sent }
}

/** What the fold thread reports with a snapshot: the length of its delete set. */
function snapshotDeleteSet(snapshot: Uint8Array): number {
  const length = deleteSetLength(snapshot)
  expect(length).not.toBeNull()
  return length!
}

function docOf(update: Uint8Array): Y.Doc {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, update)
  return doc
}

/** What a doc holds, as plain data (text and map), to compare docs by content. */
const contentOf = (doc: Y.Doc): unknown => ({ text: doc.getText('reading').toString(), map: doc.getMap('nodes').toJSON() })

/** A few seeded edits by three clients: inserts, deletes, map moves, nested maps. */
function edit(docs: Y.Doc[], steps: number, seed: number): void {
  let state = seed
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n
  }
  for (let step = 0; step < steps; step++) {
    const doc = docs[next(docs.length)]!
    const text = doc.getText('reading')
    const nodes = doc.getMap<unknown>('nodes')
    const choice = next(4)
    if (choice === 0 || text.length < 5) text.insert(next(text.length + 1), `w${step} `)
    else if (choice === 1) text.delete(next(text.length - 3), 3)
    else if (choice === 2) nodes.set(`n${next(5)}`, { x: step, y: next(100) })
    else nodes.set(`m${step}`, new Y.Map(Object.entries({ kind: 'claim', text: `claim ${step}` })))
  }
}

test('holds what a Y.Doc holds: its state vector, its whole state and the diff for any state vector', () => {
  const clients = [writer(1), writer(2), writer(3)]
  const held = new EncodedDoc([])
  const reference = new Y.Doc()
  const lagging = new Y.Doc()
  for (let round = 0; round < 6; round++) {
    edit(clients.map((client) => client.doc), 40, round + 1)
    for (const client of clients) {
      for (const update of client.sent.splice(0)) {
        Y.applyUpdate(reference, update)
        expect(held.take(update, true)).not.toBeNull()
      }
    }
    // Clients sync among themselves too, as peers of a room do.
    for (const a of clients) for (const b of clients) if (a !== b) Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)))
    for (const client of clients) client.sent.length = 0
    if (round === 2) Y.applyUpdate(lagging, held.whole())
  }
  expect(Y.decodeStateVector(held.stateVector())).toEqual(Y.decodeStateVector(Y.encodeStateVector(reference)))
  expect(contentOf(docOf(held.whole()))).toEqual(contentOf(reference))
  // A client that saw the first rounds catches up from the diff alone, deletions included.
  Y.applyUpdate(lagging, held.missingFor(Y.encodeStateVector(lagging)))
  expect(contentOf(lagging)).toEqual(contentOf(reference))
})

test('the diff for a client carries deletions of what it already has, and what it lacks of a loaded doc', () => {
  const client = writer(5)
  const text = client.doc.getText('reading')
  text.insert(0, 'hello ')
  text.insert(6, 'world')
  const [hello] = client.sent
  // Loaded from two rows: both are in the base.
  const held = new EncodedDoc(client.sent.splice(0))
  const partial = docOf(hello!)
  const upToDate = docOf(held.whole())
  text.delete(0, 6)
  for (const update of client.sent.splice(0)) held.take(update, true)
  // Only a deletion happened: no new structs for the up-to-date client, yet it must lose "hello ".
  Y.applyUpdate(upToDate, held.missingFor(Y.encodeStateVector(upToDate)))
  expect(upToDate.getText('reading').toString()).toBe('world')
  // A client with part of the base gets the rest of it.
  Y.applyUpdate(partial, held.missingFor(Y.encodeStateVector(partial)))
  expect(partial.getText('reading').toString()).toBe('world')
})

test('a sync step 2 is taken as what it adds; an update that adds nothing is dropped', () => {
  const client = writer(7)
  const text = client.doc.getText('reading')
  text.insert(0, 'This is not a concession to Russia.')
  text.delete(8, 4)
  const held = new EncodedDoc([])
  for (const update of client.sent.splice(0)) held.take(update, true)
  // A reconnect with nothing new still carries the whole delete set.
  const repeat = Y.encodeStateAsUpdate(client.doc, held.stateVector())
  expect(Y.decodeUpdate(repeat).ds.clients.size).toBe(1)
  expect(held.take(repeat, false)).toBeNull()
  expect(held.take(Y.encodeStateAsUpdate(client.doc), true)).toBeNull()
  text.insert(0, 'Note: ')
  const taken = held.take(Y.encodeStateAsUpdate(client.doc, held.stateVector()), false)!
  expect(Y.decodeUpdate(taken).structs).toHaveLength(1)
  expect(Y.decodeUpdate(taken).ds.clients.size).toBe(0)
  // A deletion alone (no new struct) is taken as a delete set.
  text.delete(0, 6)
  const deletion = held.take(Y.encodeStateAsUpdate(client.doc, held.stateVector()), false)!
  expect(Y.decodeUpdate(deletion).structs).toHaveLength(0)
  expect(Y.decodeUpdate(deletion).ds.clients.get(7)).toEqual([expect.objectContaining({ clock: 35, len: 6 })])
  expect(docOf(held.whole()).getText('reading').toString()).toBe('This is a concession to Russia.')
})

test('structs that arrive before the ones they follow count in the state vector once the gap fills', () => {
  const client = writer(9)
  client.doc.getText('reading').insert(0, 'first ')
  client.doc.getText('reading').insert(6, 'second')
  const [first, second] = client.sent
  const held = new EncodedDoc([])
  held.take(second!, true)
  expect(held.hasDetached).toBe(true)
  expect(Y.decodeStateVector(held.stateVector()).get(9)).toBeUndefined()
  held.take(first!, true)
  expect(held.hasDetached).toBe(false)
  expect(Y.decodeStateVector(held.stateVector()).get(9)).toBe(12)
  expect(docOf(held.whole()).getText('reading').toString()).toBe('first second')
})

test('a fold replaces what it covers; updates taken in meanwhile stay, and diffs stay right', () => {
  const client = writer(11)
  const nodes = client.doc.getMap<unknown>('nodes')
  for (let move = 0; move < 100; move++) nodes.set('n1', { x: move, y: move })
  const firstMove = client.sent[0]!
  const held = new EncodedDoc(client.sent.splice(0))
  const mark = held.markFold()
  // What the storage's fold thread makes of the same rows: a doc encoded with its deleted content dropped.
  const snapshot = Y.encodeStateAsUpdate(client.doc)
  const peer = docOf(held.whole())
  for (let move = 100; move < 140; move++) nodes.set('n1', { x: move, y: move })
  for (const update of client.sent.splice(0)) held.take(update, true)
  const before = held.whole().byteLength
  held.foldedInto(snapshot, snapshotDeleteSet(snapshot), mark)
  expect(held.whole().byteLength).toBeLessThan(before)
  expect(docOf(held.whole()).getMap('nodes').toJSON()).toEqual({ n1: { x: 139, y: 139 } })
  // A peer that has the folded part gets only the rest.
  const missing = held.missingFor(Y.encodeStateVector(peer))
  expect(Y.decodeUpdate(missing).structs.reduce((sum, struct) => sum + struct.length, 0)).toBe(40)
  Y.applyUpdate(peer, missing)
  expect(peer.getMap('nodes').toJSON()).toEqual({ n1: { x: 139, y: 139 } })
  // With no fold out, the log merges into the base for a reply that needs the base; a later fold still applies.
  for (let move = 140; move < 150; move++) nodes.set('n1', { x: move, y: move })
  for (const update of client.sent.splice(0)) held.take(update, true)
  const behind = docOf(firstMove)
  Y.applyUpdate(behind, held.missingFor(Y.encodeStateVector(behind)))
  expect(behind.getMap('nodes').toJSON()).toEqual({ n1: { x: 149, y: 149 } })
  const next = held.markFold()
  const nextSnapshot = Y.encodeStateAsUpdate(client.doc)
  held.foldedInto(nextSnapshot, snapshotDeleteSet(nextSnapshot), next)
  expect(held.whole().byteLength).toBeLessThan(nextSnapshot.byteLength + 50)
  expect(docOf(held.whole()).getMap('nodes').toJSON()).toEqual({ n1: { x: 149, y: 149 } })
})

test('a fold overtaken by a later one is not applied', () => {
  const client = writer(12)
  client.doc.getText('reading').insert(0, 'one')
  const held = new EncodedDoc(client.sent.splice(0))
  const first = held.markFold()
  const firstSnapshot = Y.encodeStateAsUpdate(client.doc)
  client.doc.getText('reading').insert(3, ' two')
  for (const update of client.sent.splice(0)) held.take(update, true)
  held.markFold()
  held.foldedInto(firstSnapshot, snapshotDeleteSet(firstSnapshot), first)
  expect(docOf(held.whole()).getText('reading').toString()).toBe('one two')
})

test('what it takes in, a Y.Doc integrates: 4,000 updates with bytes changed at random', () => {
  const writerA = writer(21)
  const text = writerA.doc.getText('reading')
  const nodes = writerA.doc.getMap<unknown>('nodes')
  text.insert(0, 'This is not a concession to Russia and we do not see it as such.')
  nodes.set('n1', new Y.Map(Object.entries({ kind: 'claim', text: 'a claim' })))
  const start = Y.encodeStateAsUpdate(writerA.doc)
  const writerB = writer(22)
  Y.applyUpdate(writerB.doc, start)
  writerB.sent.length = 0
  writerB.doc.getText('reading').insert(8, 'XYZ ')
  writerB.doc.getText('reading').delete(0, 4)
  writerB.doc.getText('reading').format(0, 6, { bold: true })
  ;(writerB.doc.getMap('nodes').get('n1') as Y.Map<unknown>).set('x', 5)
  writerB.doc.getMap<unknown>('nodes').set('n2', { x: 1, y: 2 })
  let seed = 7
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
  }
  let taken = 0
  for (let trial = 0; trial < 4000; trial++) {
    const update = writerB.sent[next(writerB.sent.length)]!.slice()
    for (let flip = 1 + next(4); flip > 0; flip--) update[next(update.byteLength)] = next(256)
    const held = new EncodedDoc([start])
    try {
      held.take(update, true)
    } catch {
      continue
    }
    taken += 1
    const doc = docOf(start)
    expect(() => Y.applyUpdate(doc, update), `trial ${trial}`).not.toThrow()
  }
  // Most changed updates still decode; the test means something only if many were taken.
  expect(taken).toBeGreaterThan(1000)
})

test('folds answered late, out of order or never, merges for replies, and clients at any state: it stays the doc', () => {
  for (let run = 0; run < 5; run++) {
    const clients = [writer(31), writer(32)]
    const reference = new Y.Doc()
    const held = new EncodedDoc([])
    const outstanding: { mark: ReturnType<EncodedDoc['markFold']>; snapshot: Uint8Array }[] = []
    const snapshots: Uint8Array[] = []
    let seed = 99 + run
    const chance = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    for (let round = 0; round < 40; round++) {
      edit(clients.map((client) => client.doc), 5, round + 100 * run)
      for (const client of clients) {
        for (const update of client.sent.splice(0)) {
          Y.applyUpdate(reference, update)
          held.take(update, true)
        }
      }
      for (const a of clients) for (const b of clients) if (a !== b) Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)))
      for (const client of clients) client.sent.length = 0
      snapshots.push(Y.encodeStateAsUpdate(reference))
      // A fold: the storage would encode exactly what was taken in so far, and answer it later, or not at all.
      if (chance(4) === 0) outstanding.push({ mark: held.markFold(), snapshot: Y.encodeStateAsUpdate(reference) })
      if (chance(3) === 0 && outstanding.length > 0) {
        const { mark, snapshot } = outstanding.splice(chance(outstanding.length), 1)[0]!
        held.foldedInto(snapshot, snapshotDeleteSet(snapshot), mark)
      }
      if (chance(6) === 0 && outstanding.length > 0) held.foldDropped(outstanding.shift()!.mark)
      // Now and then a fresh client's whole doc (which may merge the log into the base).
      const whole = chance(3) === 0 ? contentOf(docOf(held.whole())) : contentOf(reference)
      expect(whole).toEqual(contentOf(reference))
      // A client that has some earlier state catches up from the diff alone.
      const earlier = docOf(snapshots[chance(snapshots.length)]!)
      Y.applyUpdate(earlier, held.missingFor(Y.encodeStateVector(earlier)))
      expect(contentOf(earlier)).toEqual(contentOf(reference))
    }
    expect(Y.decodeStateVector(held.stateVector())).toEqual(Y.decodeStateVector(Y.encodeStateVector(reference)))
    expect(contentOf(docOf(held.whole()))).toEqual(contentOf(reference))
  }
})

test('refuses a malformed update and names a stored row that cannot be read', () => {
  const held = new EncodedDoc([])
  expect(() => held.take(new Uint8Array([1, 5, 7, 0xff]), true)).toThrow(/Unexpected end of array/)
  expect(() => new EncodedDoc([Y.encodeStateAsUpdate(new Y.Doc()), new Uint8Array([3, 3, 3])])).toThrow(/stored row 2 of 2 \(3 bytes\)/)
})
