import { expect, test } from './fixtures'
import { RoomPage } from './pages/RoomPage'
import { sampleOwnerLink } from './pages/rooms'

test('the sample room shows the reading with its highlights, the 8-node map and Saved', async ({ page }) => {
  const room = await RoomPage.open(page, sampleOwnerLink())

  await room.reader.expectReadingToContain('This is not a concession to Russia')
  await expect(room.map.nodes).toHaveCount(8)
  await expect(room.map.links).toHaveCount(7)
  await expect(room.map.linksOfKind('attacks')).toHaveCount(2)
  await expect(room.map.linksOfKind('supports')).toHaveCount(5)
  await expect(room.map.view.locator('[data-kind="claim"]')).toHaveCount(3)
  await expect(room.map.view.locator('[data-kind="evidence"]')).toHaveCount(3)
  await expect(room.map.view.locator('[data-kind="counterclaim"]')).toHaveCount(2)

  // Every node's passage is highlighted in the reader, in its node's kind.
  for (const id of await room.map.nodeIds()) {
    const kind = await room.map.node(id).getAttribute('data-kind')
    await expect(room.reader.highlightOf(id).first()).toHaveClass(new RegExp(`\\bhl-${kind}\\b`))
  }
  expect(await room.reader.highlightedText(await room.map.idOf(room.map.nodeWithText('This is not a concession')))).toBe(
    'This is not a concession to Russia and we do not see it as such',
  )
  await room.status.expectSaved()

  await page.screenshot({ path: '.artifacts/screenshots/sample-room.png', fullPage: true })
})
