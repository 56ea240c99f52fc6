import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { MapSnapshot } from './MapSnapshot'
import { Room } from './Room'
import { addNode } from './commands/addNode'
import { addNodeFromSpan } from './commands/addNodeFromSpan'
import { deleteLinks } from './commands/deleteLinks'
import { deleteNodes } from './commands/deleteNodes'
import { editNodeText } from './commands/editNodeText'
import { linkAsArgument } from './commands/linkAsArgument'
import { linkNodes } from './commands/linkNodes'
import { targetsJunction } from './records/Link'
import { moveNodes } from './commands/moveNodes'
import { repairAnchor } from './commands/repairAnchor'
import { setLinkKind } from './commands/setLinkKind'
import { setNodeKind } from './commands/setNodeKind'
import { addComment } from './commands/addComment'
import { deleteComment } from './commands/deleteComment'
import { editComment } from './commands/editComment'
import { setCommentResolved } from './commands/setCommentResolved'
import { linkKinds } from './records/Link'
import { nodeKinds } from './records/ArgumentNode'
import { Network } from './testing/Network'
import { deleteText, joinParagraphs, paragraphTexts, splitParagraph, typeText } from './testing/proseMirrorEdits'
import { Random } from './testing/random'
import { syncDocs } from './testing/syncDocs'
import { writeReadingText } from './text/writeReadingText'

const peerCount = 5
const seeds = 60
const steps = 80

const reading = [
  'Hagel announced that the fourth phase of the plan would be dropped.',
  'Russia responded coolly, pointing to a continued distrust of Washington.',
  'Analysts suggest this could lead to a breakthrough in relations.',
  'This is not a concession to Russia, officials said, and we do not see it as such.',
  'The meeting to discuss the new plans is set for late May.',
  'Some fear the decision was driven by the fiscal situation and might be reversed.',
].join('\n')


function createPeers(seed: number): { peers: Room[]; text: Network; map: Network; random: Random } {
  const random = new Random(seed)
  const seedDoc = new Y.Doc()
  writeReadingText(seedDoc.getXmlFragment('content'), reading)
  const peers = Array.from({ length: peerCount }, (_, index) => {
    const ids = new Random(seed * 1000 + index)
    let clock = 0
    const textDoc = new Y.Doc()
    Y.applyUpdate(textDoc, Y.encodeStateAsUpdate(seedDoc))
    return new Room({
      user: { id: `peer-${index}`, name: `Peer ${index}` },
      textDoc,
      mapDoc: new Y.Doc(),
      createId: () => ids.id(),
      now: () => ++clock,
    })
  })
  const text = new Network(
    peers.map((room) => room.textDoc),
    random,
  )
  const map = new Network(
    peers.map((room) => room.mapDoc),
    random,
  )
  return { peers, text, map, random }
}

