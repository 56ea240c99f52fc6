import { readFileSync } from 'node:fs'
import { ArgdownApplication, DataPlugin, IEquivalenceClass, ModelPlugin, ParserPlugin, type IArgument, type IRelation } from '@argdown/core'
import { applyMapImport } from '@warrant/model'
import { describe, expect, it } from 'vitest'
import { FormatError } from '../FormatError'
import { readMapData } from '../MapData'
import { describeMap, sampleReading, sampleRoom, testRoom } from '../testRoom'
import { exportArgdown } from './exportArgdown'
import { escapeArgdownText } from './argdownText'
import { importArgdown } from './importArgdown'

const fixture = readFileSync(new URL('./fixtures/seminar.argdown', import.meta.url), 'utf8')

/** Statements, arguments and relations as the real parser sees them, in words (titles aside). */
function parsed(input: string): string[] {
  const app = new ArgdownApplication()
  app.addPlugin(new ParserPlugin(), 'parse-input')
  app.addPlugin(new DataPlugin(), 'build-model')
  app.addPlugin(new ModelPlugin(), 'build-model')
  const response = app.run({ input, process: ['parse-input', 'build-model'], logLevel: 'none' }) as {
    statements: Record<string, IEquivalenceClass>
    arguments: Record<string, IArgument>
    relations: IRelation[]
    parserErrors: unknown[]
  }
  expect(response.parserErrors).toEqual([])
  const textOf = (title: string | undefined) => JSON.stringify(IEquivalenceClass.getCanonicalMemberText(response.statements[title ?? '']!)?.trim())
  const lines = Object.values(response.statements).map((statement) => `statement ${JSON.stringify(IEquivalenceClass.getCanonicalMemberText(statement)?.trim())}`)
  for (const argument of Object.values(response.arguments)) {
    if (argument.pcs.length === 0) continue
    lines.push(`argument ${argument.pcs.map((statement) => `${statement.role === 'premise' ? 'P' : 'C'} ${textOf(statement.title)}`).join(' | ')}`)
  }
  for (const relation of response.relations) {
    const name = (member: IRelation['from']) => (member?.type === 'equivalence-class' ? textOf(member.title) : `${member?.type} of ${member?.type === 'inference' ? 'conclusion' : member?.title}`)
    lines.push(`${name(relation.from)} ${relation.relationType} ${name(relation.to)}`)
  }
  return lines.sort()
}

describe('Argdown round trips', () => {
  it('Warrant → Argdown → Warrant keeps nodes, kinds, positions, inferences, schemes and every link', () => {
    const { room } = sampleRoom()
    const copy = testRoom(sampleReading)
    const summary = applyMapImport(copy, importArgdown(exportArgdown(readMapData(room))), { anchorQuotes: true })
    expect(summary).toMatchObject({ nodes: 8, junctions: 1, skipped: [] })
    expect(describeMap(copy)).toEqual(describeMap(room))
  })

  it('the exported Argdown parses back to the same statements, arguments and relations', () => {
    const { room } = sampleRoom()
    const first = exportArgdown(readMapData(room))
    const copy = testRoom()
    applyMapImport(copy, importArgdown(first), { anchorQuotes: false })
    expect(parsed(exportArgdown(readMapData(copy)))).toEqual(parsed(first))
    expect(parsed(first)).toEqual(
      expect.arrayContaining([
        'argument P "Congestion costs every commuter about an hour a week" | P "buses stuck in traffic run late" | C "Cities should charge drivers for entering the centre at rush hour."',
        '"Only rush hours are unusual" undercut inference of conclusion',
        '"the charge hits poor drivers hardest" attack "Cities should charge drivers for entering the centre at rush hour."',
      ]),
    )
  })

  it('Argdown → Warrant → Argdown keeps the statements, premise–conclusion structures and relations', () => {
    const room = testRoom()
    const result = importArgdown(fixture)
    applyMapImport(room, result, { anchorQuotes: false })
    const again = parsed(exportArgdown(readMapData(room)))
    const original = parsed(fixture)
    // Contradictions come back as attacks both ways; an unreconstructed argument as a statement.
    const expected = original
      .flatMap((line) => (line.includes(' contradictory ') ? [line.replace(' contradictory ', ' attack '), line.split(' contradictory ').reverse().join(' attack ')] : [line]))
      .map((line) => line.replace('argument of Loose', '"An argument that nobody reconstructed."'))
    expect(again).toEqual(expect.arrayContaining(expected.filter((line) => !line.startsWith('argument P "All charges'))))
    expect(again).toContain('statement "An argument that nobody reconstructed."')
  })
})

describe('Argdown import', () => {
  it('reads statements, kinds from tags, linked premises, chained inferences, undercuts and contradictions', () => {
    const result = importArgdown(fixture)
    const kindOf = (title: string) => result.nodes.find((node) => node.key === `s:${title}`)?.kind
    expect(kindOf('Poor')).toBe('counterclaim')
    expect(kindOf('London')).toBe('claim')
    expect(result.nodes.find((node) => node.key === 's:Charge')!.text).toBe('Cities should charge drivers for entering the centre. #claim')
    expect(result.junctions).toEqual([
      { key: 'a:Congestion argument:1', conclusion: 's:Charge', premises: ['s:Time', 's:Late'], scheme: 'Argument from consequences' },
      { key: 'a:Chain:1', conclusion: 's:C', premises: ['s:A', 's:B'], scheme: null },
      { key: 'a:Chain:2', conclusion: 's:E', premises: ['s:C', 's:D'], scheme: null },
    ])
    expect(result.links).toEqual(
      expect.arrayContaining([
        { source: 's:London', target: 's:Charge', kind: 'supports' },
        { source: 's:Poor', target: 's:Charge', kind: 'attacks' },
        { source: 's:Charge', target: 's:Free', kind: 'attacks' },
        { source: 's:Free', target: 's:Charge', kind: 'attacks' },
        { source: 's:Bus', target: 's:Poor', kind: 'attacks' },
        { source: 's:Unusual', target: 'a:Congestion argument:1', kind: 'undercuts' },
        { source: 'a:Loose', target: 's:E', kind: 'supports' },
      ]),
    )
    expect(result.notes).toContain('1 contrary or contradictory relation became attacks in both directions.')
  })

  it('reports parser errors as a FormatError naming the line', () => {
    expect(() => importArgdown('[A]: fine\n\n<B>:\n\n(1) [A]\n----\n')).toThrow(FormatError)
    const error = (() => {
      try {
        importArgdown('[A]: one\n  + [B]: two\n  = [C]: three\n')
      } catch (caught) {
        return caught as FormatError
      }
      return null
    })()
    expect(error?.message).toMatch(/^Argdown: line 3: /)
    expect(error?.where.line).toBe(3)
    expect(() => importArgdown('   \n')).toThrow(/empty/)
  })

  it('keeps HTML and script in labels as text, and survives huge and cyclic input', () => {
    const result = importArgdown(`[X]: ${escapeArgdownText('Say <script>alert(1)</script> <img src=x onerror=alert(1)>')}\n  +> [Y]: y\n\n[Y]\n  +> [X]\n`)
    expect(result.nodes[0]!.text).toBe('Say <script>alert(1)</script> <img src=x onerror=alert(1)>')
    expect(result.links).toHaveLength(2)
    const huge = importArgdown(`[Big]: ${'word '.repeat(2_000_000)}\n`)
    const summary = applyMapImport(testRoom(), huge, { anchorQuotes: false })
    expect(summary.nodes).toBe(1)
    expect(summary.skipped[0]!.why).toMatch(/cut to 20000/)
  })
})
