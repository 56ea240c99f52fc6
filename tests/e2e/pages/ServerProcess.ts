import { type ChildProcess, spawn } from 'node:child_process'
import net from 'node:net'
import { fileURLToPath } from 'node:url'

const serverDir = fileURLToPath(new URL('../../../apps/server', import.meta.url))

/** A Warrant server run as its own process (node + tsx, no shell in between, so a signal reaches it). */
export class ServerProcess {
  private constructor(
    readonly child: ChildProcess,
    readonly url: string,
    readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>,
    readonly output: () => string,
  ) {}

  static start(port: number, dataDir: string): Promise<ServerProcess> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: serverDir,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', WARRANT_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    )
    return new Promise((resolve, reject) => {
      const onData = (chunk: Buffer): void => {
        output += chunk.toString()
        const match = /Warrant is running at (http:\/\/\S+)\/r\/sample/.exec(output)
        if (match?.[1]) resolve(new ServerProcess(child, match[1], exited, () => output))
      }
      child.stdout!.on('data', onData)
      child.stderr!.on('data', onData)
      void exited.then(({ code, signal }) => reject(new Error(`server exited (${code ?? signal}) before it was ready:\n${output}`)))
    })
  }

  /** kill -9: no shutdown handler runs, nothing is flushed. */
  async killHard(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL')
    await this.exited
  }
}

/** A TCP port nobody listens on now (the restarted server comes back on the same one). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}
