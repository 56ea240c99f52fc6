import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'
import { textWidth } from './fontMetrics/measureText'
import { drawMap } from './drawMap'
import { mapToSvg } from './mapToSvg'
import { mapToSvgBands } from './mapToSvgBands'
import { svgSize } from './svgSize'
import { nodeTextStyle, nodeTextWidth } from './nodeCardStyle'
import { testMap } from './testMap'

const long =
  'Russian analysts clearly fear that Washington’s decision has been motivated by its fiscal situation and might be reversed once the economic situation in the US turns around, which would leave Moscow exactly where it started, facing interceptors in Europe.'

const sample = () =>
  testMap(
    [
      { kind: 'claim', text: 'The reset can restart', x: 0, y: 0 },
      { kind: 'evidence', text: 'A meeting is announced for late May', x: -200, y: 240 },
      { kind: 'counterclaim', text: long, x: 200, y: 240 },
      { kind: 'claim', text: '<script>alert("x")</script> & <b>bold</b>', x: 500, y: 0, author: '<img src=x onerror=alert(1)>' },
    ],
    [
      { source: 1, target: 0, kind: 'supports' },
      { source: 2, target: 0, kind: 'attacks' },
    ],
  )

function parse(svg: string): Document {
  const window = new Window()
  const doc = new window.DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document
  expect(doc.documentElement.tagName.toLowerCase()).toBe('svg')
  return doc
}

const linesOf = (group: Element, index: number) => [...group.querySelectorAll('text')[index]!.querySelectorAll('tspan')].map((span) => span.textContent ?? '')
const squash = (text: string) => text.replace(/\s+/g, '')

