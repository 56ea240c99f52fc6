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
