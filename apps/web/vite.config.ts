import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const server = 'http://127.0.0.1:8080'

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/sync': { target: server, ws: true },
      '/api': server,
      '/healthz': server,
    },
  },
})
