import { expect, test } from './fixtures'
import { RoomPage } from './pages/RoomPage'
import { createRoom } from './pages/rooms'
import { seminarParagraphs } from './pages/seminarText'

test('Evaluate shows which claims stand, fall or stay open, explains why, and a verdict by hand overrides it', async ({ page, request }) => {
  const { links } = await createRoom(request, { title: 'Library hours', text: seminarParagraphs.join('\n') })
  const room = await RoomPage.open(page, links.owner)
  const { map } = room
  const claim = await room.createNode('The library should stay open at night.', 'claim')
  const budget = await room.createNode('Opening at night would drain the budget for new books.', 'counterclaim')
  await map.linkNodes(budget, claim, 'attacks')

  await expect(map.view.getByTestId('eval-badge')).toHaveCount(0)
  await page.getByTestId('evaluate-toggle').check()
  const claimBadge = map.node(claim).getByTestId('eval-badge')
  const budgetBadge = map.node(budget).getByTestId('eval-badge')
  await expect(claimBadge).toHaveAttribute('data-label', 'out')
  await expect(claimBadge).toHaveText('falls')
  await expect(claimBadge).toHaveAttribute('title', 'falls: attacked by ‹Opening at night would drain the budget for new…›, which stands')
  await expect(budgetBadge).toHaveAttribute('data-label', 'in')
  await expect(budgetBadge).toHaveAttribute('title', 'stands: nothing attacks it')

  // Reject the objection by hand: the claim stands again.
  await map.node(budget).locator('.node-text').click()
  await page.getByTestId('given-rejected').click()
  await expect(budgetBadge).toHaveAttribute('data-label', 'out')
  await expect(budgetBadge).toHaveAttribute('title', 'falls: rejected by hand')
  await expect(claimBadge).toHaveAttribute('data-label', 'in')
  await expect(claimBadge).toHaveAttribute('title', 'stands: every attacker falls')

  // A mutual attack leaves both open.
  await page.getByTestId('given-none').click()
  await map.linkNodes(claim, budget, 'attacks')
  await expect(claimBadge).toHaveAttribute('data-label', 'undec')
  await expect(budgetBadge).toHaveAttribute('data-label', 'undec')
  await expect(claimBadge).toHaveAttribute('title', /^open: attacked by ‹Opening at night.*›, which is open$/)

  await page.getByTestId('evaluate-toggle').uncheck()
  await expect(map.view.getByTestId('eval-badge')).toHaveCount(0)
})
