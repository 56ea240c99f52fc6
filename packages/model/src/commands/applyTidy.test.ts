import { describe, expect, it } from 'vitest'
import { mapDocKeys } from '../docNames'
import { tidiedPlaces } from '../queries/tidiedPlaces'
import { createTestRoom } from '../testing/testRoom'
import { addNode } from './addNode'
import { applyTidy } from './applyTidy'
import { deleteNodes } from './deleteNodes'

describe('applyTidy', () => {
  it('moves and records every laid-out place in one update, and forgets deleted nodes', () => {
    const room = createTestRoom()
    const a = addNode(room, { kind: 'claim', text: 'a', position: { x: 0, y: 0 } })!
    const b = addNode(room, { kind: 'evidence', text: 'b', position: { x: 5, y: 5 } })!
    let updates = 0
    room.mapDoc.on('update', () => updates++)
    applyTidy(room, [{ id: b, position: { x: 0, y: 200 } }], new Map([[a, { x: 0, y: 0, above: [] }], [b, { x: 0, y: 200, above: [a] }]]))
    expect(updates).toBe(1)
    expect(room.getSnapshot().nodes.get(b)!.position).toEqual({ x: 0, y: 200 })
    expect(tidiedPlaces(room)).toEqual(new Map([[a, { x: 0, y: 0, above: [] }], [b, { x: 0, y: 200, above: [a] }]]))

    deleteNodes(room, [b])
    applyTidy(room, [], new Map([[a, { x: 0, y: 0, above: [] }]]))
    expect(tidiedPlaces(room)).toEqual(new Map([[a, { x: 0, y: 0, above: [] }]]))
  })

  it('reads only well-formed places (another client may write anything)', () => {
    const room = createTestRoom()
    const tidied = room.mapDoc.getMap<unknown>(mapDocKeys.tidied)
    tidied.set('good', { x: 1, y: 2, above: ['a', 3] })
    tidied.set('old', { x: 1, y: 2 })
    tidied.set('text', 'somewhere')
    tidied.set('half', { x: 1 })
    tidied.set('nan', { x: Number.NaN, y: 0 })
    expect(tidiedPlaces(room)).toEqual(new Map([['good', { x: 1, y: 2, above: ['a'] }], ['old', { x: 1, y: 2, above: [] }]]))
  })
})
