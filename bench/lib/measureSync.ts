import { syncRates, syncRooms, syncSeconds, syncSendersPerRoom, syncWarmupSeconds } from './options'
import { pinSelfToLoadCore } from './pinning'
import { createRoom } from './createRoom'
import { startPeerServer, startWarrantServer } from './servers'
import { type SyncLoadResult, runSyncLoad } from './syncLoad'

export interface SyncMeasurement {
  ours: SyncLoadResult[]
  peer: SyncLoadResult[]
  /** The unmeasured warm-up load right after each server started (JIT, first SQLite writes). */
  oursColdStart: SyncLoadResult
  peerColdStart: SyncLoadResult
  pinned: boolean
}

/** The same load at each rate against our server (senders with `?ack=1`) and the peer (no acks). */
export async function measureSync(): Promise<SyncMeasurement> {
  const pinned = pinSelfToLoadCore()
  const load = (syncBase: string, ack: boolean, rate: number, seconds = syncSeconds) =>
    runSyncLoad({
      syncBase,
      ack,
      rate,
      rooms: syncRooms,
      sendersPerRoom: syncSendersPerRoom,
      seconds,
      warmupSeconds: seconds === syncSeconds ? syncWarmupSeconds : 0,
      drainMs: 3000,
      // Our server refuses rooms it has not registered and connections without a token.
      ...(syncBase === warrant.syncBase ? { openRoom: async (room: string) => (await createRoom(warrant.httpBase, room)).token } : {}),
    })
  // A fresh server stalls for a few hundred ms on its first load (JIT, lazy modules, first writes):
  // one short load at 200/s first, reported apart, so the rates below measure the steady state.
  const coldStartRate = 200
  const coldStartSeconds = 2
  const ours: SyncLoadResult[] = []
  const peer: SyncLoadResult[] = []
  const warrant = await startWarrantServer()
  const reference = await startPeerServer().catch(async (error: unknown) => {
    await warrant.stop()
    throw error
  })
  let oursColdStart: SyncLoadResult
  let peerColdStart: SyncLoadResult
  try {
    oursColdStart = await load(warrant.syncBase, true, coldStartRate, coldStartSeconds)
    peerColdStart = await load(reference.syncBase, false, coldStartRate, coldStartSeconds)
    // Interleaved per rate, so that both servers meet the same background load on the machine.
    for (const rate of syncRates) {
      process.stdout.write(`  ${rate} updates/s: Warrant server … `)
      ours.push(await load(warrant.syncBase, true, rate))
      process.stdout.write('@y/websocket-server … ')
      peer.push(await load(reference.syncBase, false, rate))
      console.log('done')
    }
  } finally {
    await Promise.all([warrant.stop(), reference.stop()])
  }
  return { ours, peer, oursColdStart, peerColdStart, pinned }
}
