import { type Page, expect } from '@playwright/test'
import { test } from './fixtures'
import { createRoom } from './pages/rooms'

// Short paragraphs: Shift+End selects a whole one.
const text = ['Homework should be banned.', 'Pupils need rest.', 'Homework builds habits.'].join('\n')

const focusedNodeId = (page: Page) => page.evaluate(() => document.activeElement?.closest('.react-flow__node')?.getAttribute('data-id') ?? null)

test('a linked argument built entirely by keyboard, and undone', async ({ openAsNewPerson, request }) => {
  const room = await createRoom(request, { title: 'Keyboard seminar', text })
  const alice = await openAsNewPerson(room.links.editor)
  const { page, reader, map } = alice

  // Reader: select each paragraph with the keyboard and press 1, 2, 3.
  await reader.text.focus()
  await page.keyboard.press('ControlOrMeta+Home')
  const kinds = ['1', '2', '3']
  for (const [index, key] of kinds.entries()) {
    await page.keyboard.press('Home')
    await page.keyboard.press('Shift+End')
    await expect(reader.toolbar).toBeVisible()
    await page.keyboard.press(key)
    await expect(map.nodes).toHaveCount(index + 1)
    await page.keyboard.press('End')
    await page.keyboard.press('ArrowDown')
  }
  await expect(page.getByTestId('live-region')).toContainText('Node added')
  const claim = await map.idOf(map.nodeWithText('Homework should be banned.'))
  const evidence = await map.idOf(map.nodeWithText('Pupils need rest.'))
  const counter = await map.idOf(map.nodeWithText('Homework builds habits.'))
  await expect(map.node(claim)).toHaveAttribute('data-kind', 'claim')
  await expect(map.node(evidence)).toHaveAttribute('data-kind', 'evidence')
  await expect(map.node(counter)).toHaveAttribute('data-kind', 'counterclaim')

  // F6 moves focus from the reader to the map; arrows move between nodes.
  await page.keyboard.press('F6')
  await expect.poll(() => focusedNodeId(page)).not.toBeNull()
  const wrapper = (id: string) => map.wrapper(id)
  await expect(wrapper(claim)).toHaveAttribute('aria-labelledby', `map-node-name-${claim}`)
  await expect(page.locator(`#map-node-name-${claim}`)).toHaveText('Claim: Homework should be banned.')
  // Visit each node with the arrow keys until the counterclaim has focus.
  const seen = new Set<string>()
  for (let step = 0; step < 8 && (await focusedNodeId(page)) !== counter; step++) {
    seen.add((await focusedNodeId(page)) ?? '')
    const at = await map.position((await focusedNodeId(page))!)
    const target = await map.position(counter)
    const key = Math.abs(target.x - at.x) > Math.abs(target.y - at.y) ? (target.x > at.x ? 'ArrowRight' : 'ArrowLeft') : target.y > at.y ? 'ArrowDown' : 'ArrowUp'
    await page.keyboard.press(key)
  }
  expect(await focusedNodeId(page)).toBe(counter)
  // The focus ring shows.
  const outline = await wrapper(counter).evaluate((element) => getComputedStyle(element).outlineWidth + ' ' + getComputedStyle(element).outlineStyle)
  expect(outline).toBe('2px solid')

  // L: link from the counterclaim; type to find the claim, choose Attacks, Enter.
  await page.keyboard.press('l')
  const dialog = page.getByTestId('link-dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByTestId('link-dialog-search')).toBeFocused()
  await page.keyboard.type('banned')
  await expect(dialog.getByRole('option')).toHaveCount(1)
  await expect(dialog.getByRole('option', { selected: true })).toContainText('Homework should be banned.')
  await page.keyboard.press('Tab')
  await page.keyboard.press('a')
  await expect(dialog.getByTestId('link-dialog-kind-attacks')).toBeChecked()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(map.link(counter, claim)).toHaveAttribute('data-link-kind', 'attacks')
  await expect(page.getByTestId('live-region')).toContainText('Link added')
  await expect.poll(() => focusedNodeId(page)).toBe(counter)

  // The evidence supports the claim: Alt+S while typing picks the kind.
  await page.keyboard.press('ArrowLeft')
  for (let step = 0; step < 4 && (await focusedNodeId(page)) !== evidence; step++) await page.keyboard.press(step % 2 ? 'ArrowUp' : 'ArrowLeft')
  if ((await focusedNodeId(page)) !== evidence) await wrapper(evidence).focus()
  await page.keyboard.press('Control+l')
  await page.keyboard.type('homework should')
  await page.keyboard.press('Alt+s')
  await expect(dialog.getByTestId('link-dialog-kind-supports')).toBeChecked()
  await page.keyboard.press('Enter')
  await expect(map.link(evidence, claim)).toHaveAttribute('data-link-kind', 'supports')
  // Focus returns to the node as the dialog closes; a key pressed before that lands nowhere.
  await expect.poll(() => focusedNodeId(page)).toBe(evidence)

  // Enter edits the focused node; Escape cancels and focus comes back.
  await page.keyboard.press('Enter')
  const editor = page.getByTestId('map-node-editor')
  await expect(editor).toBeFocused()
  await page.keyboard.type('Pupils need rest and play.')
  await page.keyboard.press('Enter')
  await expect(map.node(evidence).locator('.node-text')).toHaveText('Pupils need rest and play.')
  await expect.poll(() => focusedNodeId(page)).toBe(evidence)

  // Ctrl+Z undoes, step by step: the edit, then the supports link.
  await page.keyboard.press('Control+z')
  await expect(map.node(evidence).locator('.node-text')).toHaveText('Pupils need rest.')
  await page.keyboard.press('Control+z')
  await expect(map.link(evidence, claim)).toHaveCount(0)
  await expect(map.link(counter, claim)).toHaveCount(1)

  // Delete removes the focused node.
  await wrapper(counter).focus()
  await page.keyboard.press('Delete')
  await expect(map.node(counter)).toHaveCount(0)
  await expect(map.link(counter, claim)).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expect(map.node(counter)).toHaveCount(1)
  await alice.status.expectSaved()
})

test('? opens the shortcuts sheet and Escape closes it', async ({ openAsNewPerson, request }) => {
  const room = await createRoom(request, { title: 'Shortcuts', text })
  const alice = await openAsNewPerson(room.links.annotator)
  await alice.page.locator('.room-title').click()
  await alice.page.keyboard.press('?')
  const sheet = alice.page.getByTestId('shortcuts-sheet')
  await expect(sheet).toBeVisible()
  for (const place of ['Reader', 'Map', 'Outline']) await expect(sheet.getByRole('heading', { name: place })).toBeVisible()
  await expect(sheet).toContainText('Link from the focused node')
  await alice.page.keyboard.press('Escape')
  await expect(sheet).toBeHidden()
  await alice.page.getByTestId('shortcuts-button').click()
  await expect(sheet).toBeVisible()
})
