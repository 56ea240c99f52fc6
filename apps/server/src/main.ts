import { serverOptionsFromEnv } from './serverOptionsFromEnv'
import { startServer } from './startServer'

const server = await startServer(serverOptionsFromEnv())
console.log(`Warrant is running at ${server.url}/r/sample`)

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
