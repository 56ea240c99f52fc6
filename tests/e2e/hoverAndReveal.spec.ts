import { expect, test } from './fixtures'
import { RoomPage } from './pages/RoomPage'
import { sampleOwnerLink } from './pages/rooms'

// The sample room's reading is longer than the reader pane, so some passages start below the fold.
test.use({ viewport: { width: 1280, height: 720 } })

test('hovering a highlight lights its map node', async ({ page }) => {
  const room = await RoomPage.open(page, sampleOwnerLink())
  const concession = await room.map.idOf(room.map.nodeWithText('This is not a concession to Russia'))
  const other = await room.map.idOf(room.map.nodeWithText('Moscow and Washington have announced a meeting'))
  await expect(room.map.nodes.and(page.locator('[data-lit="true"]'))).toHaveCount(0)

  await room.reader.highlightOf(other).first().scrollIntoViewIfNeeded()
  await room.reader.highlightOf(other).first().hover()
  await expect(room.map.node(other)).toHaveAttribute('data-lit', 'true')
  await expect(room.map.node(concession)).not.toHaveAttribute('data-lit', 'true')
  await expect(room.map.view.locator('[data-lit="true"]')).toHaveCount(1)

  await room.reader.highlightOf(concession).first().scrollIntoViewIfNeeded()
  await room.reader.highlightOf(concession).first().hover()
  await expect(room.map.node(concession)).toHaveAttribute('data-lit', 'true')
  await expect(room.map.node(other)).not.toHaveAttribute('data-lit', 'true')

  // Leaving the reader puts the light out.
  await page.getByRole('banner').hover()
  await expect(room.map.view.locator('[data-lit="true"]')).toHaveCount(0)
})

test('hovering a map node lights its passage in the reader', async ({ page }) => {
  const room = await RoomPage.open(page, sampleOwnerLink())
  const opening = await room.map.idOf(room.map.nodeWithText('it also throws open a window of opportunity'))
  const meeting = await room.map.idOf(room.map.nodeWithText('Moscow and Washington have announced a meeting'))
  const ring = (nodeId: string) => room.reader.highlightOf(nodeId).first().evaluate((element) => getComputedStyle(element).boxShadow)
  expect(await ring(opening)).toBe('none')
  expect(await ring(meeting)).toBe('none')

  await room.map.node(opening).hover()
  await expect(room.map.node(opening)).toHaveAttribute('data-lit', 'true')
  await expect.poll(() => ring(opening)).toMatch(/0px 0px 0px 2px/)
  expect(await ring(meeting)).toBe('none')

  await room.map.node(meeting).hover()
  await expect.poll(() => ring(meeting)).toMatch(/0px 0px 0px 2px/)
  await expect.poll(() => ring(opening)).toBe('none')
})

test('clicking a map node scrolls the reader to its passage', async ({ page }) => {
  const room = await RoomPage.open(page, sampleOwnerLink())
  // The reader opens at the top; find a node whose passage is out of view there.
  const ids = await room.map.nodeIds()
  const hidden: string[] = []
  for (const id of ids) if (!(await room.reader.isPassageInView(id))) hidden.push(id)
  expect(hidden.length, 'some passage starts below the fold').toBeGreaterThan(0)
  // The passage furthest down the reading makes the longest scroll.
  const offsets = await Promise.all(hidden.map(async (id) => ({ id, top: (await room.reader.highlightOf(id).first().boundingBox())!.y })))
  const target = offsets.sort((a, b) => b.top - a.top)[0]!.id
  const scrollBefore = await room.reader.scroller.evaluate((element) => element.scrollTop)
  await expect(room.reader.highlightOf(target).first()).not.toBeInViewport()

  await room.map.node(target).click()

  await expect.poll(() => room.reader.isPassageInView(target)).toBe(true)
  await expect(room.reader.highlightOf(target).first()).toBeInViewport()
  expect(await room.reader.scroller.evaluate((element) => element.scrollTop)).toBeGreaterThan(scrollBefore)
})

test('dragging the map background pans it; the pointer is the nodes’ again afterwards', async ({ page }) => {
  const room = await RoomPage.open(page, sampleOwnerLink())
  const meeting = await room.map.idOf(room.map.nodeWithText('Moscow and Washington have announced a meeting'))
  const viewport = room.map.view.locator('.react-flow__viewport')
  const translation = () => viewport.evaluate((element) => ({ x: new DOMMatrix(getComputedStyle(element).transform).e, y: new DOMMatrix(getComputedStyle(element).transform).f }))
  // A spot of bare background, clear of the toolbars, nodes and links.
  const start = await room.map.view.evaluate((view) => {
    const box = view.getBoundingClientRect()
    for (let y = box.bottom - 20; y > box.top + 120; y -= 15)
      for (let x = box.left + 20; x < box.right - 20; x += 15) if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y }
    return null
  })
  expect(start, 'some bare background').not.toBeNull()
  await page.evaluate(() => document.addEventListener('pointerdown', (event) => ((window as unknown as { pointerDown: number }).pointerDown = event.pointerId), true))
  const before = await translation()

  await page.mouse.move(start!.x, start!.y)
  await page.mouse.down()
  await page.mouse.move(start!.x + 60, start!.y + 40, { steps: 6 })
  // The pane holds the pointer while the view is dragged, so moves skip hit-testing the nodes.
  expect(await room.map.view.locator('.react-flow__pane').evaluate((pane) => pane.hasPointerCapture((window as unknown as { pointerDown: number }).pointerDown))).toBe(true)
  await page.mouse.up()
  const after = await translation()
  expect(after.x - before.x).toBeCloseTo(60, 0)
  expect(after.y - before.y).toBeCloseTo(40, 0)

  // Released on the button's release: nodes light on hover and select on click again.
  await room.map.node(meeting).hover()
  await expect(room.map.node(meeting)).toHaveAttribute('data-lit', 'true')
  await room.map.node(meeting).click()
  await expect(room.map.wrapper(meeting)).toHaveClass(/selected/)
})
