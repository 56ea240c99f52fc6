import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const benchDir = fileURLToPath(new URL('..', import.meta.url))
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
export const serverDir = fileURLToPath(new URL('../../apps/server', import.meta.url))
export const webDist = fileURLToPath(new URL('../../apps/web/dist', import.meta.url))
export const benchmarksFile = fileURLToPath(new URL('../../BENCHMARKS.md', import.meta.url))

/** Browser benchmarks measure the production build: refuse to start without it. */
export function assertWebBuilt(): void {
  if (!fs.existsSync(path.join(webDist, 'index.html'))) throw new Error(`the web app is not built (${webDist}/index.html missing): run pnpm build`)
}
