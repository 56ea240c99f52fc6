import { readFileSync } from 'node:fs'
import { applyMapImport } from '@warrant/model'
import { describe, expect, it } from 'vitest'
import { FormatError } from '../FormatError'
import { readMapData } from '../MapData'
import { describeMap, sampleReading, sampleRoom, testRoom } from '../testRoom'
import { exportAnnotations } from './exportAnnotations'
import { importAnnotations } from './importAnnotations'

const source = 'https://warrant.example/rooms/r1'

function exported(): { file: string; items: { target: { selector: { type: string; exact?: string; start?: number; end?: number }[] }; body: { purpose: string; value: string }[] }[] } {
  const { room } = sampleRoom()
  const file = exportAnnotations(readMapData(room), { source })
  return { file, items: JSON.parse(file).first.items }
}

/** Where each imported node landed in the reading, or null for an orphan. */
function landed(room: ReturnType<typeof testRoom>): Record<string, string | null> {
  const layout = room.getAnchorLayout()
  const result: Record<string, string | null> = {}
  for (const node of room.getSnapshot().nodeList) {
    const resolved = layout.byNode.get(node.id)
    result[node.text] = resolved && resolved.status !== 'orphaned' ? layout.index.text.slice(resolved.start, resolved.end) : null
  }
  return result
}

describe('Web Annotations export', () => {
  it('writes an AnnotationCollection with both selectors, the kind as a tag, the text as a comment and the creator', () => {
    const { file, items } = exported()
    const collection = JSON.parse(file)
    expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 6, first: { type: 'AnnotationPage' } })
    expect(items).toHaveLength(6)
    const first = collection.first.items[0]
    expect(first).toMatchObject({ type: 'Annotation', creator: { type: 'Person', name: 'Ada' }, target: { source } })
    expect(first.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'claim' },
      { type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: 'Cities should charge drivers for entering the centre at rush hour.' },
    ])
    expect(first.target.selector.map((selector: { type: string }) => selector.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector'])
    const text = readMapData(sampleRoom().room).text
    for (const item of items) {
      const [quote, position] = item.target.selector
      expect(text.slice(position!.start, position!.end)).toBe(quote!.exact)
    }
  })
})

