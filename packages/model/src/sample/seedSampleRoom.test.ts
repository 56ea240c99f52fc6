import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Room } from '../Room'
import { sampleLinks, sampleNodes } from './sampleMap'
import { seedSampleRoom } from './seedSampleRoom'

const reading = readFileSync(new URL('../../sample/sampleReading.txt', import.meta.url), 'utf8')

describe('seedSampleRoom', () => {
  it('writes the reading and a map whose every node is anchored exactly to its quote', () => {
    const textDoc = new Y.Doc()
    const mapDoc = new Y.Doc()
    seedSampleRoom(textDoc, mapDoc, reading)
    const room = new Room({ textDoc, mapDoc, user: { id: 'u', name: 'U' } })
    const snapshot = room.getSnapshot()
    expect(snapshot.nodeList).toHaveLength(sampleNodes.length)
    expect(snapshot.linkList).toHaveLength(sampleLinks.length)
    const layout = room.getAnchorLayout()
    expect(layout.index.text.startsWith('Originally Published')).toBe(true)
    expect(textDoc.getMap('meta').get('title')).toBe('A ray of hope in US-Russia relations?')
    for (const node of snapshot.nodeList) {
      const resolved = layout.byNode.get(node.id)
      expect(resolved).toMatchObject({ status: 'exact' })
      const { start, end } = resolved as { start: number; end: number }
      expect(layout.index.text.slice(start, end)).toBe(node.text)
    }
  })
})
