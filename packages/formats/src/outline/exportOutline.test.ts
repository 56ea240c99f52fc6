import { linkNodes } from '@warrant/model'
import { describe, expect, it } from 'vitest'
import { readMapData } from '../MapData'
import { sampleRoom, testRoom } from '../testRoom'
import { escapeMarkdown, exportOutline } from './exportOutline'
import { addNode } from '@warrant/model'

describe('exportOutline', () => {
  it('puts conclusions on top with reasons, objections, linked premises and undercuts nested', () => {
    const { room } = sampleRoom()
    const outline = exportOutline(readMapData(room))
    expect(outline).toBe(
      [
        '- **Claim:** Cities should charge drivers for entering the centre at rush hour.',
        '  - Argument (Argument from consequences), premises together:',
        '    - **Evidence:** Congestion costs every commuter about an hour a week',
        '    - **Evidence:** buses stuck in traffic run late',
        '    - Undercut by: **Counterclaim:** Only rush hours are unusual',
        '  - Supports: **Evidence:** London saw traffic fall by a fifth after its charge began.',
        '  - Attacks: **Counterclaim:** the charge hits poor drivers hardest',
        '    - Attacks: **Evidence:** most poor commuters take the bus',
        '  - Rephrased by: **Claim:** Road pricing is fair &lt;b&gt;"really"&lt;/b&gt; &amp; \\[sure\\] \\#tag \\{x: 1\\} // not a comment',
        '',
      ].join('\n'),
    )
  })

  it('shows a quote that differs from the node text as a block or in italics', () => {
    const { room, ids } = sampleRoom()
    room.transactMap(() => (room.nodeMap.get(ids.london!) as { set(key: string, value: unknown): void }).set('text', 'London *cut* traffic'))
    expect(exportOutline(readMapData(room))).toContain('  - Supports: **Evidence:** London \\*cut\\* traffic\n    > London saw traffic fall by a fifth after its charge began.\n')
    expect(exportOutline(readMapData(room), { quotes: 'italics' })).toContain('London \\*cut\\* traffic — *“London saw traffic fall by a fifth after its charge began.”*\n')
  })

  it('ends on cycles and names a statement met again as seen above', () => {
    const room = testRoom()
    const a = addNode(room, { kind: 'claim', text: 'A' })!
    const b = addNode(room, { kind: 'claim', text: 'B' })!
    linkNodes(room, { source: a, target: b, kind: 'supports' })
    linkNodes(room, { source: b, target: a, kind: 'attacks' })
    expect(exportOutline({ ...readMapData(room), title: 'Loop <x>' })).toBe('# Loop &lt;x&gt;\n\n- **Claim:** A\n  - Attacks: **Claim:** B\n    - Supports: **Claim:** A *(see above)*\n')
  })

  it('escapes Markdown and HTML', () => {
    expect(escapeMarkdown('<script>alert(1)</script> **x** [l](javascript:y)')).toBe('&lt;script&gt;alert\\(1\\)&lt;/script&gt; \\*\\*x\\*\\* \\[l\\]\\(javascript:y\\)')
  })
})
