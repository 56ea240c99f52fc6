import { expect, it } from 'vitest'
import { routeFor } from './routeFor'

it('reads home, rooms and anything else from the path', () => {
  expect(routeFor('/')).toEqual({ name: 'home' })
  expect(routeFor('/r/sample')).toEqual({ name: 'room', roomId: 'sample' })
  expect(routeFor('/r/sample/')).toEqual({ name: 'room', roomId: 'sample' })
  expect(routeFor('/r/a%20b')).toEqual({ name: 'room', roomId: 'a b' })
  expect(routeFor('/elsewhere')).toEqual({ name: 'notFound' })
})
