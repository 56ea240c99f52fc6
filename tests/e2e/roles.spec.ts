import { expect, test } from './fixtures'
import { createRoom } from './pages/rooms'
import { seminarParagraphs } from './pages/seminarText'

const text = seminarParagraphs.join('')
const claimQuote = 'The library should stay open at night.'
const evidenceQuote = 'A survey of two hundred students found that most of them study after nine in the evening.'
const counterQuote = 'Opening at night would drain the budget for new books.'

test('owner, annotator and viewer in one room: the annotator highlights and maps but cannot change the text; the viewer sees everything live and changes nothing', async ({
  openAsNewPerson,
  request,
}) => {
  test.setTimeout(90_000)
  const { links } = await createRoom(request, { title: 'Library hours', text: seminarParagraphs.join('\n') })
  const owner = await openAsNewPerson(links.owner)
  const annotator = await openAsNewPerson(links.annotator)
  const viewer = await openAsNewPerson(links.viewer)

  // Each sees their role; only the owner may share; the read-only roles say so plainly.
  await expect(owner.roleChip).toHaveText('Owner')
  await expect(annotator.roleChip).toHaveText('Annotator')
  await expect(viewer.roleChip).toHaveText('Viewer')
  await expect(owner.share.button).toBeVisible()
  await expect(annotator.share.button).toHaveCount(0)
  await expect(viewer.share.button).toHaveCount(0)
  await expect(owner.readOnlyBanner).toHaveCount(0)
  await expect(annotator.readOnlyBanner).toHaveText('Read-only reading — you can highlight and map')
  await expect(viewer.readOnlyBanner).toHaveText('View only')
  await expect(owner.reader.text).toHaveAttribute('contenteditable', 'true')
  await expect(annotator.reader.text).toHaveAttribute('contenteditable', 'false')
  await expect(viewer.reader.text).toHaveAttribute('contenteditable', 'false')
  await expect(annotator.map.view.getByTestId('map-add-claim')).toBeVisible()
  await expect(viewer.map.view.getByTestId('map-add-claim')).toHaveCount(0)

  // The owner's claim reaches both.
  const claim = await owner.createNode(claimQuote, 'claim')
  for (const person of [annotator, viewer]) await expect(person.map.node(claim)).toHaveAttribute('data-kind', 'claim')

  // The annotator highlights (toolbar and key) and links on the read-only reading; everyone sees it.
  const evidence = await annotator.createNode(evidenceQuote, 'evidence')
  await annotator.reader.selectText(counterQuote)
  await annotator.reader.pressKind('counterclaim')
  const counterNode = annotator.map.nodeWithText(counterQuote)
  await expect(counterNode).toHaveAttribute('data-kind', 'counterclaim')
  const counter = await annotator.map.idOf(counterNode)
  await annotator.map.linkNodes(evidence, claim, 'supports')
  await annotator.map.linkNodes(counter, claim, 'attacks')
  for (const person of [owner, viewer]) {
    await expect(person.map.node(evidence)).toHaveAttribute('data-kind', 'evidence')
    await expect(person.map.node(counter)).toHaveAttribute('data-kind', 'counterclaim')
    await expect(person.reader.highlightOf(evidence).first()).toHaveClass(/\bhl-evidence\b/)
    await expect(person.map.link(evidence, claim)).toHaveAttribute('data-link-kind', 'supports')
    await expect(person.map.link(counter, claim)).toHaveAttribute('data-link-kind', 'attacks')
  }
  await annotator.status.expectSaved()

  // Typing in the reading does nothing for the annotator and the viewer.
  for (const person of [annotator, viewer]) {
    await person.reader.text.click()
    await person.page.keyboard.press('ControlOrMeta+End')
    await person.page.keyboard.type('typed')
    await person.page.keyboard.press('Backspace')
    await person.page.keyboard.press('Enter')
    await person.reader.expectReading(text)
  }

  // The owner's live edit reaches both.
  await owner.reader.typeParagraphs(['Added by the owner.'])
  for (const person of [annotator, viewer]) await person.reader.expectReading(`${text}Added by the owner.`)

  // The viewer cannot select into a node, add, move, edit, delete or link.
  await viewer.reader.selectTextWithoutToolbar(claimQuote)
  await viewer.reader.pressKind('claim')
  await expect(viewer.reader.toolbar).toHaveCount(0)
  const before = await viewer.map.position(claim)
  await viewer.map.moveNode(claim, 0, 150)
  expect(await viewer.map.position(claim)).toEqual(before)
  await viewer.map.node(claim).dblclick()
  await expect(viewer.map.view.getByTestId('map-node-editor')).toHaveCount(0)
  await viewer.map.node(claim).click()
  await viewer.page.keyboard.press('Delete')
  await expect(viewer.map.view.locator('.react-flow__handle').first()).toBeHidden()
  await expect(viewer.map.nodes).toHaveCount(3)
  await expect(owner.map.nodes).toHaveCount(3)
  await expect(owner.map.links).toHaveCount(2)

  // A forced write past the UI (the editor's own command, as from the devtools) stays on the
  // annotator's page: the server drops it, so neither the others nor a newcomer get it.
  await annotator.reader.text.evaluate((element) => {
    const editor = (element as HTMLElement & { editor?: { commands: { insertContentAt: (at: number, text: string) => boolean } } }).editor
    editor?.commands.insertContentAt(1, 'FORCED ')
  })
  await annotator.reader.expectReadingToContain('FORCED')
  await owner.reader.typeParagraphs(['Later, by the owner.'])
  for (const person of [annotator, viewer]) await person.reader.expectReadingToContain('Later, by the owner.')
  await owner.reader.expectReadingNotToContain('FORCED')
  await viewer.reader.expectReadingNotToContain('FORCED')
  const newcomer = await openAsNewPerson(links.viewer)
  await newcomer.reader.expectReadingToContain('Later, by the owner.')
  await newcomer.reader.expectReadingNotToContain('FORCED')
  await expect(newcomer.map.nodes).toHaveCount(3)

  await owner.status.expectSaved()
  await viewer.status.expectSaved()
  await owner.page.screenshot({ path: '.artifacts/screenshots/roles-owner.png' })
  await annotator.page.screenshot({ path: '.artifacts/screenshots/roles-annotator.png' })
  await viewer.page.screenshot({ path: '.artifacts/screenshots/roles-viewer.png' })
})