/** One random user intent on one peer, through the commands or as an editor's text edit. */
function randomStep(room: Room, random: Random, knownIds: string[]): void {
  const snapshot = room.getSnapshot()
  const nodeIds = [...snapshot.nodes.keys()]
  const linkIds = [...snapshot.links.keys()]
  // Sometimes an id this peer has not seen (deleted, or not yet arrived): commands must cope.
  const someNode = () => (nodeIds.length > 0 && random.bool(0.9) ? random.pick(nodeIds) : random.pick(knownIds.length > 0 ? knownIds : ['nobody']))
  const position = () => (random.bool(0.05) ? { x: Number.NaN, y: 1 } : { x: random.int(-500, 1500), y: random.int(-500, 1500) })
  const paragraphs = paragraphTexts(room.content)
  const paragraph = () => random.int(0, paragraphs.length - 1)
  const junctionIds = [...snapshot.junctions.keys()]
  switch (random.int(0, 17)) {
    case 0: {
      const id = addNode(room, { kind: random.pick(nodeKinds), text: random.word(), ...(random.bool() ? { position: position() } : {}) })
      if (id) knownIds.push(id)
      return
    }
    case 1:
    case 2: {
      const text = room.getAnchorLayout().index.text
      const start = random.int(0, text.length)
      const id = addNodeFromSpan(room, { kind: random.pick(nodeKinds), start, end: start + random.int(-3, 40) })
      if (id) knownIds.push(id)
      return
    }
    case 3:
      linkNodes(room, { source: someNode(), target: someNode(), kind: random.pick(linkKinds) })
      return
    case 4:
      if (linkIds.length > 0) setLinkKind(room, random.pick(linkIds), random.pick(linkKinds))
      return
    case 5:
      setNodeKind(room, someNode(), random.pick(nodeKinds))
      return
    case 6:
      moveNodes(
        room,
        Array.from({ length: random.int(1, 3) }, () => ({ id: someNode(), position: position() })),
      )
      return
    case 7:
      editNodeText(room, someNode(), random.word())
      return
    case 8:
      if (random.bool(0.5)) deleteNodes(room, [someNode()])
      return
    case 9:
      if (linkIds.length > 0) deleteLinks(room, random.subset(linkIds, 0.4))
      return
    case 10: {
      // The editing client's repair: re-tie a random anchor to the words it now shows, or others.
      const layout = room.getAnchorLayout()
      const anchors = [...layout.byNode.values()]
      if (anchors.length === 0) return
      const anchor = random.pick(anchors)
      const start = anchor.status === 'orphaned' ? random.int(0, layout.index.text.length) : anchor.start
      repairAnchor(room, anchor.anchorId, start, start + random.int(1, 20))
      return
    }
    case 11: {
      if (paragraphs.length === 0) return
      const at = paragraph()
      if (random.bool(0.6)) typeText(room.content, at, random.int(0, paragraphs[at]!.length), random.bool() ? ` ${random.word()}` : random.word())
      else if (paragraphs[at]!.length > 0) {
        const from = random.int(0, paragraphs[at]!.length - 1)
        deleteText(room.content, at, from, random.int(1, Math.min(8, paragraphs[at]!.length - from)))
      }
      return
    }
    case 12: {
      if (paragraphs.length === 0) return
      const at = paragraph()
      splitParagraph(room.content, at, random.int(0, paragraphs[at]!.length))
      return
    }
    case 13:
      if (paragraphs.length > 1) joinParagraphs(room.content, random.int(0, paragraphs.length - 2))
      return
    case 14: {
      const id = linkAsArgument(room, { premises: Array.from({ length: random.int(1, 3) }, someNode), conclusion: someNode(), scheme: random.bool() ? random.word() : null })
      if (id) knownIds.push(id)
      return
    }
    case 15:
      // A premise added to an argument, or an undercut of its inference; sometimes a junction since deleted.
      if (junctionIds.length > 0 || knownIds.length > 0) {
        const target = junctionIds.length > 0 && random.bool(0.8) ? random.pick(junctionIds) : random.pick(knownIds)
        linkNodes(room, { source: someNode(), target, kind: random.bool() ? 'premise' : 'undercuts' })
      }
      return
    case 16: {
      // A comment on a node or a highlight, or a reply to any comment this peer knows.
      const comments = [...room.commentMap.keys()]
      const anchorIds = [...snapshot.anchors.keys()]
      const on = anchorIds.length > 0 && random.bool(0.3) ? random.pick(anchorIds) : someNode()
      addComment(room, { on, text: random.word(), parent: comments.length > 0 && random.bool(0.5) ? random.pick(comments) : null })
      return
    }
    case 17: {
      const comments = [...room.commentMap.keys()]
      if (comments.length === 0) return
      const id = random.pick(comments)
      const what = random.int(0, 2)
      if (what === 0) editComment(room, id, random.word())
      else if (what === 1) setCommentResolved(room, id, random.bool())
      else deleteComment(room, id)
      return
    }
  }
}

const sortedEntries = <V>(map: ReadonlyMap<string, V>) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))

