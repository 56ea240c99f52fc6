import { readFileSync } from 'node:fs'
import { applyMapImport } from '@warrant/model'
import { describe, expect, it } from 'vitest'
import { FormatError } from '../FormatError'
import { readMapData } from '../MapData'
import { describeMap, sampleReading, sampleRoom, testRoom } from '../testRoom'
import { exportAif } from './exportAif'
import { importAif } from './importAif'

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')

describe('AIF export', () => {
  it('writes S-nodes between I-nodes, never an I→I edge, with layout and the warrant key', () => {
    const { room } = sampleRoom()
    const file = JSON.parse(exportAif(readMapData(room)))
    const nodes = file.AIF.nodes as { nodeID: string; type: string; text: string }[]
    const typeOf = new Map(nodes.map((node) => [node.nodeID, node.type]))
    expect(nodes.filter((node) => node.type === 'I')).toHaveLength(8)
    expect(nodes.filter((node) => node.type === 'RA').map((node) => node.text).sort()).toEqual(['Argument from consequences', 'Default Inference'])
    expect(nodes.filter((node) => node.type === 'CA')).toHaveLength(3)
    expect(nodes.filter((node) => node.type === 'MA')).toHaveLength(1)
    for (const edge of file.AIF.edges) {
      expect(typeOf.has(edge.fromID) && typeOf.has(edge.toID)).toBe(true)
      expect(typeOf.get(edge.fromID) === 'I' && typeOf.get(edge.toID) === 'I').toBe(false)
    }
    expect(file.AIF.locutions).toEqual([])
    expect(file.OVA.nodes).toHaveLength(nodes.length)
    expect(Object.values(file.warrant.kinds)).toContain('counterclaim')
    expect(file.text.txt).toContain('Cities should charge drivers')
  })

  it('writes the AIFdb variant with the AIF keys at the top level', () => {
    const { room } = sampleRoom()
    const file = JSON.parse(exportAif(readMapData(room), { variant: 'aifdb' }))
    expect(Object.keys(file)).toEqual(expect.arrayContaining(['nodes', 'edges', 'locutions', 'OVA', 'warrant']))
  })
})

describe('AIF round trips', () => {
  it('Warrant → AIF → Warrant keeps every node, kind, position, inference, link and anchor', () => {
    for (const variant of ['ova3', 'aifdb'] as const) {
      const { room } = sampleRoom()
      const copy = testRoom(sampleReading)
      const summary = applyMapImport(copy, importAif(exportAif(readMapData(room), { variant })), { anchorQuotes: true })
      expect(summary).toMatchObject({ nodes: 8, junctions: 1, anchored: 6, orphaned: 0, skipped: [] })
      expect(describeMap(copy)).toEqual(describeMap(room))
    }
  })

  it('AIF → Warrant → AIF keeps the I-nodes, S-nodes and their edges for each variant', () => {
    for (const name of ['aifdb-plain.json', 'wrapped.json', 'ova3.json']) {
      const original = JSON.parse(fixture(name))
      const aif = original.AIF ?? original
      const room = testRoom()
      applyMapImport(room, importAif(fixture(name)), { anchorQuotes: false })
      const again = JSON.parse(exportAif(readMapData(room))).AIF
      expect(structure(again)).toEqual(structure(aif))
    }
  })
})

/** An AIF graph in words: each S-node by type with the texts of what goes in and out. */
function structure(aif: { nodes: { nodeID: string | number; type: string; text: string }[]; edges: { fromID: string | number; toID: string | number }[] }): string[] {
  const byId = new Map(aif.nodes.map((node) => [String(node.nodeID), node]))
  const kept = new Set(['I', 'RA', 'CA', 'MA'])
  const label = (id: string): string => {
    const node = byId.get(id)!
    if (node.type === 'I') return JSON.stringify(node.text)
    return `${node.type}[${ends(id).join(' ; ')}]`
  }
  const ends = (id: string): string[] => {
    const into = aif.edges.filter((edge) => String(edge.toID) === id && byId.get(String(edge.fromID))?.type === 'I').map((edge) => label(String(edge.fromID))).sort()
    const out = aif.edges.filter((edge) => String(edge.fromID) === id && kept.has(byId.get(String(edge.toID))?.type ?? '')).map((edge) => (byId.get(String(edge.toID))!.type === 'I' ? label(String(edge.toID)) : byId.get(String(edge.toID))!.type)).sort()
    return [...into, '->', ...out]
  }
  return aif.nodes.filter((node) => kept.has(node.type)).map((node) => `${node.type} ${label(String(node.nodeID))}`).sort()
}

