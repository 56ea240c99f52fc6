import { describe, expect, it } from 'vitest'
import { FormatError } from './FormatError'
import { exportMapFile, fileStem, importMapFile, mapExportFormats, mapImportFormats } from './mapFiles'
import { describeMap, sampleRoom, testRoom } from './testRoom'

describe('map files over HTTP', () => {
  it('exports every format with a content type and a safe file name', () => {
    const { room } = sampleRoom()
    room.textDoc.getMap('meta').set('title', 'Road pricing: a "debate" / 2024')
    for (const format of mapExportFormats) {
      const file = exportMapFile(room, format, { source: 'https://warrant.example/r/1' })
      expect(file.body.length).toBeGreaterThan(100)
      expect(file.filename).toMatch(/^Road-pricing-a-debate-2024\./)
      expect(file.contentType).toMatch(/charset=utf-8/)
    }
  })

  it('imports every format into a new room from its own export', () => {
    for (const format of mapImportFormats) {
      const { room } = sampleRoom()
      const file = exportMapFile(room, format)
      // A new room: AIF (OVA3) and JSON bring the reading along.
      const copy = testRoom()
      const summary = importMapFile(copy, format, file.body)
      expect(summary.nodes, format).toBe(format === 'annotations' ? 6 : 8)
      const lossless = format === 'aif' || format === 'json'
      expect(lossless ? describeMap(copy) : [], format).toEqual(lossless ? describeMap(room) : [])
    }
  })

  it('throws only FormatError and leaves the room unchanged on a bad file', () => {
    const room = testRoom('Some reading.')
    for (const format of mapImportFormats) {
      expect(() => importMapFile(room, format, format === 'argdown' ? '[A]: x\n  = [B]: y\n' : '{"nodes": ')).toThrow(FormatError)
    }
    expect(room.getSnapshot().nodes.size).toBe(0)
  })

  it('makes a file stem from any title', () => {
    expect(fileStem('')).toBe('map')
    expect(fileStem('../../etc/passwd')).toBe('etc-passwd')
    expect(fileStem('Ünïcode — текст')).toBe('Unicode-текст')
  })
})