/** What must be equal on every peer once all have the same updates. */
function comparable(room: Room) {
  const snapshot: MapSnapshot = room.getSnapshot()
  return {
    nodeList: snapshot.nodeList,
    linkList: snapshot.linkList,
    junctionList: snapshot.junctionList,
    nodes: sortedEntries(snapshot.nodes),
    links: sortedEntries(snapshot.links),
    anchors: sortedEntries(snapshot.anchors),
    anchorOfNode: sortedEntries(snapshot.anchorOfNode),
    invalidRecords: snapshot.invalidRecords,
    resolved: sortedEntries(room.getAnchorLayout().byNode),
    text: room.getAnchorLayout().index.text,
    comments: sortedEntries(room.getComments().comments),
    threads: sortedEntries(room.getComments().threadsOn),
  }
}

function expectConverged(peers: Room[]): void {
  const [first, ...others] = peers
  const docsOf = (room: Room) => ({
    content: room.content.toString(),
    nodes: room.nodeMap.toJSON(),
    links: room.linkMap.toJSON(),
    anchors: room.anchorMap.toJSON(),
    comments: room.commentMap.toJSON(),
    junctions: room.junctionMap.toJSON(),
  })
  const expected = comparable(first!)
  for (const room of others) {
    expect(docsOf(room)).toEqual(docsOf(first!))
    expect(comparable(room)).toEqual(expected)
  }
  // The incrementally kept snapshot equals one derived from scratch.
  const fresh = new Room({ user: first!.user, textDoc: first!.textDoc, mapDoc: first!.mapDoc })
  expect(comparable(fresh)).toEqual(expected)
  fresh.dispose()
  expectValid(first!)
}

function expectValid(room: Room): void {
  const snapshot = room.getSnapshot()
  for (const link of snapshot.links.values()) {
    expect(snapshot.nodes.has(link.source)).toBe(true)
    const targets = targetsJunction(link.kind) ? snapshot.junctions : snapshot.nodes
    expect(targets.has(link.target)).toBe(true)
    expect(link.source).not.toBe(link.target)
  }
  for (const junction of snapshot.junctions.values()) {
    expect(snapshot.nodes.has(junction.conclusion)).toBe(true)
    const premises = snapshot.linkList.filter((link) => link.kind === 'premise' && link.target === junction.id)
    expect(premises.length).toBeGreaterThan(0)
    expect(premises.map((link) => link.source)).not.toContain(junction.conclusion)
  }
  for (const anchor of snapshot.anchors.values()) expect(snapshot.nodes.has(anchor.nodeId)).toBe(true)
  const layout = room.getAnchorLayout()
  expect([...layout.byNode.keys()].sort()).toEqual([...snapshot.anchorOfNode.keys()].sort())
  for (const resolved of layout.byNode.values()) {
    if (resolved.status === 'orphaned') continue
    const anchor = snapshot.anchors.get(resolved.anchorId)!
    expect(layout.index.text.slice(resolved.start, resolved.end)).toBe(anchor.quote.exact)
  }
}

describe('convergence of random concurrent edits', () => {
  for (let seed = 1; seed <= seeds; seed++) {
    it(`converges to one valid map and text (seed ${seed})`, () => {
      const { peers, text, map, random } = createPeers(seed)
      const knownIds: string[] = []
      for (let step = 0; step < steps; step++) {
        const peer = random.int(0, peerCount - 1)
        randomStep(peers[peer]!, random, knownIds)
        if (random.bool(0.4)) {
          text.deliverSome()
          map.deliverSome()
        }
        if (random.bool(0.05)) {
          const who = random.int(0, peerCount - 1)
          if (text.isOnline(who)) {
            text.disconnect(who)
            map.disconnect(who)
          } else {
            text.reconnect(who)
            map.reconnect(who)
          }
        }
        if (step % 20 === 19) expectValid(peers[peer]!)
      }
      text.settle()
      map.settle()
      expectConverged(peers)
      // Commands never write a record that does not validate.
      expect(peers[0]!.getSnapshot().invalidRecords).toBe(0)
      for (const room of peers) room.dispose()
    })
  }
})

