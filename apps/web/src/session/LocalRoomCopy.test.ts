// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { LocalPersistence } from './LocalPersistence'
import { LocalRoomCopy } from './LocalRoomCopy'
import { PendingChanges } from './PendingChanges'
import { discardOtherEpochs, lastEpoch, localCopyName, rememberEpoch } from './RoomEpoch'

let roomCount = 0
const freshRoom = () => `room-${++roomCount}`
const opened: LocalRoomCopy[] = []
afterEach(() => {
  for (const copy of opened.splice(0)) copy.dispose()
})

function openCopy(roomId: string, confirmEpoch: () => Promise<string | undefined>, epoch: string | null = null) {
  const docs = { text: { doc: new Y.Doc(), pending: new PendingChanges() }, map: { doc: new Y.Doc(), pending: new PendingChanges() } }
  const connect = vi.fn<() => void>()
  const restart = vi.fn<() => void>()
  const copy = new LocalRoomCopy({ roomId, docs, epoch, confirmEpoch, connect, restart, onChange: () => {}, retryMs: 10 })
  opened.push(copy)
  return { copy, docs, connect, restart, opening: copy.open() }
}

/** A browser copy of the room under `epoch` holding `text`, closed again. */
async function storeCopy(roomId: string, epoch: string, text: string) {
  const doc = new Y.Doc()
  const store = new LocalPersistence(localCopyName(roomId, epoch, 'text'), doc)
  await store.whenLoaded
  doc.getText('t').insert(0, text)
  await vi.waitFor(() => expect(store.stored).toBe(true))
  await store.destroy()
  rememberEpoch(roomId, epoch)
}

/** What a fresh page reads back from the IndexedDB copy `name`. */
async function storedText(name: string): Promise<string> {
  const doc = new Y.Doc()
  const store = new LocalPersistence(name, doc)
  await store.whenLoaded
  const text = doc.getText('t').toString()
  await store.destroy()
  return text
}

describe('LocalPersistence', () => {
  it('counts a change as stored once IndexedDB committed it', async () => {
    const doc = new Y.Doc()
    const store = new LocalPersistence('stored-test', doc)
    expect(store.stored).toBe(false)
    await store.whenLoaded
    await vi.waitFor(() => expect(store.stored).toBe(true))
    doc.getText('t').insert(0, 'x')
    expect(store.stored).toBe(false)
    await vi.waitFor(() => expect(store.stored).toBe(true))
    await store.destroy()
    expect(await storedText('stored-test')).toBe('x')
  })

  it('writes the updates of one frame once, merged, after that frame', async () => {
    const doc = new Y.Doc()
    const store = new LocalPersistence('merged-test', doc)
    await store.whenLoaded
    await vi.waitFor(() => expect(store.stored).toBe(true))
    const writesBefore = store.persistence._dbsize
    for (const letter of 'abc') doc.getText('t').insert(doc.getText('t').length, letter)
    expect(store.persistence._dbsize).toBe(writesBefore)
    await vi.waitFor(() => expect(store.stored).toBe(true))
    expect(store.persistence._dbsize).toBe(writesBefore + 1)
    await store.destroy()
    expect(await storedText('merged-test')).toBe('abc')
  })

  it('writes at once when the page is left before the frame', async () => {
    const doc = new Y.Doc()
    const store = new LocalPersistence('pagehide-test', doc)
    await store.whenLoaded
    const writesBefore = store.persistence._dbsize
    doc.getText('t').insert(0, 'last words')
    store.writePending([{ client: doc.clientID, clock: 10, deleteOnly: false }])
    expect(localStorage.getItem('warrant.pending.pagehide-test')).toBeNull()
    dispatchEvent(new Event('pagehide'))
    expect(store.persistence._dbsize).toBe(writesBefore + 1)
    expect(await store.readPending()).toEqual([{ client: doc.clientID, clock: 10, deleteOnly: false }])
    await store.destroy()
  })

  it('writes at once while the page is hidden (no frames come)', async () => {
    const doc = new Y.Doc()
    const store = new LocalPersistence('hidden-test', doc)
    await store.whenLoaded
    const writesBefore = store.persistence._dbsize
    const hidden = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    try {
      doc.getText('t').insert(0, 'typed in a background tab')
      expect(store.persistence._dbsize).toBe(writesBefore + 1)
    } finally {
      hidden.mockRestore()
    }
    await store.destroy()
  })
})

