import { expect, it } from 'vitest'
import { Room, addNode, editNodeText, linkNodes, moveNodes } from '@warrant/model'
import { CollapseStore } from './find/CollapseStore'

it('tells its listeners about structural changes and its own, not about moves', () => {
  const room = new Room({ user: { id: 'u', name: 'U' } })
  const claim = addNode(room, { kind: 'claim', text: 'A claim' })!
  const reason = addNode(room, { kind: 'evidence', text: 'A reason' })!
  const store = new CollapseStore(room)
  let notified = 0
  const unsubscribe = store.subscribe(() => notified++)
  expect(store.toggleOf(claim)).toBeNull()

  moveNodes(room, [{ id: reason, position: { x: 40, y: 90 } }])
  expect(notified).toBe(0)

  linkNodes(room, { source: reason, target: claim, kind: 'supports' })
  expect(notified).toBe(1)
  expect(store.toggleOf(claim)).toBe(0)

  editNodeText(room, reason, 'A better reason')
  expect(notified).toBe(2)
  store.toggle(claim)
  expect(notified).toBe(3)
  expect(store.hidden().has(reason)).toBe(true)

  unsubscribe()
  linkNodes(room, { source: claim, target: reason, kind: 'attacks' })
  expect(notified).toBe(3)
})
