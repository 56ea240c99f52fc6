import { expect, it } from 'vitest'
import { Room, addNode } from '@warrant/model'
import { MoveWriter } from './MoveWriter'

it('writes queued drag positions once per frame and the drop at once', () => {
  const room = new Room({ user: { id: 'u', name: 'U' } })
  const id = addNode(room, { kind: 'claim', text: 'x', position: { x: 0, y: 0 } })!
  const frames: (() => void)[] = []
  const writer = new MoveWriter(room, (callback) => frames.push(callback), () => frames.splice(0))
  let versions = room.getSnapshot().version
  writer.queue(id, { x: 1, y: 1 })
  writer.queue(id, { x: 2, y: 2 })
  expect(frames).toHaveLength(1)
  frames.shift()!()
  expect(room.getSnapshot().version).toBe(versions + 1)
  expect(room.getSnapshot().nodes.get(id)!.position).toEqual({ x: 2, y: 2 })
  versions = room.getSnapshot().version
  writer.queue(id, { x: 3, y: 3 })
  writer.finish([{ id, position: { x: 4, y: 4 } }])
  expect(frames).toHaveLength(0)
  expect(room.getSnapshot().version).toBe(versions + 1)
  expect(room.getSnapshot().nodes.get(id)!.position).toEqual({ x: 4, y: 4 })
})
