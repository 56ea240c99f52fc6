import { applyMapImport } from '@warrant/model'
import { describe, expect, it } from 'vitest'
import { readMapData } from './MapData'
import { exportAif } from './aif/exportAif'
import { importAif } from './aif/importAif'
import { exportArgdown } from './argdown/exportArgdown'
import { exportOutline } from './outline/exportOutline'
import { testRoom } from './testRoom'

describe('large and hub-shaped maps', () => {
  it('imports 20,000 premises into one conclusion and exports them without quadratic work', () => {
    const count = 20_000
    const nodes = [{ nodeID: 0, text: 'Hub', type: 'I' }, ...Array.from({ length: count }, (_, n) => ({ nodeID: n + 1, text: `Reason ${n}`, type: 'I' })), { nodeID: count + 1, text: 'Default Inference', type: 'RA' }]
    const edges = [...Array.from({ length: count }, (_, n) => ({ fromID: n + 1, toID: count + 1 })), { fromID: count + 1, toID: 0 }]
    const started = performance.now()
    const room = testRoom()
    const summary = applyMapImport(room, importAif(JSON.stringify({ nodes, edges })), { anchorQuotes: false })
    expect(summary).toMatchObject({ nodes: count + 1, junctions: 1, links: count })
    const map = readMapData(room)
    expect(exportAif(map).length).toBeGreaterThan(count * 50)
    expect(exportArgdown(map)).toContain(`(${count + 1}) [Hub]`)
    expect(exportOutline(map).split('\n').length).toBeGreaterThan(count)
    expect(performance.now() - started).toBeLessThan(20_000)
  }, 30_000)
})
