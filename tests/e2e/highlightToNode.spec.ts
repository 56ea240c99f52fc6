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
