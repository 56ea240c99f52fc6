import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createTestRoom } from '../testing/testRoom'
import { syncDocs } from '../testing/syncDocs'
import { addNode } from './addNode'
import { deleteLinks } from './deleteLinks'
import { deleteNodes } from './deleteNodes'
import { linkAsArgument } from './linkAsArgument'
import { linkNodes } from './linkNodes'
import { moveNodes } from './moveNodes'
import { setJunctionScheme } from './setJunctionScheme'

function argumentRoom() {
  const room = createTestRoom()
  const conclusion = addNode(room, { kind: 'claim', text: 'The reset can restart', position: { x: 0, y: 0 } })!
  const first = addNode(room, { kind: 'evidence', text: 'A meeting is planned', position: { x: -200, y: 400 } })!
  const second = addNode(room, { kind: 'evidence', text: 'Both sides want it', position: { x: 200, y: 400 } })!
  return { room, conclusion, first, second }
}

describe('linkAsArgument', () => {
  it('joins linked premises into one junction toward the conclusion, in one step', () => {
    const { room, conclusion, first, second } = argumentRoom()
    let transactions = 0
    room.mapDoc.on('afterTransaction', () => transactions++)
    const junction = linkAsArgument(room, { premises: [first, second], conclusion, scheme: 'Argument from expert opinion' })!
    expect(transactions).toBe(1)
    const snapshot = room.getSnapshot()
    expect(snapshot.junctions.get(junction)).toMatchObject({ conclusion, scheme: 'Argument from expert opinion', position: { x: 0, y: 200 } })
    const premises = snapshot.linkList.filter((link) => link.kind === 'premise' && link.target === junction).map((link) => link.source)
    expect(premises.sort()).toEqual([first, second].sort())
  })

  it('refuses a missing node, no premises, or the conclusion as its own premise', () => {
    const { room, conclusion, first } = argumentRoom()
    expect(linkAsArgument(room, { premises: [first, 'nobody'], conclusion })).toBeNull()
    expect(linkAsArgument(room, { premises: [], conclusion })).toBeNull()
    expect(linkAsArgument(room, { premises: [first, conclusion], conclusion })).toBeNull()
    expect(room.getSnapshot().junctions.size).toBe(0)
  })

  it('takes an undercut aimed at the inference, and a further premise', () => {
    const { room, conclusion, first, second } = argumentRoom()
    const junction = linkAsArgument(room, { premises: [first], conclusion })!
    const objection = addNode(room, { kind: 'counterclaim', text: 'Meetings prove nothing' })!
    expect(linkNodes(room, { source: objection, target: junction, kind: 'undercuts' })).not.toBeNull()
    expect(linkNodes(room, { source: second, target: junction, kind: 'premise' })).not.toBeNull()
    expect(linkNodes(room, { source: conclusion, target: junction, kind: 'premise' })).toBeNull()
    expect(linkNodes(room, { source: objection, target: junction, kind: 'attacks' })).toBeNull()
    const kinds = room.getSnapshot().linkList.filter((link) => link.target === junction).map((link) => link.kind)
    expect(kinds.sort()).toEqual(['premise', 'premise', 'undercuts'])
  })

  it('moves, renames and deletes a junction; deleting it takes its premise and undercut links', () => {
    const { room, conclusion, first } = argumentRoom()
    const junction = linkAsArgument(room, { premises: [first], conclusion })!
    const objection = addNode(room, { kind: 'counterclaim', text: 'No' })!
    linkNodes(room, { source: objection, target: junction, kind: 'undercuts' })
    moveNodes(room, [{ id: junction, position: { x: 7, y: 9 } }])
    setJunctionScheme(room, junction, 'Argument from sign')
    expect(room.getSnapshot().junctions.get(junction)).toMatchObject({ position: { x: 7, y: 9 }, scheme: 'Argument from sign' })
    deleteNodes(room, [junction])
    expect(room.junctionMap.size).toBe(0)
    expect(room.linkMap.size).toBe(0)
    expect(room.getSnapshot().nodes.size).toBe(4)
  })

  it('goes with its conclusion, and is hidden once its last premise link is gone', () => {
    const { room, conclusion, first } = argumentRoom()
    const junction = linkAsArgument(room, { premises: [first], conclusion })!
    deleteLinks(room, room.getSnapshot().linkList.map((link) => link.id))
    expect(room.getSnapshot().junctions.has(junction)).toBe(false)
    const again = linkAsArgument(room, { premises: [first], conclusion })!
    deleteNodes(room, [conclusion])
    expect(room.junctionMap.has(again)).toBe(false)
    expect(room.getSnapshot().linkList).toEqual([])
  })

  it('hides a junction whose conclusion another peer deleted meanwhile, the same on both peers', () => {
    const a = createTestRoom({ user: { id: 'a', name: 'A' } })
    const b = createTestRoom({ user: { id: 'b', name: 'B' }, mapDoc: new Y.Doc() })
    const conclusion = addNode(a, { kind: 'claim', text: 'c' })!
    const premise = addNode(a, { kind: 'evidence', text: 'p' })!
    syncDocs(a.mapDoc, b.mapDoc)
    const junction = linkAsArgument(b, { premises: [premise], conclusion })!
    const objection = addNode(b, { kind: 'counterclaim', text: 'o' })!
    linkNodes(b, { source: objection, target: junction, kind: 'undercuts' })
    deleteNodes(a, [conclusion])
    syncDocs(a.mapDoc, b.mapDoc)
    for (const room of [a, b]) {
      expect(room.getSnapshot().junctions.size).toBe(0)
      expect(room.getSnapshot().linkList).toEqual([])
      expect(room.getSnapshot().nodes.has(premise)).toBe(true)
    }
  })
})
