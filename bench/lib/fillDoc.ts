import * as Y from 'yjs'

const sentence = 'The reset depends on missile defence plans, fiscal pressure and trust built over years of talks; '

/** Adds claim records (≈ 250 bytes each) to a map doc, in transactions of at most ~256 KB, until its encoded state reaches `bytes`. */
export function fillMapDoc(doc: Y.Doc, bytes: number): number {
  const nodes = doc.getMap<Y.Map<unknown>>('nodes')
  const chunk = Math.max(4, Math.min(1000, Math.floor(bytes / 250 / 4)))
  let index = nodes.size
  let size = Y.encodeStateAsUpdate(doc).byteLength
  while (size < bytes) {
    doc.transact(() => {
      for (let each = 0; each < chunk; each++, index++) {
        const node = new Y.Map<unknown>()
        node.set('id', `seed-${index}`)
        node.set('kind', index % 3 === 0 ? 'evidence' : 'claim')
        node.set('text', `${index}: ${sentence}${sentence}`.slice(0, 200))
        node.set('position', { x: (index % 25) * 260, y: Math.floor(index / 25) * 130 })
        nodes.set(`seed-${index}`, node)
      }
    })
    size = Y.encodeStateAsUpdate(doc).byteLength
  }
  return size
}