describe('Web Annotations import re-anchors by quote', () => {
  it('round trips Warrant → annotations → Warrant: same kinds, texts and highlights', () => {
    const { room } = sampleRoom()
    const copy = testRoom(sampleReading)
    const summary = applyMapImport(copy, importAnnotations(exportAnnotations(readMapData(room), { source })), { anchorQuotes: true })
    expect(summary).toMatchObject({ nodes: 6, anchored: 6, orphaned: 0 })
    const made = (r: typeof room) => [...r.getSnapshot().anchorOfNode.values()].map((anchor) => `${anchor.author.name}@${anchor.createdAt}`).sort()
    expect(made(copy)).toEqual(made(room))
    const anchoredOnly = describeMap(room, { positions: false }).filter((line) => line.includes(' quoting ') && !line.includes(' => ') && !/ (supports|attacks|undercuts|rephrases) /.test(line))
    expect(describeMap(copy, { positions: false })).toEqual(anchoredOnly)
  })

  it('finds quotes whose words moved (text added before them): the position is only a hint', () => {
    const { file } = exported()
    const shifted = testRoom(`A new preface of some length was added here.\n${sampleReading}`)
    const summary = applyMapImport(shifted, importAnnotations(file), { anchorQuotes: true })
    expect(summary).toMatchObject({ anchored: 6, orphaned: 0 })
    expect(landed(shifted)['most poor commuters take the bus']).toBe('most poor commuters take the bus')
  })

  it('finds slightly edited words by a fuzzy match, and orphans words that are gone', () => {
    const { file } = exported()
    const edited = testRoom(
      sampleReading
        .replace('Congestion costs every commuter about an hour a week', 'Congestion costs each commuter about an hour a week')
        .replace('London saw traffic fall by a fifth after its charge began.', 'Stockholm is another story.'),
    )
    const summary = applyMapImport(edited, importAnnotations(file), { anchorQuotes: true })
    expect(summary).toMatchObject({ nodes: 6, anchored: 5, orphaned: 1 })
    expect(landed(edited)['Congestion costs every commuter about an hour a week']).toBe('Congestion costs each commuter about an hour a week')
    expect(landed(edited)['London saw traffic fall by a fifth after its charge began.']).toBeNull()
  })

  it('orphans a quote that now occurs twice with nothing to tell the places apart, rather than guess', () => {
    const quote = 'the bus runs every ten minutes'
    const file = JSON.stringify([{ type: 'Annotation', body: [{ purpose: 'tagging', value: 'evidence' }], target: { selector: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }] } }])
    const room = testRoom(`On weekdays ${quote}.\nOn weekends ${quote}.`)
    expect(applyMapImport(room, importAnnotations(file), { anchorQuotes: true })).toMatchObject({ nodes: 1, anchored: 0, orphaned: 1 })
    // With a position hint at one of them, that one is taken.
    const hinted = JSON.stringify([{ type: 'Annotation', target: { selector: [{ type: 'TextQuoteSelector', exact: quote }, { type: 'TextPositionSelector', start: 44 + 12, end: 44 + 12 + quote.length }] } }])
    const second = testRoom(`On weekdays ${quote}.\nOn weekends ${quote}.`)
    const text = second.getAnchorLayout().index.text
    const at = text.lastIndexOf(quote)
    const exactHint = hinted.replace(/"start":\d+,"end":\d+/, `"start":${at},"end":${at + quote.length}`)
    expect(applyMapImport(second, importAnnotations(exactHint), { anchorQuotes: true })).toMatchObject({ anchored: 1 })
    expect(second.getAnchorLayout().byNode.values().next().value).toMatchObject({ start: at })
  })

  it('reads a page with refined selectors, string bodies and annotations without a quote (orphans); HTML stays text', () => {
    const file = readFileSync(new URL('./fixtures/page.json', import.meta.url), 'utf8')
    const result = importAnnotations(file)
    expect(result.nodes.map((node) => [node.kind, node.text])).toEqual([
      ['evidence', '<img src=x onerror=alert(1)> London numbers'],
      ['claim', 'Just a note with no target'],
      ['claim', 'plain string body'],
    ])
    const room = testRoom(sampleReading)
    expect(applyMapImport(room, result, { anchorQuotes: true })).toMatchObject({ nodes: 3, anchored: 1, orphaned: 2 })
  })
})

describe('Web Annotations hostile input', () => {
  it('gives a FormatError for truncated JSON, wrong types and linked pages', () => {
    expect(() => importAnnotations('{"type": "AnnotationPage", "items": [')).toThrow(/line 1/)
    expect(() => importAnnotations('{"type": "AnnotationPage", "items": 5}')).toThrow(FormatError)
    expect(() => importAnnotations('{"type": "Thing"}')).toThrow(/"type" must be/)
    expect(() => importAnnotations('{"type": "AnnotationCollection", "first": "https://x/page1"}')).toThrow(/include the page/)
    expect(() => importAnnotations('"just a string"')).toThrow(FormatError)
  })

  it('skips junk items and survives a 10 MB quote and deep refinements', () => {
    let selector: Record<string, unknown> = { type: 'TextQuoteSelector', exact: 'deep' }
    for (let n = 0; n < 1000; n++) selector = { type: 'RangeSelector', refinedBy: selector }
    const file = JSON.stringify([7, null, { type: 'Annotation', target: { selector: [{ type: 'TextQuoteSelector', exact: 'q'.repeat(10 * 1024 * 1024) }] } }, { type: 'Annotation', target: { selector } }])
    const result = importAnnotations(file)
    expect(result.skipped.map((item) => item.why)).toEqual(['not an object', 'not an object', 'its quote is longer than 20000 characters: imported without a highlight', 'it has neither a text body nor a quote'])
    const summary = applyMapImport(testRoom(sampleReading), result, { anchorQuotes: true })
    expect(summary).toMatchObject({ nodes: 1, anchored: 0, orphaned: 1 })
  })
})
