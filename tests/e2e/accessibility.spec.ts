import AxeBuilder from '@axe-core/playwright'
import { type Page, expect } from '@playwright/test'
import { test } from './fixtures'
import { createRoom } from './pages/rooms'

const text = ['The library should stay open at night.', 'Students study late before exams.', 'Opening at night would drain the budget.'].join('\n')

/** The axe violations inside one part of the page, summarised so that a failure says what and where. */
async function violations(page: Page, selector: string): Promise<string[]> {
  await expect(page.locator(selector).first()).toBeVisible()
  const result = await new AxeBuilder({ page }).include(selector).analyze()
  return result.violations.map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

test('the home page has no axe violations', async ({ page }) => {
  await page.goto('/')
  expect.soft(await violations(page, 'body')).toEqual([])
})

test('reader, map, outline, toolbars and dialogs have no axe violations', async ({ openAsNewPerson, request }) => {
  const room = await createRoom(request, { title: 'Accessible seminar', text })
  const alice = await openAsNewPerson(room.links.owner)
  const { page, map } = alice
  await page.getByTestId('view-both').click()
  const claim = await alice.createNode('The library should stay open at night.', 'claim')
  const reason = await alice.createNode('Students study late before exams.', 'evidence')
  const objection = await alice.createNode('Opening at night would drain the budget.', 'counterclaim')
  await map.linkNodes(reason, claim, 'supports')
  await map.linkNodes(objection, claim, 'attacks')
  await page.getByTestId('outline-evaluate').check()
  await expect(page.getByTestId('outline').getByTestId('outline-label').first()).toBeVisible()

  expect.soft(await violations(page, '[data-testid="header-toolbar"]'), 'header toolbar').toEqual([])
  expect.soft(await violations(page, '.reader-pane'), 'reader').toEqual([])
  expect.soft(await violations(page, '.map-pane'), 'map').toEqual([])
  expect.soft(await violations(page, '.outline-pane'), 'outline').toEqual([])

  await alice.reader.selectText('stay open at night')
  expect.soft(await violations(page, '[data-testid="selection-toolbar"]'), 'selection toolbar').toEqual([])

  await page.locator('.room-title').click()
  await page.keyboard.press('?')
  expect.soft(await violations(page, '[data-testid="shortcuts-sheet"]'), 'shortcuts sheet').toEqual([])
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('shortcuts-sheet')).toBeHidden()

  await map.wrapper(claim).focus()
  await page.keyboard.press('l')
  expect.soft(await violations(page, '[data-testid="link-dialog"]'), 'link dialog').toEqual([])
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('link-dialog')).toBeHidden()

  await page.getByTestId('share-button').click()
  await expect(page.getByTestId('share-dialog').locator('.share-loading')).toHaveCount(0)
  expect.soft(await violations(page, '[data-testid="share-dialog"]'), 'share dialog').toEqual([])
})

test('the map and outline name their nodes and announce additions', async ({ openAsNewPerson, request }) => {
  const room = await createRoom(request, { title: 'Names', text })
  const alice = await openAsNewPerson(room.links.editor)
  const { page } = alice
  await page.getByTestId('view-both').click()
  const claim = await alice.createNode('The library should stay open at night.', 'claim')
  await expect(page.getByTestId('live-region')).toHaveText(/Node added: Claim, The library should stay open at night\./)
  await expect(page.getByRole('region', { name: 'Argument map' })).toBeVisible()
  await expect(page.getByRole('tree', { name: 'Outline' })).toBeVisible()
  await expect(page.getByRole('treeitem', { name: /The library should stay open at night/ })).toHaveAttribute('aria-level', '1')
  await page.getByTestId('evaluate-toggle').check()
  await expect(page.locator(`#map-node-name-${claim}`)).toHaveText('Claim: The library should stay open at night., stands')
  await expect(page.getByRole('group', { name: 'Claim: The library should stay open at night., stands' })).toBeVisible()
  await expect(page.getByRole('toolbar', { name: 'Room' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
})

test('the room header keeps its tools on one row inside the header, at desktop and narrow widths', async ({ openAsNewPerson, request }) => {
  const room = await createRoom(request, { title: 'A seminar with a long enough title to be cut short', text })
  const { page } = await openAsNewPerson(room.links.owner)
  // Map view only: the outline's lazy CSS is not loaded (the tools once took their layout from it).
  await expect(page.getByTestId('outline-pane')).toHaveCount(0)
  for (const width of [1400, 1024]) {
    await page.setViewportSize({ width, height: 800 })
    const header = (await page.locator('.app-header').boundingBox())!
    const tools = await page.getByTestId('header-toolbar').locator(':scope > *').evaluateAll((elements) =>
      elements.map((element) => ({ name: element.className, ...element.getBoundingClientRect().toJSON() }) as { name: string; top: number; bottom: number; left: number }),
    )
    for (const tool of tools) {
      expect(tool.top, `${tool.name} at ${width}px`).toBeGreaterThanOrEqual(header.y)
      expect(tool.bottom, `${tool.name} at ${width}px`).toBeLessThanOrEqual(header.y + header.height)
    }
    const lefts = tools.map((tool) => tool.left)
    expect(lefts, `left to right at ${width}px`).toEqual([...lefts].sort((a, b) => a - b))
    const title = (await page.locator('.room-heading').boundingBox())!
    expect(title.x + title.width, `the title ends before the tools at ${width}px`).toBeLessThanOrEqual(Math.min(...lefts))
  }
})
