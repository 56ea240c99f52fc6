import { type ChildProcess, spawn } from 'node:child_process'
import { serverCorePrefix } from './pinning'

export interface ChildServer {
  name: string
  port: number
  pid: number
  /** The `ready` match (group 1 is the port; later groups are the caller's). */
  ready: RegExpExecArray
  /** SIGTERM, then SIGKILL if it has not exited after a few seconds. */
  stop(): Promise<void>
}

export interface SpawnOptions {
  name: string
  /** e.g. ['node', '--import', 'tsx', 'src/main.ts'] */
  command: string[]
  cwd: string
  env?: NodeJS.ProcessEnv
  /** Matches a line of stdout once the server listens; group 1 is the port. */
  ready: RegExp
  startTimeoutMs?: number
}

/** Children still running; killed if this process exits early (a crash must not leave servers behind). */
const running = new Set<ChildProcess>()
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL')
})

/** Starts a server as a child process on the server core and waits until it prints its port. */
export function spawnServer(options: SpawnOptions): Promise<ChildServer> {
  const [command, ...args] = [...serverCorePrefix(), ...options.command]
  const child = spawn(command!, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] })
  running.add(child)
  child.once('exit', () => running.delete(child))
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`${options.name} did not start within ${options.startTimeoutMs ?? 20_000} ms:\n${output}`))
    }, options.startTimeoutMs ?? 20_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = options.ready.exec(output)
      if (match) {
        clearTimeout(timer)
        child.stdout!.off('data', onData)
        // BENCH_VERBOSE: the server's later output too (a GC trace from BENCH_SERVER_NODE_FLAGS).
        if (process.env.BENCH_VERBOSE) child.stdout!.on('data', (later: Buffer) => process.stderr.write(`[${options.name}] ${later}`))
        else child.stdout!.resume()
        resolve({ name: options.name, port: Number(match[1]), pid: child.pid!, ready: match, stop: () => stopChild(child) })
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (process.env.BENCH_VERBOSE) process.stderr.write(`[${options.name}] ${chunk}`)
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${options.name} exited with ${code} before it was ready:\n${output}`))
    })
  })
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5000)
    child.once('exit', () => {
      clearTimeout(kill)
      resolve()
    })
    child.kill('SIGTERM')
  })
}
