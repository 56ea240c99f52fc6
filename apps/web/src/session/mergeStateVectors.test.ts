import { expect, it } from 'vitest'
import { mergeStateVectors } from './mergeStateVectors'

it('keeps the larger clock of each client, so a late acknowledgement never goes back', () => {
  const merged = mergeStateVectors(new Map([[1, 10], [2, 3]]), new Map([[1, 7], [3, 4]]))
  expect([...merged].sort()).toEqual([[1, 10], [2, 3], [3, 4]])
})
