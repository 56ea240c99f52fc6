import { expect, test } from './fixtures'
import { RoomPage } from './pages/RoomPage'
import { createRoom } from './pages/rooms'
import { seminarParagraphs } from './pages/seminarText'

test('dragging between nodes links them as Attacks or Supports; deleting a node removes it and its links', async ({ page, request }) => {
  const { links } = await createRoom(request, { title: 'Library hours', text: seminarParagraphs.join('\n') })
  const room = await RoomPage.open(page, links.owner)
  const claim = await room.createNode('The library should stay open at night.', 'claim')
  const survey = await room.createNode('A survey of two hundred students found that most of them study after nine in the evening.', 'evidence')
  const budget = await room.createNode('Opening at night would drain the budget for new books.', 'counterclaim')
  await expect(room.map.links).toHaveCount(0)

  await room.map.dragLink(budget, claim)
  await room.map.picker.getByTestId('link-kind-attacks').click()
  await expect(room.map.picker).toBeHidden()
  const attack = room.map.link(budget, claim)
  await expect(attack).toHaveAttribute('data-link-kind', 'attacks')
  // Attacks are drawn in red.
  const attackStroke = await attack.locator('path.react-flow__edge-path').evaluate((path) => getComputedStyle(path).stroke)
  const [red, green, blue] = attackStroke.match(/\d+/g)!.map(Number)
  expect(red!, `attack stroke ${attackStroke} is red`).toBeGreaterThan(150)
  expect(green!).toBeLessThan(100)
  expect(blue!).toBeLessThan(100)

  await room.map.dragLink(survey, claim)
  await room.map.picker.getByTestId('link-kind-supports').click()
  await expect(room.map.link(survey, claim)).toHaveAttribute('data-link-kind', 'supports')
  const supportStroke = await room.map.link(survey, claim).locator('path.react-flow__edge-path').evaluate((path) => getComputedStyle(path).stroke)
  expect(supportStroke).not.toBe(attackStroke)
  await expect(room.map.links).toHaveCount(2)
  await room.status.expectSaved()

  // A third link from the survey, so that deleting the claim leaves one link standing.
  await room.map.linkNodes(survey, budget, 'attacks')
  await expect(room.map.links).toHaveCount(3)

  await room.map.node(claim).click()
  await expect(room.map.wrapper(claim)).toHaveClass(/\bselected\b/)
  await page.keyboard.press('Delete')

  await expect(room.map.node(claim)).toHaveCount(0)
  await expect(room.map.nodes).toHaveCount(2)
  await expect(room.map.links).toHaveCount(1)
  await expect(room.map.link(survey, budget)).toHaveAttribute('data-link-kind', 'attacks')
  await expect(room.reader.highlightOf(claim)).toHaveCount(0)
  await room.status.expectSaved()

  // It stays deleted for the next person to open the room.
  await page.reload()
  await room.status.expectSaved()
  await expect(room.map.nodes).toHaveCount(2)
  await expect(room.map.links).toHaveCount(1)
})
