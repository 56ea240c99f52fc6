import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { isDocSaved } from './isDocSaved'

const stateVector = (doc: Y.Doc) => Y.decodeStateVector(Y.encodeStateVector(doc))

describe('isDocSaved', () => {
  it('is not saved before the first acknowledgement', () => {
    expect(isDocSaved(new Map(), null, 1)).toBe(false)
  })

  it('is saved with no local changes once acknowledged', () => {
    expect(isDocSaved(new Map(), new Map(), 1)).toBe(true)
  })

  it('is saved only when storage committed every local change', () => {
    const doc = new Y.Doc()
    doc.getText('t').insert(0, 'hello')
    const committed = stateVector(doc)
    expect(isDocSaved(stateVector(doc), committed, doc.clientID)).toBe(true)
    doc.getText('t').insert(5, '!')
    expect(isDocSaved(stateVector(doc), committed, doc.clientID)).toBe(false)
    expect(isDocSaved(stateVector(doc), stateVector(doc), doc.clientID)).toBe(true)
  })

  it('ignores what other clients wrote and storage has not committed yet', () => {
    const mine = new Y.Doc()
    const theirs = new Y.Doc()
    mine.getText('t').insert(0, 'a')
    const committed = stateVector(mine)
    theirs.getText('t').insert(0, 'b')
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs))
    expect(isDocSaved(stateVector(mine), committed, mine.clientID)).toBe(true)
  })
})
