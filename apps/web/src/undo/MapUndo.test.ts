import { Room, addNode, addNodeFromSpan, moveNodes, writeReadingText } from '@warrant/model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { MapUndo } from './MapUndo'

/** Two people on one room, their docs kept in sync as a live connection would. */
function twoPeople() {
  const text = [new Y.Doc(), new Y.Doc()]
  const map = [new Y.Doc(), new Y.Doc()]
  writeReadingText(text[0]!.getXmlFragment('content'), 'Alpha beta gamma delta.\nEpsilon zeta eta theta.')
  Y.applyUpdate(text[1]!, Y.encodeStateAsUpdate(text[0]!))
  for (const [from, to] of [[map[0]!, map[1]!], [map[1]!, map[0]!]] as const) {
    from.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(to, update, 'remote'))
  }
  const a = new Room({ user: { id: 'a', name: 'Ada' }, textDoc: text[0], mapDoc: map[0] })
  const b = new Room({ user: { id: 'b', name: 'Bo' }, textDoc: text[1], mapDoc: map[1] })
  return { a, b, undoA: new MapUndo(a), undoB: new MapUndo(b) }
}

const nodeIds = (room: Room) => [...room.getSnapshot().nodes.keys()].sort()

describe('MapUndo', () => {
  it('undoes only this person’s command while someone else edits', () => {
    const { a, b, undoA } = twoPeople()
    const mine = addNode(a, { kind: 'claim', text: 'mine' })!
    const theirs = addNode(b, { kind: 'evidence', text: 'theirs' })!
    expect(undoA.getState().canUndo).toBe(true)
    undoA.undo()
    expect(nodeIds(a)).toEqual([theirs])
    expect(nodeIds(b)).toEqual([theirs])
    undoA.redo()
    expect(nodeIds(b)).toEqual([mine, theirs].sort())
  })

  it('has nothing to undo for changes that arrived from others', () => {
    const { b, undoA } = twoPeople()
    addNode(b, { kind: 'claim', text: 'theirs' })
    expect(undoA.getState().canUndo).toBe(false)
    expect(undoA.undo()).toBe(false)
  })

  it('undoes a node made from a highlight together with its anchor, in one step', () => {
    const { a, b, undoA } = twoPeople()
    const index = a.getAnchorLayout().index.text
    const start = index.indexOf('beta gamma')
    const id = addNodeFromSpan(a, { kind: 'claim', start, end: start + 'beta gamma'.length })!
    expect(b.getSnapshot().anchorOfNode.get(id)).toBeDefined()
    undoA.undo()
    expect(nodeIds(b)).toEqual([])
    expect(b.anchorMap.size).toBe(0)
    expect(undoA.getState().canUndo).toBe(false)
    undoA.redo()
    expect(b.getSnapshot().anchorOfNode.get(id)?.quote.exact).toBe('beta gamma')
  })

  it('undoes a whole drag (many writes) in one step', () => {
    const { a, b, undoA } = twoPeople()
    const id = addNode(a, { kind: 'claim', text: 'moved', position: { x: 0, y: 0 } })!
    undoA.beginGroup()
    for (let step = 1; step <= 5; step++) moveNodes(a, [{ id, position: { x: step * 10, y: step * 5 } }])
    undoA.endGroup()
    expect(b.getSnapshot().nodes.get(id)!.position).toEqual({ x: 50, y: 25 })
    undoA.undo()
    expect(b.getSnapshot().nodes.get(id)!.position).toEqual({ x: 0, y: 0 })
    undoA.undo()
    expect(nodeIds(b)).toEqual([])
  })

  it('keeps separate commands as separate steps', () => {
    const { a, undoA } = twoPeople()
    const first = addNode(a, { kind: 'claim', text: 'one' })!
    addNode(a, { kind: 'claim', text: 'two' })
    undoA.undo()
    expect(nodeIds(a)).toEqual([first])
  })
})
