import { createRequire } from 'node:module'
import { join } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const server = 'http://127.0.0.1:8080'

// micromark's entity decoder has a "browser" build that calls document.createElement at import
// time; the reading worker has no document. Its plain build works everywhere.
const formatsRequire = createRequire(join(import.meta.dirname, '../../packages/formats/package.json'))
const micromarkRequire = createRequire(formatsRequire.resolve('mdast-util-from-markdown'))
// Resolved under Node's conditions, which pick that plain build.
const decodeEntityPlain = createRequire(micromarkRequire.resolve('micromark')).resolve('decode-named-character-reference')

export default defineConfig({
  plugins: [react()],
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
