import { Room, addNode, addNodeFromSpan, linkAsArgument, linkNodes, writeReadingText } from '@warrant/model'
import * as Y from 'yjs'

/** Test helper: a room with predictable ids and clock, and optionally a reading. */
export function testRoom(text?: string, user = { id: 'ada', name: 'Ada' }): Room {
  let ids = 0
  let clock = 1_700_000_000_000
  const room = new Room({ user, textDoc: new Y.Doc(), mapDoc: new Y.Doc(), createId: () => `${user.id}-${++ids}`, now: () => clock++ })
  if (text !== undefined) room.textDoc.transact(() => writeReadingText(room.content, text))
  return room
}

export const sampleReading = [
  'Cities should charge drivers for entering the centre at rush hour.',
  'Congestion costs every commuter about an hour a week, and buses stuck in traffic run late.',
  'Critics say the charge hits poor drivers hardest. Yet most poor commuters take the bus.',
  'London saw traffic fall by a fifth after its charge began.',
].join('\n')

/** A room with every kind of record: anchored nodes of each kind, a linked argument with a scheme, an undercut, supports, attacks and a rephrase. */
export function sampleRoom(): { room: Room; ids: Record<string, string> } {
  const room = testRoom(sampleReading)
  const text = room.getAnchorLayout().index.text
  const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length })
  const ids: Record<string, string> = {}
  ids.charge = addNodeFromSpan(room, { kind: 'claim', ...span('Cities should charge drivers for entering the centre at rush hour.'), position: { x: 300, y: 0 } })!
  ids.congestion = addNodeFromSpan(room, { kind: 'evidence', ...span('Congestion costs every commuter about an hour a week'), position: { x: 0, y: 300 } })!
  ids.buses = addNodeFromSpan(room, { kind: 'evidence', ...span('buses stuck in traffic run late'), position: { x: 280, y: 300 } })!
  ids.critics = addNodeFromSpan(room, { kind: 'counterclaim', ...span('the charge hits poor drivers hardest'), position: { x: 600, y: 300 } })!
  ids.poor = addNodeFromSpan(room, { kind: 'evidence', ...span('most poor commuters take the bus'), position: { x: 600, y: 600 } })!
  ids.london = addNodeFromSpan(room, { kind: 'evidence', ...span('London saw traffic fall by a fifth after its charge began.'), position: { x: -300, y: 300 } })!
  ids.typed = addNode(room, { kind: 'claim', text: 'Road pricing is fair <b>"really"</b> & [sure] #tag {x: 1} // not a comment', position: { x: 900, y: 0 } })!
  ids.unusual = addNode(room, { kind: 'counterclaim', text: 'Only rush hours are unusual', position: { x: 900, y: 300 } })!
  ids.argument = linkAsArgument(room, { premises: [ids.congestion, ids.buses], conclusion: ids.charge, scheme: 'Argument from consequences' })!
  linkNodes(room, { source: ids.critics, target: ids.charge, kind: 'attacks' })
  linkNodes(room, { source: ids.poor, target: ids.critics, kind: 'attacks' })
  linkNodes(room, { source: ids.london, target: ids.charge, kind: 'supports' })
  linkNodes(room, { source: ids.typed, target: ids.charge, kind: 'rephrases' })
  linkNodes(room, { source: ids.unusual, target: ids.argument, kind: 'undercuts' })
  return { room, ids }
}

/**
 * The map in words, independent of ids and order: each node (kind, text, position?, quote?),
 * each junction and each link by the texts at their ends.
 */
export function describeMap(room: Room, { positions = true, anchors = true } = {}): string[] {
  const snapshot = room.getSnapshot()
  const layout = room.getAnchorLayout()
  const name = (id: string): string => {
    const node = snapshot.nodes.get(id)
    if (node) return JSON.stringify(node.text)
    const junction = snapshot.junctions.get(id)
    if (!junction) return '?'
    const premises = snapshot.linkList.filter((link) => link.kind === 'premise' && link.target === id).map((link) => name(link.source)).sort()
    return `(${premises.join(' + ')} => ${name(junction.conclusion)}${junction.scheme ? ` as ${junction.scheme}` : ''})`
  }
  const lines: string[] = []
  for (const node of snapshot.nodeList) {
    const resolved = layout.byNode.get(node.id)
    const words = resolved && resolved.status !== 'orphaned' ? layout.index.text.slice(resolved.start, resolved.end) : null
    lines.push(`${node.kind} ${JSON.stringify(node.text)}${positions ? ` at ${node.position.x},${node.position.y}` : ''}${anchors && words !== null ? ` quoting ${JSON.stringify(words)}` : ''}`)
  }
  for (const junction of snapshot.junctionList) lines.push(`inference ${name(junction.id)}${positions ? ` at ${junction.position.x},${junction.position.y}` : ''}`)
  for (const link of snapshot.linkList) if (link.kind !== 'premise') lines.push(`${name(link.source)} ${link.kind} ${name(link.target)}`)
  return lines.sort()
}
