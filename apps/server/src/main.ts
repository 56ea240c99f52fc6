import { roles } from '@warrant/model'
import { sampleRoom } from './sample/seedSampleRoomOnce'
import { serverOptionsFromEnv } from './serverOptionsFromEnv'
import { startServer } from './startServer'

const options = serverOptionsFromEnv()
// The converters and renderers load before any client connects: loaded on the first export or
// import instead, they took ~2 s and paused every room's sync 20–91 ms, 14 times.
await Promise.all([import('@warrant/formats'), import('./export/exportRoom')])
const server = await startServer(options)
if (options.seedSample ?? true) {
  // The owner link first, so a new user lands with full rights; the others for a seminar.
  const links = await server.standingLinks(sampleRoom)
  console.log(`Warrant is running at ${links.owner}`)
  for (const role of roles.filter((each) => each !== 'owner')) console.log(`  ${role.padEnd(9)} ${links[role]}`)
} else {
  console.log(`Warrant is running at ${server.url}`)
}

let stopping = false
const stop = (signal: string): void => {
  if (stopping) return
  stopping = true
  console.log(`[server] ${signal}: saving and closing`)
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error('[server] shutdown failed', error)
      process.exit(1)
    },
  )
}
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))
