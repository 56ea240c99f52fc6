import { type LinkKind, type MapSnapshot, type NodeKind, Room, addNode, linkNodes } from '@warrant/model'
import * as Y from 'yjs'

export interface TestMapNode {
  kind: NodeKind
  text: string
  x: number
  y: number
  author?: string
}

/** A map snapshot built through the model's commands, with predictable ids (n1, n2…, l1…) and times. Tests only. */
export function testMap(nodes: readonly TestMapNode[], links: readonly { source: number; target: number; kind: LinkKind }[] = []): MapSnapshot {
  let clock = 1000
  let ids = 0
  const ids_: string[] = []
  const mapDoc = new Y.Doc()
  for (const node of nodes) {
    const room = new Room({ user: { id: 'ada', name: node.author ?? 'Ada Lovelace' }, mapDoc, createId: () => `n${++ids}`, now: () => clock++ })
    ids_.push(addNode(room, { kind: node.kind, text: node.text, position: { x: node.x, y: node.y } })!)
    room.dispose()
  }
  const room = new Room({ user: { id: 'ada', name: 'Ada' }, mapDoc, createId: () => `l${++ids}`, now: () => clock++ })
  for (const link of links) linkNodes(room, { source: ids_[link.source]!, target: ids_[link.target]!, kind: link.kind })
  const snapshot = room.getSnapshot()
  room.dispose()
  return snapshot
}