describe('concurrent commands on one node', () => {
  function twoPeers() {
    const [a, b] = ['ada', 'bob'].map((id) => {
      let n = 0
      let clock = 0
      return new Room({ user: { id, name: id }, createId: () => `${id}-${++n}`, now: () => ++clock })
    }) as [Room, Room]
    const sync = () => {
      syncDocs(a.mapDoc, b.mapDoc)
      syncDocs(a.textDoc, b.textDoc)
    }
    return { a, b, sync }
  }

  it('hides on both peers a link made to a node another peer deleted meanwhile', () => {
    const { a, b, sync } = twoPeers()
    const x = addNode(a, { kind: 'claim', text: 'x' })!
    const y = addNode(a, { kind: 'evidence', text: 'y' })!
    sync()
    deleteNodes(a, [x])
    const link = linkNodes(b, { source: y, target: x, kind: 'supports' })!
    expect(b.getSnapshot().links.has(link)).toBe(true)
    sync()
    for (const room of [a, b]) {
      expect(room.getSnapshot().nodes.has(x)).toBe(false)
      expect(room.getSnapshot().links.size).toBe(0)
      expect(room.getSnapshot().linkList).toEqual([])
    }
    expect(comparable(a)).toEqual(comparable(b))
  })

  it('gives both peers the same position when they move one node at once', () => {
    const { a, b, sync } = twoPeers()
    const x = addNode(a, { kind: 'claim', text: 'x' })!
    sync()
    moveNodes(a, [{ id: x, position: { x: 10, y: 10 } }])
    moveNodes(b, [{ id: x, position: { x: 900, y: 900 } }])
    sync()
    const position = a.getSnapshot().nodes.get(x)!.position
    expect(b.getSnapshot().nodes.get(x)!.position).toEqual(position)
    expect([{ x: 10, y: 10 }, { x: 900, y: 900 }]).toContainEqual(position)
  })

  it('keeps both a text edit and a move made at once on one node', () => {
    const { a, b, sync } = twoPeers()
    const x = addNode(a, { kind: 'claim', text: 'x' })!
    sync()
    editNodeText(a, x, 'reworded')
    moveNodes(b, [{ id: x, position: { x: 42, y: 24 } }])
    sync()
    for (const room of [a, b]) expect(room.getSnapshot().nodes.get(x)).toMatchObject({ text: 'reworded', position: { x: 42, y: 24 } })
  })

  it('keeps a kind change and a text edit made at once, and drops both when the node is deleted meanwhile', () => {
    const { a, b, sync } = twoPeers()
    const x = addNode(a, { kind: 'claim', text: 'x' })!
    sync()
    setNodeKind(a, x, 'counterclaim')
    editNodeText(b, x, 'other words')
    sync()
    expect(b.getSnapshot().nodes.get(x)).toMatchObject({ kind: 'counterclaim', text: 'other words' })
    deleteNodes(a, [x])
    moveNodes(b, [{ id: x, position: { x: 1, y: 1 } }])
    sync()
    expect(a.getSnapshot().nodes.size).toBe(0)
    expect(b.getSnapshot().nodes.size).toBe(0)
    expect(b.getSnapshot().invalidRecords).toBe(0)
  })

  it('keeps one link per direction on both peers when two peers link the same nodes at once', () => {
    const { a, b, sync } = twoPeers()
    const x = addNode(a, { kind: 'claim', text: 'x' })!
    const y = addNode(a, { kind: 'claim', text: 'y' })!
    sync()
    linkNodes(a, { source: x, target: y, kind: 'supports' })
    linkNodes(b, { source: x, target: y, kind: 'attacks' })
    sync()
    expect(a.getSnapshot().linkList).toHaveLength(1)
    expect(comparable(a)).toEqual(comparable(b))
    // Changing the kind again acts on the link shown, and deleting it leaves no hidden twin.
    const shown = a.getSnapshot().linkList[0]!
    expect(linkNodes(b, { source: x, target: y, kind: 'supports' })).toBe(shown.id)
    deleteLinks(b, [shown.id])
    sync()
    expect(a.linkMap.size).toBe(0)
    expect(a.getSnapshot().links.size).toBe(0)
  })
})

