import { fileURLToPath } from 'node:url'

export const benchDir = fileURLToPath(new URL('..', import.meta.url))
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
export const serverDir = fileURLToPath(new URL('../../apps/server', import.meta.url))
export const webDist = fileURLToPath(new URL('../../apps/web/dist', import.meta.url))
export const benchmarksFile = fileURLToPath(new URL('../../BENCHMARKS.md', import.meta.url))