describe('room epoch', () => {
  it('loads the copy of the same epoch before connecting', async () => {
    const roomId = freshRoom()
    await storeCopy(roomId, 'e1', 'cached')
    const { copy, docs, connect, opening } = openCopy(roomId, async () => 'e1')
    let textAtConnect: string | null = null
    connect.mockImplementation(() => (textAtConnect = docs.text.doc.getText('t').toString()))
    await opening
    expect(textAtConnect).toBe('cached')
    expect(connect).toHaveBeenCalledOnce()
    expect(copy.getDiscarded()).toBe(false)
  })

  it('a room never opened in this browser connects at once, and its copy fills alongside', async () => {
    const roomId = freshRoom()
    const { copy, docs, connect, opening } = openCopy(roomId, async () => 'e1')
    let loadedAtConnect: boolean | null = null
    connect.mockImplementation(() => {
      // The copy's load ends by remembering the epoch.
      loadedAtConnect = lastEpoch(roomId) !== undefined
      docs.text.doc.getText('t').insert(0, 'from the server')
    })
    await opening
    expect(loadedAtConnect).toBe(false)
    expect(connect).toHaveBeenCalledOnce()
    await vi.waitFor(() => expect(copy.isStored('text')).toBe(true))
    expect(lastEpoch(roomId)).toBe('e1')
    copy.dispose()
    const reopened = openCopy(roomId, async () => 'e1')
    await reopened.opening
    expect(reopened.docs.text.doc.getText('t').toString()).toBe('from the server')
  })

  it('deletes a copy of another epoch before connecting, and says so', async () => {
    const roomId = freshRoom()
    await storeCopy(roomId, 'old', 'old text')
    const { copy, docs, connect, opening } = openCopy(roomId, async () => 'new')
    await opening
    expect(docs.text.doc.getText('t').toString()).toBe('')
    expect(copy.getDiscarded()).toBe(true)
    expect(connect).toHaveBeenCalledOnce()
    expect(lastEpoch(roomId)).toBe('new')
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain(localCopyName(roomId, 'old', 'text'))
  })

  it('offline, opens the last epoch’s copy and connects only once the server confirms it', async () => {
    const roomId = freshRoom()
    await storeCopy(roomId, 'e1', 'cached')
    let answer: string | undefined
    const { copy, docs, connect, opening } = openCopy(roomId, async () => answer, 'e1')
    await opening
    expect(docs.text.doc.getText('t').toString()).toBe('cached')
    expect(copy.unconfirmed).toBe(true)
    expect(connect).not.toHaveBeenCalled()
    answer = 'e1'
    await vi.waitFor(() => expect(connect).toHaveBeenCalledOnce())
  })

  it('offline copy of a room re-created meanwhile: discarded and started over, never connected', async () => {
    const roomId = freshRoom()
    await storeCopy(roomId, 'e1', 'cached')
    let answer: string | undefined
    const { connect, restart, opening } = openCopy(roomId, async () => answer, 'e1')
    await opening
    answer = 'e2'
    await vi.waitFor(() => expect(restart).toHaveBeenCalledOnce())
    expect(connect).not.toHaveBeenCalled()
    expect(lastEpoch(roomId)).toBe('e2')
    expect(sessionStorage.getItem(`warrant.epochNotice.${roomId}`)).toBe('1')
    expect(await discardOtherEpochs(roomId, 'e2')).toBe(0)
  })

  it('with no epoch known, connects at once and starts the copy under the doc’s meta.epoch', async () => {
    const roomId = freshRoom()
    const { copy, docs, connect, opening } = openCopy(roomId, async () => undefined)
    await opening
    expect(connect).toHaveBeenCalledOnce()
    docs.map.doc.getMap('meta').set('epoch', 'e9')
    await copy.checkDocEpoch(docs.map.doc)
    expect(lastEpoch(roomId)).toBe('e9')
    await vi.waitFor(() => expect(copy.isStored('map')).toBe(true))
  })
})
