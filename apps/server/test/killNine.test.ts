import { afterEach, expect, test } from 'vitest'
import { readStoredDoc } from './helpers/readStoredDoc'
import { freePort, startServerProcess, type ServerProcess } from './helpers/serverProcess'
import { createRoom } from './helpers/rooms'
import { localClock, syncClient, type SyncClient } from './helpers/syncClient'
import { tempDataDir } from './helpers/tempDataDir'
import { waitFor } from './helpers/waitFor'

let server: ServerProcess | undefined
const clients: SyncClient[] = []
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  if (server && server.child.exitCode === null && server.child.signalCode === null) {
    server.child.kill('SIGKILL')
    await server.exited
  }
})

interface Writer {
  client: SyncClient
  name: string
  /** The writer's own clock after each edit, by edit number. */
  clockAfter: number[]
  /** Highest edit number covered by a saved ack. */
  acked: number
}

test('kill -9 loses no update that was acknowledged as saved', async () => {
  const dataDir = tempDataDir()
  const port = await freePort()
  server = await startServerProcess(port, dataDir)
  const crash = await createRoom(server.url, 'crash')
  const writers: Writer[] = ['ada', 'ben', 'cy'].map((name) => {
    const client = syncClient(server!.url, crash, 'map', true)
    clients.push(client)
    return { client, name, clockAfter: [], acked: -1 }
  })
  await Promise.all(writers.map((writer) => writer.client.synced()))

  let editing = true
  const edit = (writer: Writer): void => {
    if (!editing) return
    const n = writer.clockAfter.length
    writer.client.doc.getMap('nodes').set(`${writer.name}-${n}`, n)
    writer.clockAfter.push(localClock(writer.client.doc))
    setImmediate(() => edit(writer))
  }
  const trackAcks = (writer: Writer): void => {
    const { doc } = writer.client
    const savedClock = writer.client.saved.at(-1)?.get(doc.clientID) ?? 0
    while (writer.acked + 1 < writer.clockAfter.length && writer.clockAfter[writer.acked + 1]! <= savedClock) {
      writer.acked += 1
    }
  }
  writers.forEach(edit)
  await waitFor(() => {
    writers.forEach(trackAcks)
    return writers.every((writer) => writer.acked >= 30)
  }, 'each writer to have 30 edits acknowledged')

  // Mid-stream: edits and acks are still flowing when the process dies.
  server.child.kill('SIGKILL')
  const { signal } = await server.exited
  editing = false
  writers.forEach(trackAcks)
  expect(signal).toBe('SIGKILL')
  console.log(writers.map((w) => `${w.name}: ${w.acked + 1} acked of ${w.clockAfter.length}`).join(', '))

  const stored = readStoredDoc(dataDir, 'crash/map').getMap('nodes')
  for (const writer of writers) {
    for (let n = 0; n <= writer.acked; n += 1) expect(stored.get(`${writer.name}-${n}`), `${writer.name}-${n}`).toBe(n)
  }

  server = await startServerProcess(port, dataDir)
  const checker = syncClient(server.url, crash, 'map')
  clients.push(checker)
  const total = writers.reduce((sum, writer) => sum + writer.clockAfter.length, 0)
  await waitFor(
    () => [checker, ...writers.map((writer) => writer.client)].every((client) => client.doc.getMap('nodes').size === total),
    'every client to converge after reconnecting',
    20_000,
  )
  const expected = checker.doc.getMap('nodes').toJSON()
  for (const writer of writers) expect(writer.client.doc.getMap('nodes').toJSON()).toEqual(expected)
  for (const writer of writers) await writer.client.savedAll()
})
