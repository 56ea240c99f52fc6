import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocUpdates } from './DocUpdates'

const server = Symbol('server')

function serverDocWithNodes(count: number): Y.Doc {
  const doc = new Y.Doc()
  const nodes = doc.getMap<string>('nodes')
  for (let index = 0; index < count; index++) nodes.set(`n${index}`, `claim ${index}`)
  return doc
}

describe('DocUpdates', () => {
  it('hands the listeners the received bytes themselves, not an encoding of them', () => {
    const update = Y.encodeStateAsUpdate(serverDocWithNodes(50))
    const doc = new Y.Doc()
    const seen: [Uint8Array, unknown][] = []
    DocUpdates.of(doc).add((bytes, origin) => seen.push([bytes, origin]))
    DocUpdates.of(doc).applyReceived(update, server)
    expect(seen).toHaveLength(1)
    expect(seen[0]![0]).toBe(update)
    expect(seen[0]![1]).toBe(server)
    expect(doc.getMap('nodes').size).toBe(50)
  })

  it('tells nobody about an update that changed nothing', () => {
    const update = Y.encodeStateAsUpdate(serverDocWithNodes(3))
    const doc = new Y.Doc()
    Y.applyUpdate(doc, update)
    let calls = 0
    DocUpdates.of(doc).add(() => calls++)
    DocUpdates.of(doc).applyReceived(update, server)
    expect(calls).toBe(0)
  })

  it('hands on a deletion', () => {
    const remote = serverDocWithNodes(3)
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote))
    const before = Y.encodeStateVector(remote)
    remote.getMap('nodes').delete('n1')
    let calls = 0
    DocUpdates.of(doc).add(() => calls++)
    DocUpdates.of(doc).applyReceived(Y.encodeStateAsUpdate(remote, before), server)
    expect(calls).toBe(1)
    expect(doc.getMap('nodes').has('n1')).toBe(false)
  })

  it('hands on, encoded, a change an observer makes while the received update is applied', () => {
    const doc = new Y.Doc()
    const nodes = doc.getMap<string>('nodes')
    // As a repair would: a local write in response to a remote change.
    nodes.observe((event) => {
      if (event.transaction.origin === server) doc.transact(() => doc.getMap('seen').set('count', nodes.size), 'repair')
    })
    const seen = new Map<unknown, Uint8Array>()
    DocUpdates.of(doc).add((bytes, origin) => seen.set(origin, bytes))
    DocUpdates.of(doc).applyReceived(Y.encodeStateAsUpdate(serverDocWithNodes(2)), server)
    expect([...seen.keys()]).toEqual(['repair', server])
    // The repair's update carries the repair: it reaches the server and the device copy.
    const copy = new Y.Doc()
    Y.applyUpdate(copy, seen.get('repair')!)
    expect(copy.getMap('seen').get('count')).toBe(2)
  })

  it('keeps listening after a malformed update', () => {
    const doc = new Y.Doc()
    let calls = 0
    DocUpdates.of(doc).add(() => calls++)
    expect(() => DocUpdates.of(doc).applyReceived(new Uint8Array([1, 2, 3, 250, 250]), server)).toThrow('Unexpected end of array')
    doc.getMap('nodes').set('local', 'x')
    expect(calls).toBe(1)
  })

  it('stops listening to the doc when its last listener goes', () => {
    const doc = new Y.Doc()
    const listener = () => undefined
    DocUpdates.of(doc).add(listener)
    DocUpdates.of(doc).remove(listener)
    // Yjs encodes for 'update' listeners only: none is left.
    expect((doc as unknown as { _observers: Map<string, unknown> })._observers.has('update')).toBe(false)
  })
})
