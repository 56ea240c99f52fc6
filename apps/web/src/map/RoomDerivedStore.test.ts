import { expect, it } from 'vitest'
import { Room, addNode, editNodeText, linkNodes, moveNodes } from '@warrant/model'
import { EvaluationStore } from './evaluate/EvaluationStore'
import { CollapseStore } from './find/CollapseStore'
import { FindStore } from './find/FindStore'

it('tells its listeners about the structural changes it reads and its own changes, not about moves', () => {
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

  // Words and new statements change no toggle: the links are the same.
  editNodeText(room, reason, 'A better reason')
  const later = addNode(room, { kind: 'claim', text: 'Another claim' })!
  expect(notified).toBe(1)
  expect(store.toggleOf(later)).toBeNull()
  store.toggle(claim)
  expect(notified).toBe(2)
  expect(store.hidden().has(reason)).toBe(true)

  unsubscribe()
  linkNodes(room, { source: claim, target: reason, kind: 'attacks' })
  expect(notified).toBe(2)
})

it('a closed search and an Evaluate switched off hear of no structural change, and read afresh once on', () => {
  const room = new Room({ user: { id: 'u', name: 'U' } })
  const claim = addNode(room, { kind: 'claim', text: 'Missile defence' })!
  const evaluation = new EvaluationStore(room)
  const find = new FindStore(room, evaluation)
  const heard = { find: 0, evaluation: 0 }
  find.subscribe(() => heard.find++)
  evaluation.subscribe(() => heard.evaluation++)

  const attacker = addNode(room, { kind: 'counterclaim', text: 'Not missile defence' })!
  linkNodes(room, { source: attacker, target: claim, kind: 'attacks' })
  expect(heard).toEqual({ find: 0, evaluation: 0 })

  evaluation.setOn(true)
  expect(evaluation.labelOf(claim)).toBe('out')
  find.set({ open: true, query: 'missile' })
  expect(find.current().count).toBe(2)
  const counted = { ...heard }
  addNode(room, { kind: 'claim', text: 'Missile talks' })
  expect(heard.find).toBe(counted.find + 1)
  expect(heard.evaluation).toBe(counted.evaluation + 1)
})
