import { expect, test } from 'vitest'
import * as Y from 'yjs'
import { ClockRanges, encodeDeleteSet } from './ClockRanges'

const flat = (ranges: ClockRanges): unknown => Y.decodeUpdate(Uint8Array.of(0, ...ranges.encode())).ds.clients

test('merges ranges that touch or overlap, in any order', () => {
  const ranges = new ClockRanges()
  ranges.add(1, 10, 5)
  ranges.add(1, 0, 3)
  ranges.add(1, 20, 2)
  ranges.add(1, 3, 2) // touches 0–3, leaves a gap to 10
  ranges.add(1, 14, 7) // bridges 10–15 and 20–22
  ranges.add(2, 4, 1)
  expect(flat(ranges)).toEqual(
    new Map([
      [2, [expect.objectContaining({ clock: 4, len: 1 })]],
      [1, [expect.objectContaining({ clock: 0, len: 5 }), expect.objectContaining({ clock: 10, len: 12 })]],
    ]),
  )
})

test('answers the parts of a delete set not held yet', () => {
  const ranges = new ClockRanges()
  ranges.add(1, 10, 10)
  const missing = ranges.missingFrom(
    new Map([
      [1, [{ clock: 5, len: 20 }, { clock: 12, len: 3 }]],
      [3, [{ clock: 0, len: 2 }]],
    ]),
  )
  expect(missing).toEqual(
    new Map([
      [1, [{ clock: 5, len: 5 }, { clock: 20, len: 5 }]],
      [3, [{ clock: 0, len: 2 }]],
    ]),
  )
  expect(ranges.missingFrom(new Map([[1, [{ clock: 11, len: 4 }]]])).size).toBe(0)
})

test('takes out the ranges a contiguous clock reaches', () => {
  const ranges = new ClockRanges()
  ranges.add(1, 5, 5)
  ranges.add(1, 12, 3)
  expect(ranges.takeContiguous(1, 3)).toBe(3)
  expect(ranges.takeContiguous(1, 5)).toBe(10)
  expect(ranges.isEmpty).toBe(false)
  expect(ranges.takeContiguous(1, 12)).toBe(15)
  expect(ranges.isEmpty).toBe(true)
})

test('encodes a delete set byte for byte as Yjs does', () => {
  const doc = new Y.Doc()
  doc.clientID = 3
  const text = doc.getText('reading')
  text.insert(0, 'This is not a concession to Russia.')
  const other = new Y.Doc()
  other.clientID = 9
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc))
  other.getText('reading').insert(0, 'Note: ')
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(other))
  text.delete(8, 4)
  text.delete(0, 3)
  const update = Y.encodeStateAsUpdate(doc)
  const deleteSet = encodeDeleteSet(Y.decodeUpdate(update).ds.clients)
  expect([...update.subarray(update.byteLength - deleteSet.byteLength)]).toEqual([...deleteSet])
})
