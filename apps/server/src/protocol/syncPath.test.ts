import { expect, test } from 'vitest'
import { parseSyncPath } from './syncPath'

test('accepts /sync/<room>/<doc> with an optional ack opt-in', () => {
  expect(parseSyncPath('/sync/sample/text')).toEqual({ room: 'sample', doc: 'text', ack: false, token: null })
  expect(parseSyncPath('/sync/a_B-9/map?ack=1&token=a.b.c')).toEqual({ room: 'a_B-9', doc: 'map', ack: true, token: 'a.b.c' })
  expect(parseSyncPath(`/sync/${'x'.repeat(64)}/map?ack=0`)?.ack).toBe(false)
})

test('refuses every other path', () => {
  for (const path of [
    '/sync/sample',
    '/sync/sample/notes',
    '/sync/sam ple/text',
    '/sync/a%2Fb/text',
    '/sync/../text',
    `/sync/${'x'.repeat(65)}/text`,
    '//evil/sync/a/text',
    '/sync/a/text/',
    '/SYNC/a/text',
    '',
  ]) {
    expect({ path, target: parseSyncPath(path) }).toEqual({ path, target: null })
  }
})
