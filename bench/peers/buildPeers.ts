/**
 * Builds the peer pages (`bareFlow/`, `bareTiptap/`) with apps/web's Vite (production build) into
 * a temp dir, to be served by `lib/staticServerMain.ts`. The pages import react, react-dom and
 * @tiptap/* from apps/web's node_modules (aliased here: bench has no such deps), and React Flow
 * as published, without Warrant's patches (stockReactFlow.ts).
 * They are plain JS with `createElement`, so no JSX plugin and no type-checking against packages
 * bench does not depend on.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { benchDir, repoRoot } from '../lib/paths'
import { stockReactFlowDir } from './stockReactFlow'

const webModules = path.join(repoRoot, 'apps/web/node_modules')
const peersDir = path.join(benchDir, 'peers')
const benchModules = path.join(benchDir, 'node_modules')
const aliased: [name: string, dir: () => string][] = [
  ['react-dom', () => path.join(webModules, 'react-dom')],
  ['react', () => path.join(webModules, 'react')],
  ['@xyflow/react', () => stockReactFlowDir(webModules)],
  ['@tiptap/core', () => path.join(webModules, '@tiptap/core')],
  ['@tiptap/starter-kit', () => path.join(benchModules, '@tiptap/starter-kit')],
]

interface ViteApi {
  build(config: Record<string, unknown>): Promise<unknown>
}

/** Builds both peer pages into a fresh temp dir and returns it (`bareFlow/index.html`, `bareTiptap/index.html`; their data files go next to each page). */
export async function buildPeers(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'warrant-bench-peers-'))
  const vite = (await import(pathToFileURL(path.join(webModules, 'vite/dist/node/index.js')).href)) as ViteApi
  await vite.build({
    root: peersDir,
    configFile: false,
    logLevel: 'error',
    base: './',
    resolve: { alias: aliased.map(([name, dir]) => ({ find: new RegExp(`^${name.replace('/', '\\/')}(?=/|$)`), replacement: fs.realpathSync(dir()) })) },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: { bareFlow: path.join(peersDir, 'bareFlow/index.html'), bareTiptap: path.join(peersDir, 'bareTiptap/index.html') } },
    },
  })
  // lib/staticServerMain.ts answers unknown paths with the root index.html; give it one.
  fs.writeFileSync(path.join(outDir, 'index.html'), '<!doctype html><title>peers</title>')
  return outDir
}
