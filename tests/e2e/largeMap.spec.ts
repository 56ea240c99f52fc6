import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { RoomPage } from './pages/RoomPage'
import { createRoom } from './pages/rooms'

// Above 600 nodes the map mounts only the nodes in view (MapView's renderVisibleOnlyAbove), and
// our patch of React Flow (patches/@xyflow__react@12.12.1.patch) keeps those that leave the view
// mounted until the pan or zoom ends: a view moved back and forth then mounts nothing twice. Nodes
// that come into view mount at most 20 a frame (the patch's `pace`), not all in the input's task.
// Nodes not rendered yet carry an estimated size and handles (estimatedSize), so opening such a
// map renders only what is in view, and links to nodes out of view are drawn.
const statements = 700

function argdownOf(count: number): string {
  return Array.from({ length: count }, (_, n) => `[S${n}]: Statement ${n} of a long map.`).join('\n\n')
}

/** A point of bare background on the map's right half, where a press starts a pan. */
async function backgroundPoint(page: Page): Promise<{ x: number; y: number; width: number }> {
  const point = await page.evaluate(() => {
    const box = document.querySelector('.react-flow')!.getBoundingClientRect()
    for (let y = box.bottom - 80; y > box.top + 80; y -= 20) {
      for (let x = box.right - 120; x > box.left + box.width / 2; x -= 20) {
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y, width: box.width }
      }
    }
    return null
  })
  expect(point, 'bare background on the map').not.toBeNull()
  return point!
}

test(`a map of ${statements} nodes mounts those in view and keeps those that leave it until the pan ends`, async ({ page, request }) => {
  const created = await createRoom(request, { title: 'A long map', text: 'A reading for a long map.' })
  const room = await RoomPage.open(page, created.links.owner)
  await page.getByTestId('import-file').setInputFiles({ name: 'long.argdown', mimeType: 'text/plain', buffer: Buffer.from(argdownOf(statements)) })
  await expect(page.getByTestId('import-counts')).toContainText(`${statements} statements`)
  await page.getByTestId('import-close').click()

  // Only the nodes in view stay rendered.
  await expect.poll(() => room.map.nodes.count()).toBeLessThan(statements / 10)
  const before = await room.map.nodeIds()
  expect(before.length).toBeGreaterThan(0)

  const start = await backgroundPoint(page)
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  await page.mouse.move(start.x - (start.width - 160), start.y, { steps: 12 })
  // Mid-pan: the nodes that came into view are mounted, and those that left are still there.
  const during = await room.map.nodeIds()
  expect(during).toEqual(expect.arrayContaining(before))
  expect(during.length).toBeGreaterThan(before.length)

  await page.mouse.up()
  // At rest, the nodes now out of view are unmounted.
  await expect.poll(async () => {
    const mounted = new Set(await room.map.nodeIds())
    return before.filter((id) => !mounted.has(id)).length
  }).toBeGreaterThan(0)
  await expect.poll(() => room.map.nodes.count()).toBeLessThan(during.length)
})

/**
 * A Warrant snapshot of `count` statements on a grid 25 wide, so a zoom out brings hundreds into
 * view; with `rowLinks`, each statement supports the next one in its row.
 */
function gridSnapshotOf(count: number, rowLinks = false): string {
  const author = { id: 'e2e', name: 'E2E' }
  const nodes = Array.from({ length: count }, (_, n) => ({ id: `s${n}`, kind: 'claim', text: `Statement ${n} of a wide map.`, author, createdAt: 0, position: { x: (n % 25) * 240, y: Math.floor(n / 25) * 130 } }))
  const links = rowLinks ? nodes.slice(0, -1).filter((_, n) => n % 25 !== 24).map((_, n) => ({ id: `l${n}`, kind: 'supports', source: `s${n}`, target: `s${n + 1}`, author, createdAt: 0 })) : []
  const text = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A reading for a wide map.' }] }] }
  return JSON.stringify({ warrant: 1, schema: { node: 1, link: 1, junction: 1, anchor: 1, comment: 1 }, title: 'A wide map', text, nodes, junctions: [], links, anchors: [], comments: [] })
}