describe('AIF import', () => {
  it('reads AIFdb JSON with integer ids: linked premises, an attack, dialogue nodes counted', () => {
    const result = importAif(fixture('aifdb-plain.json'))
    expect(result.nodes.map((node) => node.text)).toEqual(['Smoking should be banned in parks', 'Second-hand smoke harms children', 'Children play in parks', 'Outdoor smoke disperses quickly'])
    expect(result.junctions).toEqual([{ key: 'ra104', conclusion: 'i101', premises: ['i102', 'i103'], scheme: null }])
    expect(result.links).toEqual([{ source: 'i105', target: 'i102', kind: 'attacks' }])
    expect(result.skipped).toEqual([
      { what: '2 L nodes', why: expect.stringContaining('locutions') },
      { what: '1 YA node', why: expect.stringContaining('YA') },
      { what: '1 TA node', why: expect.stringContaining('TA') },
    ])
  })

  it('reads the wrapped variant: a scheme, a rephrase and an undercut of an RA', () => {
    const result = importAif(fixture('wrapped.json'))
    expect(result.junctions[0]).toMatchObject({ scheme: 'Argument From Consequences', premises: ['i2'], conclusion: 'i1' })
    expect(result.links).toEqual([
      { source: 'i4', target: 'i2', kind: 'attacks' },
      { source: 'i6', target: 'i2', kind: 'rephrases' },
      { source: 'i8', target: 'ra3', kind: 'undercuts' },
    ])
  })

  it('reads an OVA3 save: layout from numbers given as strings, its reading as text, labels as text', () => {
    const result = importAif(fixture('ova3.json'))
    expect(result.nodes.find((node) => node.key === 'i3')!.position).toEqual({ x: 650.5, y: 300 })
    expect(result.text).toBe('Many teachers argue that Homework builds discipline.\n\nYet Pupils are overworked & tired, so Homework should be abolished.')
    expect(result.nodes.find((node) => node.key === 'i6')!.text).toBe('<script>alert(1)</script> & <b>bold</b>')
    const room = testRoom(result.text)
    const summary = applyMapImport(room, result, { anchorQuotes: true })
    expect(summary).toMatchObject({ nodes: 4, junctions: 2, links: 3, anchored: 3 })
  })
})

describe('AIF hostile input', () => {
  const fails = (input: string) => {
    try {
      importAif(input)
    } catch (error) {
      expect(error).toBeInstanceOf(FormatError)
      return (error as FormatError).message
    }
    throw new Error('expected a FormatError')
  }

  it('names the line of truncated JSON and the field of wrong types', () => {
    expect(fails('{"nodes": [\n{"nodeID": 1, "text": "a"')).toMatch(/AIF: the file ends too early \(truncated\?\) at line 2/)
    expect(fails('{"nodes": {"a": 1}}')).toBe('AIF: "nodes" must be a list of nodes.')
    expect(fails('{"AIF": {"nodes": [], "edges": 7}}')).toBe('AIF: "AIF.edges" must be a list of edges.')
    expect(fails('[1, 2]')).toMatch(/JSON object/)
    expect(fails('')).toMatch(/empty/)
  })

  it('skips bad nodes and edges, RAs without conclusion and edges to unknown nodes, and survives cycles', () => {
    const input = JSON.stringify({
      nodes: [
        { nodeID: 1, text: 'A', type: 'I' },
        { nodeID: 1, text: 'A again', type: 'I' },
        { text: 'no id', type: 'I' },
        'junk',
        { nodeID: 2, text: 'B', type: 'I' },
        { nodeID: 3, text: 'RA', type: 'RA' },
        { nodeID: 4, text: 'RA', type: 'RA' },
        { nodeID: 5, text: 'CA', type: 'CA' },
        { nodeID: 6, text: 12, type: 'I' },
      ],
      edges: [
        { fromID: 1, toID: 3 },
        { fromID: 2, toID: 4 },
        { fromID: 4, toID: 2 },
        { fromID: 1, toID: 5 },
        { fromID: 5, toID: 1 },
        { fromID: 99, toID: 1 },
        { fromID: null, toID: 1 },
      ],
    })
    const result = importAif(input)
    expect(result.nodes.map((node) => node.text)).toEqual(['A', 'B', '12'])
    const room = testRoom()
    const summary = applyMapImport(room, result, { anchorQuotes: false })
    expect(summary.nodes).toBe(3)
    expect(summary.junctions).toBe(0)
    expect(summary.links).toBe(0)
    expect(summary.skipped.map((item) => item.why)).toEqual(
      expect.arrayContaining([
        'the nodeID is used twice',
        'nodeID is missing or not a string or number',
        'not an object',
        'the inference has no conclusion (no edge to an I-node)',
        'it has no premise on the map (a statement cannot be a premise of itself)',
        'a statement cannot be linked to itself',
        'they lead from or to a nodeID the file does not have',
      ]),
    )
  })

  it('reads a 10 MB label without crashing and cuts it to what a node holds', () => {
    const input = JSON.stringify({ nodes: [{ nodeID: 1, text: 'x'.repeat(10 * 1024 * 1024), type: 'I' }], edges: [] })
    const room = testRoom()
    const summary = applyMapImport(room, importAif(input), { anchorQuotes: true })
    expect(summary.nodes).toBe(1)
    expect(summary.skipped[0]!.why).toMatch(/cut to 20000/)
  })
})
