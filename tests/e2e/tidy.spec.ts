import { writeLargeRoom } from '../../bench/lib/writeLargeRoom'
import { expect, test } from './fixtures'
import { RoomPage } from './pages/RoomPage'

interface Box {
  id: string
  x: number
  y: number
  width: number
  height: number
}

test('Tidy lays out a 200-node map in the worker with no two nodes overlapping; pinned nodes stay; tidying again changes nothing; after a new node only it moves', async ({ page, baseURL }) => {
  test.setTimeout(120_000)
  const syncBase = `${baseURL!.replace(/^http/, 'ws')}/sync`
  const large = await writeLargeRoom(syncBase, `e2e-tidy-${Date.now().toString(36)}`, 200, 40)
  const room = await RoomPage.open(page, large.ownerUrl)
  const { map } = room
  await expect(map.nodes).toHaveCount(200)
  // The minimap is there on request (it redraws on every pan and zoom).
  await expect(map.view.locator('.react-flow__minimap')).toHaveCount(0)
  await page.getByTestId('minimap-toggle').click()
  await expect(map.view.locator('.react-flow__minimap')).toBeVisible()

  const ids = await map.nodeIds()
  // A node whose pin button nothing covers once hovered: the written room's nodes may overlap
  // before tidying, and a taller neighbour can hide a node's corner even when its middle is free.
  const uncovered = await page.evaluate(
    (candidates) =>
      candidates.filter((id) => {
        const element = document.querySelector(`[data-testid="map-node"][data-node-id="${id}"]`)
        const box = element?.getBoundingClientRect()
        if (!element || !box || box.width === 0) return false
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
        return top !== null && element.contains(top)
      }),
    ids.slice(30),
  )
  let pinnedId: string | undefined
  for (const id of uncovered) {
    await map.node(id).hover()
    const pin = map.node(id).getByTestId('pin-toggle')
    if (!(await pin.isVisible())) continue
    const free = await pin.evaluate((button) => {
      const box = button.getBoundingClientRect()
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
      return top !== null && button.contains(top)
    })
    if (free) {
      pinnedId = id
      break
    }
  }
  expect(pinnedId).toBeDefined()
  await map.node(pinnedId!).getByTestId('pin-toggle').click()
  await expect(map.node(pinnedId!)).toHaveAttribute('data-pinned', 'true')
  const pinnedAt = await map.position(pinnedId!)
  const before = await map.position(ids[0]!)

  await page.keyboard.press('Escape')
  await page.getByTestId('tidy-button').click()
  // The page keeps answering while the worker lays out and the nodes animate.
  await expect.poll(() => page.evaluate(() => 1 + 1)).toBe(2)
  await expect(page.getByTestId('tidy-button')).toBeEnabled({ timeout: 20_000 })
  await expect.poll(() => map.position(ids[0]!)).not.toEqual(before)
  expect(await map.position(pinnedId!)).toEqual(pinnedAt)

  const boxes = await canvasBoxes(page)
  expect(boxes.length).toBe(200)
  const free = boxes.filter((box) => box.id !== pinnedId)
  const overlapping: string[] = []
  for (const [i, a] of free.entries()) {
    for (const b of free.slice(i + 1)) {
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) overlapping.push(`${a.id}/${b.id}`)
    }
  }
  expect(overlapping).toEqual([])
  await room.status.expectSaved()

  // Tidying its own result changes nothing.
  const placed = await map.position(ids[5]!)
  await page.getByTestId('tidy-button').click()
  await expect(page.getByTestId('tidy-button')).toBeEnabled({ timeout: 20_000 })
  // Nothing to await here: this checks that no move starts, so it gives one the time a tidy's
  // animation takes to show.
  await page.waitForTimeout(500)
  expect(await map.position(ids[5]!)).toEqual(placed)

  // A new reason for a node in the middle: the next tidy places it and leaves the tidied map
  // where it is (a whole new layout moved almost every node for one added leaf).
  const tidied = new Map((await canvasBoxes(page)).map((box) => [box.id, box]))
  await page.getByTestId('map-add-evidence').click()
  await expect(map.nodes).toHaveCount(201)
  await page.keyboard.press('Escape')
  const added = (await map.nodeIds()).find((id) => !tidied.has(id))!
  const target = ids[100]!
  const targetText = (await map.node(target).locator('.node-text').textContent())!
  await map.view.locator(`.react-flow__node[data-id="${added}"]`).focus()
  await page.keyboard.press('l')
  const dialog = page.getByTestId('link-dialog')
  await page.keyboard.type(targetText)
  await expect(dialog.getByRole('option', { selected: true })).toContainText(targetText)
  await page.keyboard.press('Alt+s')
  await page.keyboard.press('Enter')
  await expect(map.link(added, target)).toHaveAttribute('data-link-kind', 'supports')
  await room.status.expectSaved()
  await page.getByTestId('tidy-button').click()
  await expect(page.getByTestId('tidy-button')).toBeEnabled({ timeout: 20_000 })
  await room.status.expectSaved()
  const after = await canvasBoxes(page)
  const moved = after.filter((box) => box.id !== added && (box.x !== tidied.get(box.id)!.x || box.y !== tidied.get(box.id)!.y)).map((box) => box.id)
  expect(moved).toEqual([])
  const newBox = after.find((box) => box.id === added)!
  const overlapped = after.filter((box) => box.id !== added && newBox.x < box.x + box.width && box.x < newBox.x + newBox.width && newBox.y < box.y + box.height && box.y < newBox.y + newBox.height)
  expect(overlapped.map((box) => box.id)).toEqual([])

  // Alt+click: afresh, the whole map is laid out again (the new link changes the layered layout).
  await page.getByTestId('tidy-button').click({ modifiers: ['Alt'] })
  await expect(page.getByTestId('tidy-button')).toBeEnabled({ timeout: 20_000 })
  await expect
    .poll(async () => (await canvasBoxes(page)).filter((box) => box.id !== added && (box.x !== tidied.get(box.id)!.x || box.y !== tidied.get(box.id)!.y)).length)
    .toBeGreaterThan(0)
})

/** Every node's box in canvas units: its wrapper's translate and its measured size. */
function canvasBoxes(page: import('@playwright/test').Page): Promise<Box[]> {
  return page.locator('[data-testid="map-view"] .react-flow__node-argument').evaluateAll((elements) =>
    elements.map((element) => {
      const match = /translate\(\s*(-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec((element as HTMLElement).style.transform)!
      const el = element as HTMLElement
      return { id: el.dataset.id ?? '', x: Number(match[1]), y: Number(match[2]), width: el.offsetWidth, height: el.offsetHeight }
    }),
  )
}
