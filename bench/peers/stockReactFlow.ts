import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { repoRoot } from '../lib/paths'

/**
 * The directory of React Flow as published, for the peer page: apps/web's copy carries Warrant's
 * patches (patches/@xyflow__react@<version>.patch), and a peer running them would not be the page
 * a user gets from npm. The patch is reversed on a copy, which is put beside the patched package
 * in pnpm's store so that its own imports (@xyflow/system, zustand, classcat) resolve as the
 * original's do. Made once per patch.
 */
export function stockReactFlowDir(webModules: string): string {
  const patched = fs.realpathSync(path.join(webModules, '@xyflow/react'))
  const { version } = JSON.parse(fs.readFileSync(path.join(patched, 'package.json'), 'utf8')) as { version: string }
  const patchFile = path.join(repoRoot, 'patches', `@xyflow__react@${version}.patch`)
  if (!fs.existsSync(patchFile)) return patched
  const hash = createHash('sha256').update(fs.readFileSync(patchFile)).digest('hex').slice(0, 12)
  const stock = path.join(path.dirname(patched), `react-stock-${hash}`)
  if (fs.existsSync(path.join(stock, 'package.json'))) return stock
  // Reversed outside the repository: inside one, git apply takes paths from its top.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'warrant-stock-flow-'))
  try {
    fs.cpSync(patched, scratch, { recursive: true, dereference: true })
    execFileSync('git', ['apply', '--reverse', '-p1', patchFile], { cwd: scratch, stdio: 'pipe' })
    fs.cpSync(scratch, `${stock}.partial`, { recursive: true })
    fs.renameSync(`${stock}.partial`, stock)
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true })
  }
  return stock
}