test(`zooming out over a map of ${statements} nodes mounts the nodes that come into view a few a frame`, async ({ page, request }) => {
  const created = await createRoom(request, { title: 'A wide map', text: 'A reading for a wide map.' })
  const room = await RoomPage.open(page, created.links.owner)
  await page.getByTestId('import-file').setInputFiles({ name: 'wide.json', mimeType: 'application/json', buffer: Buffer.from(gridSnapshotOf(statements)) })
  await expect(page.getByTestId('import-counts')).toContainText(`${statements} statements`)
  await page.getByTestId('import-close').click()
  const start = await backgroundPoint(page)
  await page.mouse.move(start.x, start.y)
  await page.mouse.wheel(0, -1500)
  // At rest close up: only the nodes in view stay mounted.
  await expect.poll(() => room.map.nodes.count()).toBeLessThan(statements / 10)
  const before = await room.map.nodes.count()

  // Each DOM change React commits reaches the observer as one batch of records.
  await page.evaluate(() => {
    const batches: number[] = []
    ;(window as unknown as { mountBatches: number[] }).mountBatches = batches
    new MutationObserver((records) => {
      const added = records.reduce((sum, record) => sum + [...record.addedNodes].filter((node) => node instanceof Element && node.classList.contains('react-flow__node')).length, 0)
      if (added > 0) batches.push(added)
    }).observe(document.querySelector('.react-flow__nodes')!, { childList: true })
  })
  await page.mouse.wheel(0, 1500)
  await expect.poll(() => room.map.nodes.count()).toBeGreaterThan(before + 120)

  const batches = await page.evaluate(() => (window as unknown as { mountBatches: number[] }).mountBatches)
  expect(batches.length).toBeGreaterThanOrEqual(3)
  expect(Math.max(...batches)).toBeLessThanOrEqual(20)
})

test(`opening a map of ${statements} nodes renders only those in view, with the links that leave the view`, async ({ page, request }) => {
  const created = await createRoom(request, { title: 'A wide map', text: 'A reading for a wide map.' })
  let room = await RoomPage.open(page, created.links.owner)
  await page.getByTestId('import-file').setInputFiles({ name: 'wide.json', mimeType: 'application/json', buffer: Buffer.from(gridSnapshotOf(statements, true)) })
  await expect(page.getByTestId('import-counts')).toContainText(`${statements} statements`)
  await page.getByTestId('import-close').click()

  // Opened afresh: the most nodes the page ever held, counted at every DOM change.
  await page.addInitScript(() => {
    const counter = { most: 0 }
    ;(window as unknown as { mostNodes: typeof counter }).mostNodes = counter
    new MutationObserver(() => {
      counter.most = Math.max(counter.most, document.querySelectorAll('.react-flow__node').length)
    }).observe(document, { childList: true, subtree: true })
  })
  room = await RoomPage.open(page, created.links.owner)
  await expect.poll(() => room.map.nodes.count()).toBeGreaterThan(0)
  const inView = await room.map.nodes.count()
  const most = await page.evaluate(() => (window as unknown as { mostNodes: { most: number } }).mostNodes.most)
  // Not every node once to measure it (the fitted view at the least zoom holds ~450 of the 700).
  expect(inView).toBeLessThan(statements)
  expect(most).toBe(inView)

  // Links from a node in view to one out of it are drawn (to the estimated handle).
  const mounted = new Set(await room.map.nodeIds())
  const ends = await room.map.links.evaluateAll((links) => links.map((link) => [link.getAttribute('data-link-source') ?? '', link.getAttribute('data-link-target') ?? '']))
  expect(ends.filter(([source, target]) => mounted.has(source!) !== mounted.has(target!)).length).toBeGreaterThan(0)

  // A pan brings unrendered nodes in: once rendered and measured, their links end at their handles.
  const start = await backgroundPoint(page)
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  await page.mouse.move(start.x - (start.width - 160) / 2, start.y, { steps: 8 })
  await page.mouse.up()
  const now = new Set(await room.map.nodeIds())
  const linksNow = await room.map.links.evaluateAll((links) => links.map((link) => [link.getAttribute('data-link-source') ?? '', link.getAttribute('data-link-target') ?? '']))
  const arrived = linksNow.find((pair) => pair.every((id) => now.has(id) && !mounted.has(id)))
  expect(arrived, 'a link between two nodes that were not rendered at first').toBeDefined()
  await expect.poll(() => room.map.linkEndGap(arrived![0]!, arrived![1]!)).toBeLessThan(3)
})
