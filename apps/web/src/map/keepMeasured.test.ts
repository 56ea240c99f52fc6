import type { InternalNode } from '@xyflow/react'
import { expect, it } from 'vitest'
import { keepMeasured } from './keepMeasured'

it('puts a measured size on the flow node React Flow holds instead of passing the change on, and passes every other change', () => {
  const userNode: Record<string, unknown> = { id: 'n1', position: { x: 0, y: 0 }, data: {}, handles: [] }
  const internal = { id: 'n1', internals: { userNode } } as unknown as InternalNode
  const lookup = (id: string) => (id === 'n1' ? internal : undefined)
  expect(keepMeasured(lookup, { type: 'dimensions', id: 'n1', dimensions: { width: 240, height: 96 } })).toBe(true)
  expect(userNode).toMatchObject({ measured: { width: 240, height: 96 } })
  // Handles given with an estimated size would override those React Flow measured on the page.
  expect(userNode).not.toHaveProperty('handles')
  // A resize someone makes, a node React Flow no longer holds, and other changes go on as changes.
  expect(keepMeasured(lookup, { type: 'dimensions', id: 'n1', dimensions: { width: 300, height: 96 }, resizing: true })).toBe(false)
  expect(keepMeasured(lookup, { type: 'dimensions', id: 'gone', dimensions: { width: 240, height: 96 } })).toBe(false)
  expect(keepMeasured(lookup, { type: 'select', id: 'n1', selected: true })).toBe(false)
  expect(keepMeasured(lookup, { type: 'position', id: 'n1', position: { x: 5, y: 5 } })).toBe(false)
})