describe('mapToSvg', () => {
  it('draws every node with its whole text, kind label and author', () => {
    const snapshot = sample()
    const doc = parse(mapToSvg(snapshot))
    const groups = [...doc.querySelectorAll('g.node')]
    expect(groups).toHaveLength(4)
    for (const node of snapshot.nodeList) {
      const group = doc.querySelector(`g[data-node-id="${node.id}"]`)!
      expect(squash(linesOf(group, 1).join(''))).toBe(squash(node.text))
      expect(linesOf(group, 0)).toEqual([node.kind.toUpperCase()])
      expect(squash(linesOf(group, 2).join(''))).toBe(squash(node.author.name))
    }
  })

  it('keeps markup in texts as text, escaped', () => {
    const svg = mapToSvg(sample(), { title: '</title><script>alert(2)</script>' })
    expect(svg).not.toMatch(/<script/i)
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;')
    const doc = parse(svg)
    expect(doc.querySelector('title')!.textContent).toBe('</title><script>alert(2)</script>')
  })

  it('contains no script, foreignObject, event handler or external reference', () => {
    const doc = parse(mapToSvg(sample(), { title: 'javascript:alert(1)', legend: true, orphaned: new Set(['n1']) }))
    const allowed = new Set(['svg', 'title', 'defs', 'marker', 'path', 'rect', 'g', 'text', 'tspan', 'circle'])
    for (const element of doc.querySelectorAll('*')) {
      expect(allowed).toContain(element.tagName.toLowerCase())
      for (const attribute of element.attributes) {
        expect(attribute.name.toLowerCase()).not.toMatch(/^on|href$/)
        expect(attribute.value.replace(/^url\(#[\w-]+\)$/, '')).not.toContain('url(')
      }
    }
  })

  it('styles attacks in red with a barred head and supports in slate with an arrow', () => {
    const doc = parse(mapToSvg(sample()))
    const attack = doc.querySelector('path.link-attacks')!
    const support = doc.querySelector('path.link-supports')!
    expect(attack.getAttribute('stroke')).toBe('#dc2626')
    expect(support.getAttribute('stroke')).toBe('#475569')
    const markerOf = (path: Element) => doc.getElementById(/url\(#([\w-]+)\)/.exec(path.getAttribute('marker-end')!)![1]!)!
    expect(markerOf(attack).querySelector('rect')).not.toBeNull()
    expect(markerOf(support).querySelector('rect')).toBeNull()
    expect(markerOf(support).querySelector('path')!.getAttribute('fill')).toBe('#475569')
  })

  it('marks orphaned nodes "passage removed" with a dashed border, and only those', () => {
    const snapshot = sample()
    const orphan = snapshot.nodeList[1]!.id
    const doc = parse(mapToSvg(snapshot, { orphaned: new Set([orphan]) }))
    const marked = [...doc.querySelectorAll('g.node-orphaned')]
    expect(marked.map((group) => group.getAttribute('data-node-id'))).toEqual([orphan])
    expect(marked[0]!.textContent).toContain('⚠ passage removed')
    expect(marked[0]!.querySelector('rect')!.getAttribute('stroke-dasharray')).toBeTruthy()
    expect(doc.querySelector(`g.node:not(.node-orphaned)`)!.textContent).not.toContain('passage removed')
  })

  it('wraps a long text into several lines, each within the card', () => {
    const snapshot = sample()
    const doc = parse(mapToSvg(snapshot))
    const group = doc.querySelector(`g[data-node-id="${snapshot.nodeList[2]!.id}"]`)!
    const lines = linesOf(group, 1)
    expect(lines.length).toBeGreaterThanOrEqual(6)
    for (const line of lines) expect(textWidth(line, nodeTextStyle)).toBeLessThanOrEqual(nodeTextWidth)
    const card = group.querySelector('rect')!
    const lastBaseline = Number(group.querySelectorAll('text')[1]!.querySelectorAll('tspan')[lines.length - 1]!.getAttribute('y'))
    expect(lastBaseline).toBeLessThan(Number(card.getAttribute('height')))
  })

  it('is the same string for the same map, built twice', () => {
    expect(mapToSvg(sample(), { title: 'T', legend: true })).toBe(mapToSvg(sample(), { title: 'T', legend: true }))
  })

  it('frames the whole map, however far the nodes are spread, at whole pixels times the scale', () => {
    const snapshot = testMap([
      { kind: 'claim', text: 'far left', x: -5000, y: -3000 },
      { kind: 'claim', text: 'far right', x: 4000, y: 2500 },
    ])
    const svg = mapToSvg(snapshot, { scale: 2 })
    const [, width, height, viewWidth, viewHeight] = /width="(\d+)" height="(\d+)" viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.map(Number)
    expect(width).toBe(2 * viewWidth!)
    expect(height).toBe(2 * viewHeight!)
    expect(viewWidth).toBeGreaterThan(9240)
    expect(viewHeight).toBeGreaterThan(5500)
  })

  it('draws an empty map as a small picture that says so', () => {
    const svg = mapToSvg(testMap([]), { title: 'Nothing yet' })
    expect(svg).toContain('This map has no nodes yet.')
    parse(svg)
  })

  it('keeps characters the font lacks (CJK, Arabic) and control characters do not break the XML', () => {
    const text = 'Ελληνικά, русский, 中文的论点, العربية\u0001 end'
    const doc = parse(mapToSvg(testMap([{ kind: 'claim', text, x: 0, y: 0 }])))
    const joined = [...doc.querySelectorAll('g.node text')[1]!.querySelectorAll('tspan')].map((span) => span.textContent).join('')
    for (const word of ['Ελληνικά', 'русский', '中文的论点', 'العربية']) expect(joined).toContain(word)
  })
})

describe('svgSize', () => {
  it('reads the drawn size, scale included, and null from a drawing without one', () => {
    const drawn = mapToSvg(sample(), { scale: 2 })
    const size = svgSize(drawn)!
    expect(size.width).toBeGreaterThan(0)
    expect(svgSize(mapToSvg(sample()))).toEqual({ width: size.width / 2, height: size.height / 2 })
    expect(svgSize('<svg xmlns="http://www.w3.org/2000/svg"></svg>')).toBeNull()
  })

  it('cuts the drawing into bands of whole rows, each with only what reaches into it', () => {
    // Two rows of cards far apart: the first band holds the top row, the second the bottom one.
    const snapshot = testMap(
      [
        { kind: 'claim', text: 'Top row', x: 0, y: 0 },
        { kind: 'evidence', text: 'Bottom row', x: 0, y: 2000 },
      ],
      [{ source: 1, target: 0, kind: 'supports' }],
    )
    const whole = mapToSvg(snapshot, { title: 'Bands', legend: true, scale: 2 })
    const size = svgSize(whole)!
    const bands = mapToSvgBands(drawMap(snapshot, { title: 'Bands', legend: true, scale: 2 }), 2)
    expect(mapToSvgBands(drawMap(snapshot, { title: 'Bands', legend: true, scale: 2 }), 1)).toEqual([whole])
    const boxes = bands.map((band) => parse(band).documentElement.getAttribute('viewBox')!.split(' ').map(Number))
    expect(boxes[0]![1]).toBe(0)
    expect(boxes[0]![1]! + boxes[0]![3]!).toBe(boxes[1]![1])
    expect(boxes[1]![1]! + boxes[1]![3]!).toBe(size.height / 2)
    // Whole pixels: each band's height is its rows times the scale.
    bands.forEach((band, index) => expect(svgSize(band)).toEqual({ width: size.width, height: boxes[index]![3]! * 2 }))
    expect(squash(bands[0]!)).toContain('Toprow')
    expect(squash(bands[0]!)).not.toContain('Bottomrow')
    expect(squash(bands[1]!)).toContain('Bottomrow')
    expect(squash(bands[1]!)).not.toContain('Toprow')
    // The title sits in the first band, the legend in the last, the long link in both.
    expect(bands[0]).toContain('map-title')
    expect(bands[1]).not.toContain('map-title')
    expect(bands[0]).not.toContain('class="legend"')
    expect(bands[1]).toContain('class="legend"')
    for (const band of bands) expect(parse(band).querySelectorAll('g.links path').length).toBeGreaterThan(0)
  })
})
