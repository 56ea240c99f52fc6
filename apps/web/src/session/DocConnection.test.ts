// @vitest-environment happy-dom
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import { describe, expect, it } from 'vitest'
import { messageSync } from 'y-websocket'
import * as Y from 'yjs'
import { DocConnection } from './DocConnection'

/** Runs a sync message through the provider's handler, as y-websocket does for a frame; returns its reply. */
function receive(connection: DocConnection, write: (encoder: encoding.Encoder) => void, emitSynced = true): Uint8Array {
  const message = encoding.createEncoder()
  write(message)
  const reply = encoding.createEncoder()
  connection.provider.messageHandlers[messageSync]!(reply, decoding.createDecoder(encoding.toUint8Array(message)), connection.provider, emitSynced, messageSync)
  return encoding.toUint8Array(reply)
}

function serverDoc(): Y.Doc {
  const doc = new Y.Doc()
  doc.getMap('nodes').set('n1', 'a claim')
  return doc
}

describe('DocConnection sync handler', () => {
  it('applies the server’s step 2, marks the provider synced, and counts nothing of it as waiting', () => {
    const doc = new Y.Doc()
    const connection = new DocConnection(doc, 'ws://127.0.0.1:9/sync/room', 'map', () => undefined)
    receive(connection, (encoder) => syncProtocol.writeSyncStep2(encoder, serverDoc()))
    expect(doc.getMap('nodes').get('n1')).toBe('a claim')
    expect(connection.provider.synced).toBe(true)
    // The server's own changes are not this browser's changes waiting for an acknowledgement.
    expect(connection.state().waiting).toBe(0)
    connection.destroy()
  })

  it('an update does not mark the provider synced; a step 1 is answered with what the server lacks', () => {
    const doc = new Y.Doc()
    const connection = new DocConnection(doc, 'ws://127.0.0.1:9/sync/room', 'map', () => undefined)
    receive(connection, (encoder) => {
      encoding.writeVarUint(encoder, syncProtocol.messageYjsUpdate)
      encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(serverDoc()))
    })
    expect(doc.getMap('nodes').size).toBe(1)
    expect(connection.provider.synced).toBe(false)
    doc.getMap('nodes').set('local', 'mine')
    const reply = decoding.createDecoder(receive(connection, (encoder) => syncProtocol.writeSyncStep1(encoder, new Y.Doc())))
    expect([decoding.readVarUint(reply), decoding.readVarUint(reply)]).toEqual([messageSync, syncProtocol.messageYjsSyncStep2])
    const answer = new Y.Doc()
    Y.applyUpdate(answer, decoding.readVarUint8Array(reply))
    expect(answer.getMap('nodes').toJSON()).toEqual({ n1: 'a claim', local: 'mine' })
    connection.destroy()
  })

  it('reports a malformed update and keeps the connection', () => {
    const doc = new Y.Doc()
    const connection = new DocConnection(doc, 'ws://127.0.0.1:9/sync/room', 'map', () => undefined)
    const errors: unknown[] = []
    const original = console.error
    console.error = (...args: unknown[]) => void errors.push(args)
    try {
      receive(connection, (encoder) => {
        encoding.writeVarUint(encoder, syncProtocol.messageYjsUpdate)
        encoding.writeVarUint8Array(encoder, new Uint8Array([1, 2, 3, 250, 250]))
      })
    } finally {
      console.error = original
    }
    expect(errors).toHaveLength(1)
    receive(connection, (encoder) => syncProtocol.writeSyncStep2(encoder, serverDoc()))
    expect(doc.getMap('nodes').get('n1')).toBe('a claim')
    connection.destroy()
  })
})
