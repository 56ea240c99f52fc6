import { describe, expect, it } from 'vitest'
import { addNode } from '../commands/addNode'
import { linkAsArgument } from '../commands/linkAsArgument'
import { linkNodes, writeLink } from '../commands/linkNodes'
import { setGiven } from '../commands/setGiven'
import { createTestRoom } from '../testing/testRoom'
import { evaluateMap } from './evaluateMap'

describe('evaluateMap', () => {
  it('lets an unanswered counterclaim bring down its target, and an answer reinstate it', () => {
    const room = createTestRoom()
    const claim = addNode(room, { kind: 'claim', text: 'The window is open' })!
    const objection = addNode(room, { kind: 'counterclaim', text: 'Not a concession' })!
    linkNodes(room, { source: objection, target: claim, kind: 'attacks' })
    expect(evaluateMap(room.getSnapshot()).get(claim)).toEqual({ label: 'out', because: [objection] })
    const answer = addNode(room, { kind: 'evidence', text: 'A meeting is planned' })!
    linkNodes(room, { source: answer, target: objection, kind: 'attacks' })
    expect(evaluateMap(room.getSnapshot()).get(claim)?.label).toBe('in')
  })

  it('undercuts the inference of a linked argument, not its premises or conclusion', () => {
    const room = createTestRoom()
    const conclusion = addNode(room, { kind: 'claim', text: 'c' })!
    const premises = [addNode(room, { kind: 'evidence', text: 'p1' })!, addNode(room, { kind: 'evidence', text: 'p2' })!]
    const junction = linkAsArgument(room, { premises, conclusion })!
    const undercutter = addNode(room, { kind: 'counterclaim', text: 'u' })!
    linkNodes(room, { source: undercutter, target: junction, kind: 'undercuts' })
    const labels = evaluateMap(room.getSnapshot())
    expect(labels.get(junction)).toEqual({ label: 'out', because: [undercutter] })
    for (const id of [...premises, conclusion]) expect(labels.get(id)?.label).toBe('in')
  })

  it('takes a person’s accepted or rejected as given', () => {
    const room = createTestRoom()
    const claim = addNode(room, { kind: 'claim', text: 'c' })!
    const objection = addNode(room, { kind: 'counterclaim', text: 'o' })!
    linkNodes(room, { source: objection, target: claim, kind: 'attacks' })
    setGiven(room, objection, 'rejected')
    expect(evaluateMap(room.getSnapshot()).get(claim)?.label).toBe('in')
    setGiven(room, objection, null)
    setGiven(room, claim, 'accepted')
    expect(evaluateMap(room.getSnapshot()).get(claim)).toEqual({ label: 'in', because: [], given: 'accepted' })
  })

  it('labels 10,000 nodes in one pass', () => {
    const room = createTestRoom()
    const ids: string[] = []
    room.transactMap(() => {
      for (let i = 0; i < 10_000; i++) ids.push(addNode(room, { kind: i % 3 === 0 ? 'counterclaim' : 'claim', text: `n${i}`, position: { x: i, y: 0 } })!)
    })
    // Links check their nodes against the snapshot, which a transaction updates when it ends.
    room.transactMap(() => {
      for (let i = 1; i < 10_000; i++) writeLink(room, { source: ids[i]!, target: ids[i - 1]!, kind: 'attacks' })
    })
    const labels = evaluateMap(room.getSnapshot())
    expect(labels.size).toBe(10_000)
    // A chain of attacks from the last node back: labels alternate from the unattacked end.
    expect(labels.get(ids[9_999]!)?.label).toBe('in')
    expect(labels.get(ids[9_998]!)?.label).toBe('out')
    expect(labels.get(ids[0]!)?.label).toBe('out')
  })
})
