import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addNode } from './commands/addNode'
import { linkAsArgument } from './commands/linkAsArgument'
import { linkNodes } from './commands/linkNodes'
import { moveNodes } from './commands/moveNodes'
import type { MapSnapshot } from './MapSnapshot'
import { Room } from './Room'
import { Random } from './testing/random'
import { createTestRoom } from './testing/testRoom'

const shape = (snapshot: MapSnapshot) => ({
  nodes: [...snapshot.nodes],
  nodeList: snapshot.nodeList,
  links: [...snapshot.links],
  linkList: snapshot.linkList,
  junctions: [...snapshot.junctions],
  junctionList: snapshot.junctionList,
  anchors: [...snapshot.anchors],
  anchorOfNode: [...snapshot.anchorOfNode],
  invalidRecords: snapshot.invalidRecords,
})

/** A fresh Room on the same docs derives its snapshot whole: the reference for the move path. */
const derivedWhole = (room: Room): MapSnapshot => new Room({ user: room.user, textDoc: room.textDoc, mapDoc: room.mapDoc }).getSnapshot()

describe('moveSnapshot (the snapshot after moves only)', () => {
  it('equals the full derivation after every move, and keeps links, anchors and unmoved nodes', () => {
    const room = createTestRoom()
    const random = new Random(7)
    const ids = Array.from({ length: 40 }, (_, n) => addNode(room, { kind: n % 3 === 0 ? 'claim' : 'evidence', text: `node ${n}`, position: { x: n * 10, y: 0 } })!)
    for (let n = 1; n < ids.length; n++) linkNodes(room, { source: ids[n]!, target: ids[Math.floor(random.next() * n)]!, kind: 'supports' })
    expect(linkAsArgument(room, { premises: [ids[5]!, ids[6]!], conclusion: ids[0]! })).not.toBeNull()
    const junctionId = room.getSnapshot().junctionList[0]!.id
    for (let step = 0; step < 30; step++) {
      const before = room.getSnapshot()
      const moved = step % 5 === 4 ? junctionId : ids[Math.floor(random.next() * ids.length)]!
      if (moved === junctionId) room.transactMap(() => (room.junctionMap.get(junctionId) as Y.Map<unknown>).set('position', { x: step, y: -step }))
      else moveNodes(room, [{ id: moved, position: { x: step, y: step * 2 } }])
      const after = room.getSnapshot()
      expect(after.version).toBe(before.version + 1)
      expect(after.structureVersion).toBe(before.structureVersion)
      expect(after.links).toBe(before.links)
      expect(after.anchorOfNode).toBe(before.anchorOfNode)
      const unmoved = after.nodeList.filter((node) => node.id !== moved)
      expect(unmoved.every((node) => node === before.nodes.get(node.id))).toBe(true)
      expect(shape(after)).toEqual(shape(derivedWhole(room)))
    }
    expect(room.getSnapshot().junctions.get(junctionId)!.position).toEqual({ x: 29, y: -29 })
  })

  it('derives whole when a moved position no longer validates (the node and its links leave)', () => {
    const room = createTestRoom()
    const a = addNode(room, { kind: 'claim', text: 'a', position: { x: 0, y: 0 } })!
    const b = addNode(room, { kind: 'evidence', text: 'b', position: { x: 0, y: 100 } })!
    linkNodes(room, { source: b, target: a, kind: 'supports' })
    expect(room.getSnapshot().links.size).toBe(1)
    room.transactMap(() => (room.nodeMap.get(b) as Y.Map<unknown>).set('position', 'not a position'))
    const after = room.getSnapshot()
    expect(after.nodes.has(b)).toBe(false)
    expect(after.links.size).toBe(0)
    expect(after.invalidRecords).toBe(1)
    expect(shape(after)).toEqual(shape(derivedWhole(room)))
  })
})
