import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { createRoom } from './pages/rooms'
import { seminarParagraphs } from './pages/seminarText'

/** Sets this person's display name through the header's name button and dialog. */
async function rename(page: Page, name: string): Promise<void> {
  await page.getByTestId('identity-button').click()
  const dialog = page.getByTestId('identity-dialog')
  await dialog.getByTestId('identity-name').fill(name)
  await dialog.getByTestId('identity-name').press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('identity-button')).toHaveText(name)
}

test('people in one room see each other’s avatars, reader carets, map pointers and selections, and can follow', async ({ openAsNewPerson, request }) => {
  const { links } = await createRoom(request, { title: 'Library hours', text: seminarParagraphs.join('\n') })
  const ada = await openAsNewPerson(links.owner)
  const bob = await openAsNewPerson(links.editor)
  const cyd = await openAsNewPerson(links.annotator)
  await rename(ada.page, 'Ada Lovelace')
  await rename(bob.page, 'Bob <b>Marley</b>')
  await rename(cyd.page, 'Cyd')

  // Avatars: each sees all three, one per person, names as plain text in the title.
  for (const person of [ada, bob, cyd]) {
    await expect(person.page.getByTestId('presence-avatar')).toHaveCount(3)
    await expect(person.page.locator('[data-testid="presence-avatar"][title^="Bob <b>Marley</b>"]')).toHaveCount(1)
  }
  await expect(ada.page.locator('[data-testid="presence-bar"] b')).toHaveCount(0)

  // Bob's caret in the reader shows to Ada with his name.
  await bob.reader.text.click()
  await bob.page.keyboard.press('ControlOrMeta+End')
  await expect(ada.page.locator('.collaboration-carets__label', { hasText: 'Bob <b>Marley</b>' })).toBeVisible()

  // Cyd's pointer and selection on the map show to Ada.
  const node = await ada.createNode('The library should stay open at night.', 'claim')
  await cyd.map.showAll()
  await cyd.map.node(node).click()
  const box = (await cyd.map.view.boundingBox())!
  await cyd.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 })
  await expect(ada.page.locator('[data-testid="map-pointer"]', { hasText: 'Cyd' })).toBeVisible()
  await expect.poll(() => ada.map.node(node).evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid')

  // Ada follows Cyd: Cyd's zoom reaches Ada's map until Ada stops.
  const cydId = await cyd.page.getByTestId('presence-avatar').first().getAttribute('data-user-id')
  await ada.page.locator(`[data-testid="presence-avatar"][data-user-id="${cydId}"]`).click()
  await expect(ada.page.getByTestId('follow-chip')).toContainText('Following Cyd')
  await cyd.page.mouse.wheel(0, -400)
  const viewport = (page: Page) => page.locator('.react-flow__viewport').getAttribute('style')
  await expect.poll(async () => (await viewport(ada.page)) === (await viewport(cyd.page))).toBe(true)
  await ada.page.getByTestId('follow-stop').click()
  await expect(ada.page.getByTestId('follow-chip')).toBeHidden()
})

test('the people panel counts each person’s work, filters to them and colours by author', async ({ openAsNewPerson, request }) => {
  const { links } = await createRoom(request, { title: 'Library hours', text: seminarParagraphs.join('\n') })
  const ada = await openAsNewPerson(links.owner)
  const bob = await openAsNewPerson(links.annotator)
  await rename(ada.page, 'Ada')
  await rename(bob.page, 'Bob')
  const claim = await ada.createNode('The library should stay open at night.', 'claim')
  const evidence = await bob.createNode('Night staff would cost the university less than a new reading room.', 'evidence')
  await bob.map.linkNodes(evidence, claim, 'supports')

  await ada.page.getByTestId('people-button').click()
  const panel = ada.page.getByTestId('people-panel')
  const bobId = await bob.page.getByTestId('presence-avatar').first().getAttribute('data-user-id')
  const bobRow = panel.locator(`[data-testid="people-row"][data-user-id="${bobId}"]`)
  await expect(bobRow.getByTestId('people-highlights')).toHaveText('1')
  await expect(bobRow.getByTestId('people-nodes')).toHaveText('1')
  await expect(bobRow.getByTestId('people-links')).toHaveText('1')

  // Filter to Bob: Ada's node dims and her highlight is hidden; Bob's stay.
  await bobRow.getByTestId('people-filter').check()
  await expect.poll(() => ada.map.node(claim).evaluate((element) => getComputedStyle(element).opacity)).toBe('0.25')
  await expect.poll(() => ada.map.node(evidence).evaluate((element) => getComputedStyle(element).opacity)).toBe('1')
  await expect.poll(() => ada.reader.highlightOf(claim).first().evaluate((element) => getComputedStyle(element).backgroundImage + getComputedStyle(element).backgroundColor)).toBe('nonergba(0, 0, 0, 0)')

  // Colour by author: the nodes take their author's colour (the one on their avatar) instead of
  // their kind's, and it is never a kind's colour (personColors.test.ts).
  await bobRow.getByTestId('people-filter').uncheck()
  const avatarColour = (userId: string | null) =>
    ada.page.locator(`[data-testid="presence-avatar"][data-user-id="${userId}"]`).evaluate((element) => getComputedStyle(element).backgroundColor)
  const adaId = await ada.page.getByTestId('presence-avatar').first().getAttribute('data-user-id')
  await panel.getByTestId('colour-by-author').check()
  await expect.poll(() => ada.map.node(evidence).evaluate((element) => getComputedStyle(element).borderTopColor)).toBe(await avatarColour(bobId))
  await expect.poll(() => ada.map.node(claim).evaluate((element) => getComputedStyle(element).borderTopColor)).toBe(await avatarColour(adaId))
  expect(await avatarColour(adaId)).not.toBe('rgb(37, 99, 235)')
})
