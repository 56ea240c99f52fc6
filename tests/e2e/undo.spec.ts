import { expect, test } from './fixtures'
import { createRoom } from './pages/rooms'

const text = ['The library should stay open at night.', 'Opening at night would drain the budget for new books.'].join('\n')

test('undo reverts only this person’s change, for everyone, while another person edits', async ({ openAsNewPerson, request }) => {
  const room = await createRoom(request, { title: 'Undo seminar', text })
  const alice = await openAsNewPerson(room.links.editor)
  const bob = await openAsNewPerson(room.links.annotator)
  await expect(alice.page.getByTestId('undo-button')).toBeDisabled()

  const mine = await alice.createNode('The library should stay open at night.', 'claim')
  const theirs = await bob.createNode('Opening at night would drain the budget for new books.', 'counterclaim')
  await expect(alice.map.node(theirs)).toBeVisible()
  await expect(bob.map.node(mine)).toBeVisible()

  // Focus outside the reader: the keys act on the map.
  await alice.page.locator('.room-title').click()
  await alice.page.keyboard.press('Control+z')
  await expect(alice.map.node(mine)).toHaveCount(0)
  await expect(bob.map.node(mine)).toHaveCount(0)
  await expect(alice.reader.highlightOf(mine)).toHaveCount(0)
  await expect(alice.map.node(theirs)).toBeVisible()
  await expect(bob.map.node(theirs)).toBeVisible()
  await expect(bob.reader.highlightOf(theirs)).toHaveCount(1)

  await alice.page.keyboard.press('Shift+Control+z')
  await expect(alice.map.node(mine)).toBeVisible()
  await expect(bob.map.node(mine)).toBeVisible()
  await expect(bob.reader.highlightOf(mine)).toHaveCount(1)

  // The header buttons do the same; Bob's node is never touched.
  await alice.page.getByTestId('undo-button').click()
  await expect(bob.map.node(mine)).toHaveCount(0)
  await expect(alice.page.getByTestId('redo-button')).toBeEnabled()
  await alice.page.getByTestId('redo-button').click()
  await expect(bob.map.node(mine)).toBeVisible()
  await expect(bob.map.nodes).toHaveCount(2)
  await alice.status.expectSaved()
  await bob.status.expectSaved()
})

test('a drag is one undo step', async ({ openAsNewPerson, request }) => {
  const room = await createRoom(request, { title: 'Undo drag', text })
  const alice = await openAsNewPerson(room.links.editor)
  const claim = await alice.createNode('The library should stay open at night.', 'claim')
  const before = await alice.map.position(claim)
  await alice.map.moveNode(claim, 150, 90)
  expect(await alice.map.position(claim)).not.toEqual(before)
  await alice.page.keyboard.press('Control+z')
  await expect.poll(() => alice.map.position(claim)).toEqual(before)
  await expect(alice.map.node(claim)).toBeVisible()
})

test('undo in the reader restores deleted text and its highlight returns', async ({ openAsNewPerson, request }) => {
  const room = await createRoom(request, { title: 'Undo text', text })
  const alice = await openAsNewPerson(room.links.editor)
  const bob = await openAsNewPerson(room.links.editor)
  const quote = 'stay open at night'
  const claim = await alice.createNode(quote, 'claim')
  await expect(bob.reader.highlightOf(claim)).toHaveCount(1)
  await alice.reader.selectTextWithoutToolbar('should stay open at night.')
  await alice.page.keyboard.press('Backspace')
  await expect(bob.reader.text).not.toContainText(quote)
  await alice.page.keyboard.press('Control+z')
  await expect(bob.reader.text).toContainText(quote)
  // The node was not touched by the text undo.
  await expect(alice.map.node(claim)).toBeVisible()
  expect(await alice.reader.highlightedText(claim)).toBe(quote)
  await expect.poll(() => bob.reader.highlightedText(claim)).toBe(quote)
})
