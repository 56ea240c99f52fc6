import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addNode } from '../commands/addNode'
import { createTestRoom } from '../testing/testRoom'
import type { MapImport } from './MapImport'
import { applyMapImport } from './applyMapImport'

const reading = 'Cities should tax cars. Congestion costs everyone time. Cities should tax cars. Buses get faster when roads are free.'

const sample = (): MapImport => ({
  nodes: [
    { key: 'c', kind: 'claim', text: 'Road pricing works' },
    { key: 'p1', kind: 'evidence', text: 'Congestion costs everyone time.' },
    { key: 'p2', kind: 'evidence', text: 'Buses get faster', quote: { quote: { exact: 'Buses get fastr when roads', prefix: 'time. Cities should tax cars. ', suffix: '' }, position: { start: 80, end: 105 } } },
    { key: 'x', kind: 'counterclaim', text: 'Cities should tax cars.' },
  ],
  junctions: [{ key: 'j', conclusion: 'c', premises: ['p1', 'p2'], scheme: 'Argument from consequences' }],
  links: [
    { source: 'x', target: 'j', kind: 'undercuts' },
    { source: 'x', target: 'c', kind: 'rephrases' },
  ],
  skipped: [{ what: 'L node 9', why: 'dialogue' }],
})

describe('applyMapImport', () => {
  it('writes nodes, a junction with linked premises, an undercut and a rephrase in one transaction', () => {
    const room = createTestRoom({ text: reading })
    let transactions = 0
    room.mapDoc.on('afterTransaction', () => transactions++)
    const result = applyMapImport(room, sample(), { anchorQuotes: true })
    expect(transactions).toBe(1)
    expect(result).toMatchObject({ nodes: 4, junctions: 1, links: 4, anchored: 2, orphaned: 1, skipped: [{ what: 'L node 9', why: 'dialogue' }] })
    const snapshot = room.getSnapshot()
    expect(snapshot.nodes.size).toBe(4)
    const junction = snapshot.junctionList[0]!
    expect(junction).toMatchObject({ conclusion: result.nodeIds.get('c'), scheme: 'Argument from consequences' })
    expect(snapshot.linkList.filter((link) => link.kind === 'premise').map((link) => link.source).sort()).toEqual([result.nodeIds.get('p1'), result.nodeIds.get('p2')].sort())
    expect(snapshot.linkList.find((link) => link.kind === 'undercuts')).toMatchObject({ source: result.nodeIds.get('x'), target: junction.id })
    // p1 by its text (once in the reading), p2 by its fuzzy quote; x's text occurs twice: orphaned.
    const layout = room.getAnchorLayout()
    const words = (key: string) => {
      const resolved = layout.byNode.get(result.nodeIds.get(key)!)
      return resolved && resolved.status !== 'orphaned' ? layout.index.text.slice(resolved.start, resolved.end) : null
    }
    expect(words('p1')).toBe('Congestion costs everyone time.')
    expect(words('p2')).toBe('Buses get faster when roads')
    expect(words('x')).toBeNull()
    expect(snapshot.anchorOfNode.has(result.nodeIds.get('x')!)).toBe(false)
  })

  it('anchors nothing when asked not to, and places nodes in layers below the existing map', () => {
    const room = createTestRoom({ text: reading })
    addNode(room, { kind: 'claim', text: 'existing', position: { x: 0, y: 500 } })
    const result = applyMapImport(room, sample(), { anchorQuotes: false })
    expect(result.anchored).toBe(0)
    const nodes = room.getSnapshot().nodes
    const y = (key: string) => nodes.get(result.nodeIds.get(key)!)!.position.y
    expect(y('c')).toBeGreaterThan(500)
    expect(y('p1')).toBeGreaterThan(y('c'))
  })

  it('reports broken records instead of writing them, and never throws', () => {
    const room = createTestRoom()
    const broken = {
      nodes: [
        { key: 'a', kind: 'claim', text: 'A' },
        { key: 'a', kind: 'claim', text: 'again' },
        { key: 'b', kind: 'nonsense', text: 'x'.repeat(30_000), position: { x: Number.NaN, y: 1 } },
      ],
      junctions: [
        { key: 'j1', conclusion: 'missing', premises: ['a'] },
        { key: 'j2', conclusion: 'a', premises: ['a'] },
      ],
      links: [
        { source: 'a', target: 'a', kind: 'supports' },
        { source: 'a', target: 'zzz', kind: 'attacks' },
        { source: 'a', target: 'b', kind: 'supports' },
        { source: 'a', target: 'b', kind: 'attacks' },
        { source: 'a', target: 'b', kind: 'explodes' },
      ],
      skipped: [],
    } as unknown as MapImport
    const result = applyMapImport(room, broken, { anchorQuotes: true })
    expect(result).toMatchObject({ nodes: 2, junctions: 0, links: 1 })
    expect(result.skipped.map((item) => item.why)).toEqual([
      'its key is missing or used twice',
      'its text was cut to 20000 characters (it had 30000)',
      'it has no conclusion on the map',
      'it has no premise on the map (a statement cannot be a premise of itself)',
      'a statement cannot be linked to itself',
      'one of its ends is not on the map',
      'the two already have a link in this direction',
      'unknown link kind',
    ])
    const b = room.getSnapshot().nodes.get(result.nodeIds.get('b')!)!
    expect(b.kind).toBe('claim')
    expect(b.text.length).toBe(20_000)
    expect(room.getSnapshot().invalidRecords).toBe(0)
  })

  it('reaches a peer as one update', () => {
    const room = createTestRoom({ text: reading })
    const updates: Uint8Array[] = []
    room.mapDoc.on('update', (update: Uint8Array) => updates.push(update))
    applyMapImport(room, sample(), { anchorQuotes: true })
    expect(updates).toHaveLength(1)
    const peer = new Y.Doc()
    Y.applyUpdate(peer, updates[0]!)
    expect(peer.getMap('nodes').size).toBe(4)
  })
})
