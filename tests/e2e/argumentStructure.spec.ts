import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { RoomPage } from './pages/RoomPage'
import { createRoom } from './pages/rooms'
import { seminarParagraphs } from './pages/seminarText'

async function center(locator: Locator): Promise<{ x: number; y: number }> {
  await expect(locator).toBeVisible()
  const box = (await locator.boundingBox())!
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/** Drags from a node's top handle and drops on `target` (a node or a junction). */
async function dragFromHandle(page: Page, node: Locator, target: Locator): Promise<void> {
  const from = await center(node.locator('.react-flow__handle-top'))
  const to = await center(target)
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x + 8, from.y + 8, { steps: 3 })
  await page.mouse.move(to.x, to.y, { steps: 12 })
  await page.mouse.up()
}

test('two premises and a conclusion become one argument; a drag onto its junction undercuts it; its scheme is named; the legend shows every kind', async ({ page, request }) => {
  const { links } = await createRoom(request, { title: 'Library hours', text: seminarParagraphs.join('\n') })
  const room = await RoomPage.open(page, links.owner)
  const { map } = room
  const claim = await room.createNode('The library should stay open at night.', 'claim')
  const survey = await room.createNode('A survey of two hundred students found that most of them study after nine in the evening.', 'evidence')
  const staff = await room.createNode('Night staff would cost the university less than a new reading room.', 'evidence')
  const unsafe = await room.createNode('Some say the buildings are unsafe after dark.', 'counterclaim')
  await map.showAll()

  // Premises first, the conclusion last (Shift+click adds to the selection).
  await map.node(survey).locator('.node-text').click()
  await map.node(staff).locator('.node-text').click({ modifiers: ['Shift'] })
  await map.node(claim).locator('.node-text').click({ modifiers: ['Shift'] })
  await expect(page.getByTestId('link-as-argument-hint')).toContainText('2 premises')
  await expect(page.getByTestId('link-as-argument-hint')).toContainText('The library should stay')
  await page.getByTestId('link-as-argument').click()

  const junction = map.view.getByTestId('map-junction')
  await expect(junction).toHaveCount(1)
  const junctionId = (await junction.getAttribute('data-junction-id'))!
  await expect(map.view.locator(`[data-link-kind="premise"][data-link-target="${junctionId}"]`)).toHaveCount(2)
  await expect(map.view.locator(`[data-testid="map-conclusion-link"][data-link-source="${junctionId}"][data-link-target="${claim}"]`)).toHaveCount(1)
  // Premises run into the junction with no arrowhead; the conclusion arrow has one.
  await expect(map.view.locator('[data-link-kind="premise"] path.react-flow__edge-path').first()).not.toHaveAttribute('marker-end', /url/)

  // Tidy, so the junction sits clear of the nodes, then drop the objection onto it.
  await page.getByTestId('tidy-button').click()
  await expect(page.getByTestId('tidy-button')).toBeEnabled()
  await map.showAll()
  await dragFromHandle(page, map.node(unsafe), junction.locator('.junction-dot'))
  await expect(map.picker).toBeVisible()
  await expect(map.picker.getByRole('button')).toHaveText([/Premise/, /Undercuts/])
  await map.picker.getByTestId('link-kind-undercuts').click()
  const undercut = map.view.locator(`[data-link-kind="undercuts"][data-link-source="${unsafe}"][data-link-target="${junctionId}"]`)
  await expect(undercut).toHaveCount(1)
  const stroke = await undercut.locator('path.react-flow__edge-path').evaluate((path) => getComputedStyle(path).stroke)
  expect(stroke).toBe('rgb(220, 38, 38)')

  // Name the scheme: double-click the junction.
  await junction.locator('.junction-dot').dblclick()
  const editor = page.getByTestId('junction-scheme-editor')
  await editor.fill('Argument from expert opinion')
  await editor.press('Enter')
  await expect(junction.getByTestId('junction-scheme')).toHaveText('Argument from expert opinion')

  // The legend lists the four kinds and premises.
  await page.getByTestId('legend-toggle').click()
  const legend = page.getByTestId('map-legend')
  for (const kind of ['supports', 'attacks', 'undercuts', 'rephrases', 'premise']) await expect(legend.locator(`[data-legend-kind="${kind}"]`)).toBeVisible()
  await room.status.expectSaved()

  // A second person sees the argument; deleting the junction takes its premise links with it.
  const other = await RoomPage.open(await page.context().newPage(), links.owner)
  await expect(other.map.view.getByTestId('map-junction')).toHaveCount(1)
  await junction.locator('.junction-dot').click()
  await page.keyboard.press('Delete')
  await expect(junction).toHaveCount(0)
  await expect(map.view.locator('[data-link-kind="premise"]')).toHaveCount(0)
  await expect(other.map.view.getByTestId('map-junction')).toHaveCount(0)
})
