import { readFileSync } from 'node:fs'
import { seedSampleRoom } from '@warrant/model'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import type { StoredDoc } from '../storage/Storage'
import { exportRoom } from './exportRoom'
import { parseExportQuery } from './parseExportQuery'

function storageWithSample(): { load(name: string): Promise<StoredDoc> } {
  const textDoc = new Y.Doc()
  const mapDoc = new Y.Doc()
  seedSampleRoom(textDoc, mapDoc, readFileSync(new URL('../../../../packages/model/sample/sampleReading.txt', import.meta.url), 'utf8'))
  const stored = new Map([
    ['sample/text', [Y.encodeStateAsUpdate(textDoc)]],
    ['sample/map', [Y.encodeStateAsUpdate(mapDoc)]],
  ])
  return { load: async (name) => ({ updates: stored.get(name) ?? [] }) }
}

describe('exportRoom', () => {
  it('exports a stored room as a file named after its reading', async () => {
    const exported = await exportRoom(storageWithSample(), 'sample', { format: 'svg', legend: true })
    expect(exported?.fileName).toBe('A ray of hope in US-Russia relations.svg')
    const svg = new TextDecoder().decode(exported!.body)
    expect(svg).toContain('This is not a concession to</tspan>')
    expect(svg.match(/class="node /g)).toHaveLength(8)
  })

  it('answers null for a room storage has nothing of', async () => {
    expect(await exportRoom(storageWithSample(), 'nobody', { format: 'png' })).toBeNull()
  })
})

describe('parseExportQuery', () => {
  it('reads format, scale, title and legend', () => {
    expect(parseExportQuery(new URLSearchParams('format=png&scale=4&title=Week%202&legend=1'))).toEqual({ format: 'png', scale: 4, title: 'Week 2', legend: true })
  })
  it('leaves other formats to other exporters and names a bad scale', () => {
    expect(parseExportQuery(new URLSearchParams('format=aif'))).toBeNull()
    expect(parseExportQuery(new URLSearchParams('format=png&scale=3'))).toEqual({ error: 'scale must be 1, 2 or 4, not "3"' })
  })
})
