import { expect, test } from './fixtures'
import { RoomPage } from './pages/RoomPage'
import { createRoom } from './pages/rooms'
import { seminarParagraphs } from './pages/seminarText'

test('Ctrl+F finds nodes by text and kind, steps through them; a node collapses its reasons; zoom to fit and to selection', async ({ page, request }) => {
  const { links } = await createRoom(request, { title: 'Library hours', text: seminarParagraphs.join('\n') })
  const room = await RoomPage.open(page, links.owner)
  const { map } = room
  const claim = await room.createNode('The library should stay open at night.', 'claim')
  const survey = await room.createNode('A survey of two hundred students found that most of them study after nine in the evening.', 'evidence')
  const budget = await room.createNode('Opening at night would drain the budget for new books.', 'counterclaim')
  await map.linkNodes(survey, claim, 'supports')
  // Few nodes: no minimap.
  await expect(map.view.locator('.react-flow__minimap')).toHaveCount(0)

  await map.node(claim).locator('.node-text').click()
  await page.keyboard.press('Control+f')
  const search = page.getByTestId('map-search')
  await expect(search).toBeFocused()
  await search.fill('at night')
  await expect(map.view.locator('[data-testid="map-node"][data-match="true"]')).toHaveCount(2)
  await expect(map.node(survey)).toHaveAttribute('data-dimmed', 'true')
  await expect(page.getByTestId('map-search-count')).toHaveText('1 / 2')
  await search.press('Enter')
  await expect(map.node(claim)).toHaveAttribute('data-current-match', 'true')
  await search.press('Enter')
  await expect(map.node(budget)).toHaveAttribute('data-current-match', 'true')
  await expect(page.getByTestId('map-search-count')).toHaveText('2 / 2')
  await search.press('Shift+Enter')
  await expect(map.node(claim)).toHaveAttribute('data-current-match', 'true')

  await page.getByTestId('map-search-kind').selectOption('counterclaim')
  await expect(map.view.locator('[data-testid="map-node"][data-match="true"]')).toHaveCount(1)
  await expect(map.node(budget)).toHaveAttribute('data-match', 'true')
  await search.press('Escape')
  await expect(search).toBeHidden()
  await expect(map.view.locator('[data-dimmed="true"]')).toHaveCount(0)

  // Collapse the claim's reasons: the survey disappears, the toggle counts it.
  const toggle = map.node(claim).getByTestId('collapse-toggle')
  await toggle.click()
  await expect(toggle).toHaveText('+1')
  await expect(map.node(survey)).toBeHidden()
  await toggle.click()
  await expect(map.node(survey)).toBeVisible()
  await expect(map.node(budget).getByTestId('collapse-toggle')).toHaveCount(0)

  await page.getByTestId('zoom-to-fit').click()
  await map.node(budget).locator('.node-text').click()
  await page.getByTestId('zoom-to-selection').click()
  await expect.poll(async () => (await map.node(budget).boundingBox())?.width ?? 0).toBeGreaterThan(200)
})
