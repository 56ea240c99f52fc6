import * as Y from 'yjs'
import type { DocGroup, Member } from './scaleLoad'

export const updateMix = { moves: 0.6, adds: 0.2, text: 0.2 }

/**
 * Who changes what, in send order: the update mix over random members (seeded, so every server
 * gets the same sequence). Each change is one transaction on the member's own doc.
 */
export function planChanges(groups: DocGroup[], count: number): { member: Member; change: (doc: Y.Doc) => void }[] {
  const members = groups.flatMap((group) => group.members.map((member) => ({ group, member })))
  const maps = members.filter((each) => each.group.doc === 'map')
  const texts = members.filter((each) => each.group.doc === 'text')
  let seed = 12345
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
  return Array.from({ length: count }, () => {
    const pick = random()
    const pool = pick < updateMix.moves + updateMix.adds ? maps : texts
    const { member } = pool[Math.floor(random() * pool.length)]!
    const step = ++member.step
    const change = pool === texts ? typeInto(step) : pick < updateMix.moves ? moveNode(member.ownId, step) : addEvidence(member.ownId, step)
    return { member, change }
  })
}

const typeInto = (step: number) => (doc: Y.Doc) => {
  const paragraph = doc.getXmlFragment('content').toArray().find((each) => each instanceof Y.XmlElement)
  const text = (paragraph as Y.XmlElement | undefined)?.get(0) as Y.XmlText | undefined
  text?.insert(0, `typed ${String(step).padStart(6, '0')} abcdefg`.slice(0, 20))
}

const moveNode = (ownId: string, step: number) => (doc: Y.Doc) => {
  doc.getMap<Y.Map<unknown>>('nodes').get(ownId)?.set('position', { x: step % 1000, y: Math.floor(step / 1000) })
}

const addEvidence = (ownId: string, step: number) => (doc: Y.Doc) => {
  doc.transact(() => {
    const id = `${ownId}-n${step}`
    const node = new Y.Map<unknown>()
    node.set('id', id)
    node.set('kind', 'evidence')
    node.set('text', 'Evidence added under load, about forty chars')
    node.set('position', { x: step, y: 200 })
    doc.getMap<Y.Map<unknown>>('nodes').set(id, node)
    const link = new Y.Map<unknown>()
    link.set('id', `${id}-l`)
    link.set('source', id)
    link.set('target', ownId)
    link.set('kind', 'supports')
    doc.getMap<Y.Map<unknown>>('edges').set(`${id}-l`, link)
  })
}
