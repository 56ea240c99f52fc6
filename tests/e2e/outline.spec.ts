import { type Page, expect } from '@playwright/test'
import { test } from './fixtures'
import { createRoom } from './pages/rooms'

const text = ['The library should stay open at night.', 'Students study late before exams.', 'Opening at night would drain the budget.'].join('\n')

const outline = (page: Page) => page.getByTestId('outline')
const row = (page: Page, nodeId: string) => outline(page).locator(`[data-testid="outline-row"][data-node-id="${nodeId}"]`)

test('outline and map edit the same argument, both ways', async ({ openAsNewPerson, request }) => {
  const room = await createRoom(request, { title: 'Outline seminar', text })
  const alice = await openAsNewPerson(room.links.editor)
  const { page } = alice
  await page.getByTestId('view-both').click()
  await expect(outline(page)).toBeVisible()
  await expect(alice.map.view).toBeVisible()

  const claim = await alice.createNode('The library should stay open at night.', 'claim')
  const reason = await alice.createNode('Students study late before exams.', 'evidence')
  await alice.map.linkNodes(reason, claim, 'supports')
  // The map's link nests the reason under the claim.
  await expect(row(page, claim)).toHaveAttribute('aria-level', '1')
  await expect(row(page, reason)).toHaveAttribute('aria-level', '2')
  await expect(row(page, reason)).toHaveAttribute('data-relation', 'supports')
  await expect(row(page, claim)).toHaveAttribute('aria-expanded', 'true')

  // Outline → map: edit the claim's text with F2 … Enter.
  await row(page, claim).click()
  await page.keyboard.press('F2')
  const editor = outline(page).getByTestId('outline-editor')
  await expect(editor).toBeFocused()
  await editor.fill('The library should open all night.')
  await editor.press('Enter')
  await expect(alice.map.node(claim).locator('.node-text')).toHaveText('The library should open all night.')
  await expect(row(page, claim)).toBeFocused()

  // Escape cancels an edit.
  await page.keyboard.press('F2')
  await outline(page).getByTestId('outline-editor').fill('Never mind')
  await page.keyboard.press('Escape')
  await expect(row(page, claim).getByTestId('outline-text')).toHaveText('The library should open all night.')

  // Tab adds a reason under the row: a new evidence node supporting it, on the map too.
  const before = await alice.map.nodeIds()
  await page.keyboard.press('Tab')
  const newEditor = outline(page).getByTestId('outline-editor')
  await expect(newEditor).toBeFocused()
  await newEditor.fill('Night buses run until two.')
  await newEditor.press('Enter')
  const added = alice.map.nodeWithText('Night buses run until two.')
  await expect(added).toHaveCount(1)
  await expect(added).toHaveAttribute('data-kind', 'evidence')
  const addedId = await alice.map.idOf(added)
  expect(before).not.toContain(addedId)
  await expect(alice.map.link(addedId, claim)).toHaveAttribute('data-link-kind', 'supports')
  await expect(row(page, addedId)).toHaveAttribute('aria-level', '2')

  // Enter adds a sibling: same parent, same relation.
  await page.keyboard.press('Enter')
  const sibling = outline(page).getByTestId('outline-editor')
  await sibling.fill('The café next door closes at ten.')
  await sibling.press('Enter')
  const siblingNode = alice.map.nodeWithText('The café next door closes at ten.')
  await expect(siblingNode).toHaveCount(1)
  await expect(alice.map.link(await alice.map.idOf(siblingNode), claim)).toHaveAttribute('data-link-kind', 'supports')

  // Map → outline: a text edit and a delete on the map show in the outline at once.
  await alice.map.node(reason).dblclick()
  const mapEditor = page.getByTestId('map-node-editor')
  await mapEditor.fill('Students study late, above all before exams.')
  await mapEditor.press('Enter')
  await expect(row(page, reason).getByTestId('outline-text')).toHaveText('Students study late, above all before exams.')
  await alice.map.node(reason).locator('.node-text').click()
  await page.keyboard.press('Delete')
  await expect(alice.map.node(reason)).toHaveCount(0)
  await expect(row(page, reason)).toHaveCount(0)

  // Delete in the outline removes it from the map.
  await row(page, addedId).click()
  await page.keyboard.press('Delete')
  await expect(alice.map.node(addedId)).toHaveCount(0)
  await expect(row(page, addedId)).toHaveCount(0)
  await alice.status.expectSaved()
})

test('the outline shows labels when Evaluate is on and a reference for a node reached twice', async ({ openAsNewPerson, request }) => {
  const room = await createRoom(request, { title: 'Outline labels', text })
  const alice = await openAsNewPerson(room.links.editor)
  const { page } = alice
  const claim = await alice.createNode('The library should stay open at night.', 'claim')
  const study = await alice.createNode('Students study late before exams.', 'evidence')
  const budget = await alice.createNode('Opening at night would drain the budget.', 'counterclaim')
  await alice.map.linkNodes(budget, claim, 'attacks')
  await alice.map.linkNodes(study, claim, 'supports')
  await alice.map.linkNodes(study, budget, 'attacks')
  await page.getByTestId('view-outline').click()
  await expect(alice.map.view).toHaveCount(0)
  await expect(outline(page).getByTestId('outline-row')).toHaveCount(4)
  await expect(row(page, study).first()).not.toHaveAttribute('data-reference', 'true')
  await expect(row(page, study).nth(1)).toHaveAttribute('data-reference', 'true')
  await expect(outline(page).getByTestId('outline-label')).toHaveCount(0)
  await page.getByTestId('outline-evaluate').check()
  await expect(row(page, claim).getByTestId('outline-label')).toHaveText('stands')
  await expect(row(page, budget).getByTestId('outline-label')).toHaveText('falls')
  // Left folds the claim, Right unfolds it.
  await row(page, claim).click()
  await page.keyboard.press('ArrowLeft')
  await expect(outline(page).getByTestId('outline-row')).toHaveCount(1)
  await page.keyboard.press('ArrowRight')
  await expect(outline(page).getByTestId('outline-row')).toHaveCount(4)
})
