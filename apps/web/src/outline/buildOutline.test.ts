import { Room, addNode, linkAsArgument, linkNodes } from '@warrant/model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { buildOutline } from './buildOutline'

function testRoom(): Room {
  let ids = 0
  let clock = 1000
  return new Room({ user: { id: 'ada', name: 'Ada' }, textDoc: new Y.Doc(), mapDoc: new Y.Doc(), createId: () => `n${++ids}`, now: () => clock++ })
}

const claim = (room: Room, text: string) => addNode(room, { kind: 'claim', text })!
const shape = (room: Room, collapsed?: Set<string>) =>
  buildOutline(room.getSnapshot(), collapsed).map((row) => `${'  '.repeat(row.depth - 1)}${row.relation ?? 'root'} ${row.type === 'node' ? row.node.text : 'together'}${row.type === 'node' && row.reference ? ' (ref)' : ''}`)

describe('buildOutline', () => {
  it('puts main conclusions on top and nests reasons and objections under them', () => {
    const room = testRoom()
    const main = claim(room, 'Main')
    const reason = claim(room, 'Reason')
    const objection = claim(room, 'Objection')
    linkNodes(room, { source: reason, target: main, kind: 'supports' })
    linkNodes(room, { source: objection, target: reason, kind: 'attacks' })
    expect(shape(room)).toEqual(['root Main', '  supports Reason', '    attacks Objection'])
  })

  it('shows a junction as a "together" row with its premises and undercuts nested', () => {
    const room = testRoom()
    const main = claim(room, 'Main')
    const a = claim(room, 'A')
    const b = claim(room, 'B')
    const cut = claim(room, 'Cut')
    const junction = linkAsArgument(room, { premises: [a, b], conclusion: main })!
    linkNodes(room, { source: cut, target: junction, kind: 'undercuts' })
    expect(shape(room)).toEqual(['root Main', '  supports together', '    premise A', '    premise B', '    undercuts Cut'])
  })

  it('shows a node reached twice once in full and then as a reference', () => {
    const room = testRoom()
    const one = claim(room, 'One')
    const two = claim(room, 'Two')
    const shared = claim(room, 'Shared')
    const below = claim(room, 'Below')
    linkNodes(room, { source: shared, target: one, kind: 'supports' })
    linkNodes(room, { source: shared, target: two, kind: 'supports' })
    linkNodes(room, { source: below, target: shared, kind: 'supports' })
    expect(shape(room)).toEqual(['root One', '  supports Shared', '    supports Below', 'root Two', '  supports Shared (ref)'])
  })

  it('ends cycles and still shows every node', () => {
    const room = testRoom()
    const a = claim(room, 'A')
    const b = claim(room, 'B')
    linkNodes(room, { source: a, target: b, kind: 'attacks' })
    linkNodes(room, { source: b, target: a, kind: 'attacks' })
    expect(shape(room)).toEqual(['root A', '  attacks B', '    attacks A (ref)'])
  })

  it('leaves out what is under a collapsed row but keeps references stable', () => {
    const room = testRoom()
    const main = claim(room, 'Main')
    const reason = claim(room, 'Reason')
    linkNodes(room, { source: reason, target: main, kind: 'supports' })
    expect(shape(room, new Set([main]))).toEqual(['root Main'])
    expect(buildOutline(room.getSnapshot())[0]).toMatchObject({ hasChildren: true, siblings: 1 })
  })
})
