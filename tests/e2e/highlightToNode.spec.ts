import { expect, test } from './fixtures'
import type { HighlightKind } from './pages/ReaderPage'
import { RoomPage } from './pages/RoomPage'
import { createRoom } from './pages/rooms'
import { seminarParagraphs } from './pages/seminarText'

const cases: { quote: string; kind: HighlightKind; by: 'button' | 'key' }[] = [
  { quote: 'The library should stay open at night.', kind: 'claim', by: 'button' },
  { quote: 'A survey of two hundred students found that most of them study after nine in the evening.', kind: 'evidence', by: 'key' },
  { quote: 'Opening at night would drain the budget for new books.', kind: 'counterclaim', by: 'key' },
  { quote: 'Night staff would cost the university less than a new reading room.', kind: 'claim', by: 'key' },
]

test('a selected sentence becomes a node of the chosen kind, by button or key, and its passage is highlighted', async ({ page, request }) => {
  const { links } = await createRoom(request, { title: 'Library hours', text: seminarParagraphs.join('\n') })
  const room = await RoomPage.open(page, links.owner)
  await expect(room.map.nodes).toHaveCount(0)
  await room.reader.expectReading(seminarParagraphs.join(''))

  for (const [index, { quote, kind, by }] of cases.entries()) {
    await room.reader.selectText(quote)
    if (by === 'button') await room.reader.clickKind(kind)
    else await room.reader.pressKind(kind)

    await expect(room.map.nodes).toHaveCount(index + 1)
    const node = room.map.nodeWithText(quote)
    await expect(node).toHaveCount(1)
    await expect(node).toHaveAttribute('data-kind', kind)
    const nodeId = await room.map.idOf(node)
    await expect(room.reader.highlightOf(nodeId).first()).toHaveClass(new RegExp(`\\bhl-${kind}\\b`))
    expect(await room.reader.highlightedText(nodeId)).toBe(quote)
    await expect(room.reader.highlightsOfKind(kind)).toHaveCount(cases.slice(0, index + 1).filter((done) => done.kind === kind).length)
    // The key or button made a node; it did not type over the selected text.
    await room.reader.expectReading(seminarParagraphs.join(''))
  }

  await room.status.expectSaved()
})

test('a selection that cuts into words quotes the whole words', async ({ page, request }) => {
  const { links } = await createRoom(request, { title: 'Library hours', text: seminarParagraphs.join('\n') })
  const room = await RoomPage.open(page, links.owner)

  await room.reader.selectText('ibrary should stay op')
  await room.reader.pressKind('claim')

  const node = room.map.nodeWithText('library should stay open')
  await expect(node).toHaveAttribute('data-kind', 'claim')
  await expect(node.locator('.node-text')).toHaveText('library should stay open')
  expect(await room.reader.highlightedText(await room.map.idOf(node))).toBe('library should stay open')
})

test('a node made from a highlight lands in the part of the map in view, without moving the view', async ({ page, request }) => {
  const { links } = await createRoom(request, { title: 'Library hours', text: seminarParagraphs.join('\n') })
  const room = await RoomPage.open(page, links.owner)
  await room.reader.selectText(cases[0]!.quote)
  await room.reader.pressKind('claim')
  await expect(room.map.nodes).toHaveCount(1)

  // Drag the view far enough that the grid's first free slot, next to the first node, is out of it.
  const pane = await room.map.view.boundingBox()
  const start = { x: pane!.x + pane!.width - 60, y: pane!.y + pane!.height - 60 }
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  await page.mouse.move(start.x - pane!.width + 120, start.y - pane!.height + 160, { steps: 8 })
  await page.mouse.up()
  const viewport = room.map.view.locator('.react-flow__viewport')
  const transform = () => viewport.evaluate((element) => getComputedStyle(element).transform)
  const before = await transform()

  await room.reader.selectText(cases[1]!.quote)
  await room.reader.pressKind('evidence')
  const node = room.map.nodeWithText(cases[1]!.quote)
  await expect(node).toHaveCount(1)
  // Two frames on: a pan to reveal the node (RevealOnMap's) would have moved the view by now.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  expect(await transform()).toBe(before)
  const box = (await node.boundingBox())!
  expect(box.x).toBeGreaterThanOrEqual(pane!.x)
  expect(box.y).toBeGreaterThanOrEqual(pane!.y)
  expect(box.x + box.width).toBeLessThanOrEqual(pane!.x + pane!.width)
  expect(box.y + box.height).toBeLessThanOrEqual(pane!.y + pane!.height)
})

test('with no free place in view, the map moves by the least that shows the new node, and keeps the others in view', async ({ page, request }) => {
  const { links } = await createRoom(request, { title: 'Library hours', text: seminarParagraphs.join('\n') })
  const room = await RoomPage.open(page, links.owner)
  const transform = () => room.map.view.locator('.react-flow__viewport').evaluate((element) => getComputedStyle(element).transform)
  // At zoom 1 this pane holds one node with one above and one below; the fourth goes beside them.
  for (const [index, { quote, kind }] of cases.entries()) {
    const before = await transform()
    await room.reader.selectText(quote)
    await room.reader.pressKind(kind)
    await expect(room.map.nodes).toHaveCount(index + 1)
    if (index === 3) await expect.poll(transform).not.toBe(before)
  }
  // The pan takes 300 ms; once the view rests, every node is wholly in the pane.
  await expect.poll(() => room.map.viewAtRest()).toBe(true)
  const pane = (await room.map.view.boundingBox())!
  for (const node of await room.map.nodes.all()) {
    const box = (await node.boundingBox())!
    expect(box.x >= pane.x && box.y >= pane.y && box.x + box.width <= pane.x + pane.width && box.y + box.height <= pane.y + pane.height, `node at ${JSON.stringify(box)} in the pane ${JSON.stringify(pane)}`).toBe(true)
  }
})
