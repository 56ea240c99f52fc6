import { expect, test } from './fixtures'
import { RoomPage } from './pages/RoomPage'
import { createRoom } from './pages/rooms'
import { seminarParagraphs } from './pages/seminarText'

test('deleting the text of a node’s passage leaves the node on the map, marked orphaned', async ({ page, request }) => {
  const { links } = await createRoom(request, { title: 'Library hours', text: seminarParagraphs.join('\n') })
  const room = await RoomPage.open(page, links.owner)
  const doomed = await room.createNode('Opening at night would drain the budget for new books.', 'counterclaim')
  const kept = await room.createNode('The library should stay open at night.', 'claim')
  await expect(room.map.node(doomed)).not.toHaveAttribute('data-orphaned', 'true')
  await room.status.expectSaved()

  // Select the whole third paragraph and delete it.
  await room.reader.selectText(seminarParagraphs[2])
  await page.keyboard.press('Backspace')
  await room.reader.expectReadingNotToContain('drain the budget')
  await room.reader.expectReadingToContain(seminarParagraphs[1])

  await expect(room.map.node(doomed)).toHaveAttribute('data-orphaned', 'true')
  await expect(room.map.node(doomed).getByTestId('map-node-orphaned')).toBeVisible()
  await expect(room.map.node(doomed)).toContainText('Opening at night would drain the budget for new books.')
  await expect(room.reader.highlightOf(doomed)).toHaveCount(0)
  // The other node's passage is untouched.
  await expect(room.map.node(kept)).not.toHaveAttribute('data-orphaned', 'true')
  await expect(room.reader.highlightOf(kept)).toHaveText('The library should stay open at night.')
  await room.status.expectSaved()

  // Asking the reader for its passage says that it is gone instead of pointing at other words.
  await room.map.showAll()
  await room.map.node(doomed).click()
  await expect(page.locator('.reader-notice')).toHaveText(/passage is no longer in the text/)
  await expect(room.reader.highlights).toHaveCount(1)

  // Still there, still orphaned, after a reload.
  await page.reload()
  await room.status.expectSaved()
  await expect(room.map.node(doomed)).toHaveAttribute('data-orphaned', 'true')
  await expect(room.map.nodes).toHaveCount(2)
})
