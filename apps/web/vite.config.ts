import { createRequire } from 'node:module'
import { join } from 'node:path'
import react from '@vitejs/plugin-react'
import { type Plugin, defineConfig } from 'vite'
import { compression, defineAlgorithm } from 'vite-plugin-compression2'

const server = 'http://127.0.0.1:8080'

// micromark's entity decoder has a "browser" build that calls document.createElement at import
// time; the reading worker has no document. Its plain build works everywhere.
const formatsRequire = createRequire(join(import.meta.dirname, '../../packages/formats/package.json'))
const micromarkRequire = createRequire(formatsRequire.resolve('mdast-util-from-markdown'))
// Resolved under Node's conditions, which pick that plain build.
const decodeEntityPlain = createRequire(micromarkRequire.resolve('micromark')).resolve('decode-named-character-reference')

/**
 * Lists every fingerprinted file of the build in /asset-manifest.json, so that the service worker
 * keeps the lazy chunks too (the map pane is one): index.html names only the initial scripts, and
 * a first visit must be enough to open the room offline next time.
 */
function assetManifest(): Plugin {
  return {
    name: 'warrant-asset-manifest',
    apply: 'build',
    generateBundle(_options, bundle) {
      const assets = Object.keys(bundle)
        .filter((file) => file.startsWith('assets/') && !file.endsWith('.map'))
        .sort()
        .map((file) => `/${file}`)
      this.emitFile({ type: 'asset', fileName: 'asset-manifest.json', source: JSON.stringify(assets) })
    },
  }
}

export default defineConfig({
  plugins: [
    react(),
    assetManifest(),
    // Each text file also as .br and .gz, which the server sends to a browser that accepts them
    // (httpHandler): compressed once at build time, at the highest levels, never per request.
    compression({
      include: /\.(js|mjs|css|json|svg|html)$/,
      threshold: 1024,
      algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip', { level: 9 })],
      logLevel: 'silent',
    }),
  ],
  resolve: {
    alias: { 'decode-named-character-reference': decodeEntityPlain },
  },
  server: {
    proxy: {
      '/sync': { target: server, ws: true },
      '/api': server,
      '/healthz': server,
    },
  },
})
