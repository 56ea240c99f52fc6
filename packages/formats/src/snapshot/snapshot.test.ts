import { readFileSync } from 'node:fs'
import { addComment, addNodeFromSpan, linkNodes, setCommentResolved, setGiven, setPinned, textDocKeys } from '@warrant/model'
import { describe, expect, it } from 'vitest'
import { FormatError } from '../FormatError'
import { describeMap, sampleRoom, testRoom } from '../testRoom'
import { applySnapshotImport } from './applySnapshotImport'
import { exportSnapshot } from './exportSnapshot'
import { importSnapshot } from './importSnapshot'
import { type TipTapNode, fragmentToTipTap, writeTipTap } from './tiptapJson'

const rich = JSON.parse(readFileSync(new URL('./fixtures/rich-reading.json', import.meta.url), 'utf8')) as TipTapNode

function richRoom() {
  const room = testRoom()
  room.textDoc.transact(() => {
    writeTipTap(room.content, rich)
    room.textDoc.getMap(textDocKeys.meta).set('title', 'Road pricing <seminar>')
    room.textDoc.getMap(textDocKeys.meta).set('author', 'A. Author')
  })
  const text = room.getAnchorLayout().index.text
  const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length })
  const claim = addNodeFromSpan(room, { kind: 'claim', ...span('Cities should charge drivers at rush hour'), position: { x: 0, y: 0 } })!
  const evidence = addNodeFromSpan(room, { kind: 'evidence', ...span('Traffic fell by a fifth in London.'), position: { x: 0, y: 300 } })!
  linkNodes(room, { source: evidence, target: claim, kind: 'supports' })
  setPinned(room, claim, true)
  setGiven(room, evidence, 'accepted')
  const anchorId = room.getSnapshot().anchorOfNode.get(evidence)!.id
  const root = addComment(room, { on: claim, text: 'Which cities?' })!
  addComment(room, { on: claim, text: 'Big ones.', parent: root })
  setCommentResolved(room, root, true)
  addComment(room, { on: anchorId, text: 'Source?' })
  return room
}

function commentsOf(room: ReturnType<typeof testRoom>): string[] {
  const snapshot = room.getSnapshot()
  const { comments } = room.getComments()
  const target = (on: string) => (snapshot.nodes.has(on) ? `node ${snapshot.nodes.get(on)!.text}` : `highlight of ${snapshot.nodes.get([...snapshot.anchors.values()].find((anchor) => anchor.id === on)!.nodeId)!.text}`)
  return [...comments.values()].map((comment) => `${comment.author.name}@${comment.createdAt} on ${target(comment.on)}: ${comment.text}${comment.parent ? ` (reply to ${comments.get(comment.parent)!.text})` : ''}${comment.resolved ? ' [resolved]' : ''}`).sort()
}

describe('JSON snapshot', () => {
  it('is lossless: reading (marks, headings, lists), metadata, records with authors and times, anchors and comments', () => {
    const room = richRoom()
    const file = exportSnapshot(room)
    const copy = testRoom(undefined, { id: 'bob', name: 'Bob' })
    const summary = applySnapshotImport(copy, importSnapshot(file))
    expect(summary).toMatchObject({ nodes: 2, links: 1, comments: 3, anchored: 2, orphaned: 0, skipped: [] })
    expect(fragmentToTipTap(copy.content)).toEqual(fragmentToTipTap(room.content))
    expect(fragmentToTipTap(copy.content)).toEqual(rich)
    expect(copy.textDoc.getMap(textDocKeys.meta).toJSON()).toEqual({ title: 'Road pricing <seminar>', author: 'A. Author' })
    expect(describeMap(copy)).toEqual(describeMap(room))
    expect(commentsOf(copy)).toEqual(commentsOf(room))
    const authors = (r: typeof room) => r.getSnapshot().nodeList.map((node) => `${node.author.name}@${node.createdAt}`)
    expect(authors(copy)).toEqual(authors(room))
    expect(copy.getSnapshot().nodeList.map((node) => [node.pinned, node.given])).toEqual([[true, undefined], [undefined, 'accepted']])
    // Exporting the copy gives the same file but for the ids.
    const withoutIds = (json: string) => json.replace(/"(id|nodeId|on|parent|source|target|conclusion)": "[^"]*"/g, '"$1": "…"')
    expect(withoutIds(exportSnapshot(copy))).toEqual(withoutIds(file))
  })

  it('keeps every record kind of the sample map: inferences, undercuts, rephrases', () => {
    const { room } = sampleRoom()
    const copy = testRoom()
    applySnapshotImport(copy, importSnapshot(exportSnapshot(room)))
    expect(describeMap(copy)).toEqual(describeMap(room))
  })

  it('into a room that has a reading adds only the map, re-anchored by quote', () => {
    const room = richRoom()
    const other = testRoom('Some other reading. Traffic fell by a fifth in London. The end.')
    const summary = applySnapshotImport(other, importSnapshot(exportSnapshot(room)))
    expect(summary).toMatchObject({ nodes: 2, anchored: 1, orphaned: 1 })
    expect(other.getAnchorLayout().index.text).toBe('Some other reading. Traffic fell by a fifth in London. The end.')
  })
})

describe('JSON snapshot hostile input', () => {
  const valid = () => JSON.parse(exportSnapshot(richRoom()))
  const message = (value: unknown) => {
    try {
      importSnapshot(typeof value === 'string' ? value : JSON.stringify(value))
    } catch (error) {
      expect(error).toBeInstanceOf(FormatError)
      return (error as FormatError).message
    }
    throw new Error('expected a FormatError')
  }

  it('names the version problem, the line of truncated JSON and the first bad field', () => {
    expect(message(exportSnapshot(richRoom()).slice(0, 200))).toMatch(/truncated\?\) at line/)
    expect(message({ nodes: [] })).toMatch(/not a Warrant snapshot/)
    expect(message({ ...valid(), warrant: 2 })).toMatch(/newer Warrant/)
    const badKind = valid()
    badKind.nodes[0].kind = 'opinion'
    expect(message(badKind)).toMatch(/^Warrant JSON: nodes\[0\]\.kind: /)
    const badNumber = valid()
    badNumber.nodes[1].position.x = '12'
    expect(message(badNumber)).toMatch(/nodes\[1\]\.position\.x/)
    const unknownNode = valid()
    unknownNode.text.content.push({ type: 'iframe', attrs: { src: 'https://evil.example' } })
    expect(message(unknownNode)).toMatch(/text\.content\[4\]\.type: unknown node type/)
    const huge = valid()
    huge.nodes[0].text = 'x'.repeat(10 * 1024 * 1024)
    expect(message(huge)).toMatch(/nodes\[0\]\.text/)
  })

  it('refuses text that nests too deep instead of overflowing the stack', () => {
    const deep = valid()
    let node: Record<string, unknown> = { type: 'paragraph' }
    for (let n = 0; n < 1_000; n++) node = { type: 'blockquote', content: [node] }
    deep.text = { type: 'doc', content: [node] }
    expect(message(deep)).toMatch(/nests too deep/)
  })

  it('drops javascript: links and keeps HTML in text as text', () => {
    const file = valid()
    file.text.content[1].content[3].marks[0].attrs.href = 'javascript:alert(1)'
    const room = testRoom()
    applySnapshotImport(room, importSnapshot(JSON.stringify(file)))
    const paragraph = fragmentToTipTap(room.content).content![1]!
    expect(paragraph.content![2]).toEqual({ type: 'text', text: ' at rush hour, says the report' })
    expect(room.getAnchorLayout().index.text).toContain('<script>alert(1)</script> stays text.')
  })
})
