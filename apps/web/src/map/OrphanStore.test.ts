import { expect, it, vi } from 'vitest'
import { Room, addNodeFromSpan, moveNodes, writeReadingText } from '@warrant/model'
import { OrphanStore } from './OrphanStore'

it('marks a node orphaned once the text rests after its passage left, and stays quiet when a node moves', () => {
  vi.useFakeTimers()
  const room = new Room({ user: { id: 'u', name: 'U' } })
  const reading = 'The first sentence stands.\n\nThe second sentence goes away.'
  room.textDoc.transact(() => writeReadingText(room.content, reading))
  const start = reading.indexOf('second sentence')
  const id = addNodeFromSpan(room, { kind: 'claim', start, end: start + 'second sentence'.length })!
  const store = new OrphanStore(room)
  let notified = 0
  const unsubscribe = store.subscribe(() => notified++)
  expect(store.get().has(id)).toBe(false)

  moveNodes(room, [{ id, position: { x: 5, y: 5 } }])
  expect(notified).toBe(0)

  room.textDoc.transact(() => room.content.delete(1, 1))
  // Checking every passage waits for the text to rest (typing changes it on every key).
  expect(notified).toBe(0)
  vi.advanceTimersByTime(300)
  expect(store.get().has(id)).toBe(true)
  expect(notified).toBe(1)
  unsubscribe()
  vi.useRealTimers()
})
