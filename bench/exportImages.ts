/**
 * Map → picture: a 500-node map to SVG (mapToSvg) and to PNG 2× (resvg on the server; the SVG
 * drawn onto a canvas in Chromium, as the Export menu does). Goals: SVG ≤ 300 ms, PNG 2× ≤ 1.5 s.
 * Peer: html-to-image 1.11.11 capturing the rendered React Flow map — TODO, not installed yet
 * (`html-to-image@1.11.11` into bench); its rows say so until it is.
 * Run alone: pnpm exec tsx exportImages.ts
 */
import { writeFileSync } from 'node:fs'
import { type LinkKind, type MapSnapshot, type NodeKind, Room, addNode, linkNodes } from '@warrant/model'
import * as Y from 'yjs'
import { mapToSvg } from '../packages/formats/src/index'
// The bench measures the server's renderer in-process, as bench/layout.ts does the web app's layout.
// oxlint-disable-next-line no-restricted-imports
import { renderMapImage } from '../apps/server/src/export/renderMapImage'
import { launchChromium } from './lib/browser'
import { isMain } from './lib/isMain'
import { type Section, printSection } from './lib/report'

const nodeCount = 500
const runs = 7
const kinds: NodeKind[] = ['claim', 'evidence', 'counterclaim']
const words = 'the reset between Washington and Moscow depends on missile defence plans fiscal pressure and trust across several years of talks'.split(' ')

/** A 500-node map: a grid of cards with texts of 5–60 words, each node linked to one above it. */
export function largeMap(size = nodeCount): MapSnapshot {
  let clock = 1
  let ids = 0
  const room = new Room({ user: { id: 'bench', name: 'Bench' }, mapDoc: new Y.Doc(), createId: () => `b${++ids}`, now: () => clock++ })
  const nodeIds: string[] = []
  for (let index = 0; index < size; index++) {
    const length = 5 + ((index * 37) % 56)
    const text = Array.from({ length }, (_, w) => words[(index + w * 7) % words.length]).join(' ')
    nodeIds.push(addNode(room, { kind: kinds[index % 3]!, text, position: { x: (index % 25) * 300, y: Math.floor(index / 25) * 420 } })!)
  }
  for (let index = 25; index < size; index++) {
    const kind: LinkKind = index % 4 === 0 ? 'attacks' : 'supports'
    linkNodes(room, { source: nodeIds[index]!, target: nodeIds[index - 25 + (index % 3) - 1 < 0 ? 0 : index - 25 + (index % 3) - 1]!, kind })
  }
  const snapshot = room.getSnapshot()
  room.dispose()
  return snapshot
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

async function time(run: () => unknown | Promise<unknown>): Promise<number> {
  const started = performance.now()
  await run()
  return performance.now() - started
}

export async function exportImagesSection(): Promise<Section> {
  const snapshot = largeMap()
  const svgTimes: number[] = []
  let svg = ''
  for (let run = 0; run < runs; run++) svgTimes.push(await time(() => (svg = mapToSvg(snapshot, { legend: true, title: 'Bench map' }))))
  const svg2x = mapToSvg(snapshot, { legend: true, title: 'Bench map', scale: 2 })
  const size = /width="(\d+)" height="(\d+)"/.exec(svg2x)!

  const resvgTimes: number[] = []
  for (let run = 0; run < 3; run++) resvgTimes.push(await time(() => renderMapImage(snapshot, new Set(), { format: 'png', scale: 2, title: 'Bench map', legend: true })))

  const browser = await launchChromium()
  let canvasTimes: number[] = []
  try {
    const page = await browser.newPage()
    await page.setContent('<!doctype html><title>export bench</title>')
    canvasTimes = await page.evaluate(
      async ({ source, count }) => {
        const times: number[] = []
        for (let run = 0; run < count; run++) {
          const started = performance.now()
          const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }))
          const image = new Image()
          image.src = url
          await image.decode()
          const canvas = document.createElement('canvas')
          canvas.width = image.naturalWidth
          canvas.height = image.naturalHeight
          canvas.getContext('2d')!.drawImage(image, 0, 0)
          const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
          if (!blob) throw new Error('canvas too large')
          URL.revokeObjectURL(url)
          times.push(performance.now() - started)
        }
        return times
      },
      { source: svg2x, count: 3 },
    )
  } finally {
    await browser.close()
  }
  writeFileSync('/tmp/warrant-bench-500.svg', svg)
  const svgMs = median(svgTimes)
  const resvgMs = median(resvgTimes)
  const canvasMs = median(canvasTimes)
  const peer = 'TODO: html-to-image 1.11.11 not installed'
  return {
    title: 'Map export (500 nodes)',
    what: `A ${nodeCount}-node map (texts of 5–60 words, ${snapshot.linkList.length} links) drawn whole from the model: mapToSvg in Node (median of ${runs}), PNG 2× (${size[1]} × ${size[2]} px) by resvg on the server and by a canvas in Chromium (SVG image → drawImage → toBlob; mapToSvg time to add). Peer: html-to-image 1.11.11 capturing the React Flow page.`,
    peerName: 'html-to-image 1.11.11',
    rows: [
      { measure: 'map → SVG', ours: `${svgMs.toFixed(0)} ms (${(svg.length / 1024).toFixed(0)} KiB)`, peer, ratio: '–', goal: '≤ 300 ms' },
      { measure: 'SVG → PNG 2×, server (resvg)', ours: `${resvgMs.toFixed(0)} ms`, peer, ratio: '–', goal: '≤ 1.5 s' },
      { measure: 'SVG → PNG 2×, browser canvas', ours: `${canvasMs.toFixed(0)} ms (+ SVG ${svgMs.toFixed(0)} ms)`, peer, ratio: '–', goal: '≤ 1.5 s' },
    ],
    notes: ['The peer rows need html-to-image@1.11.11 installed into bench; it would run in the built app on the same map (toPng of .react-flow__viewport framed with getNodesBounds).'],
  }
}

if (isMain(import.meta.url)) {
  printSection(await exportImagesSection())
}
