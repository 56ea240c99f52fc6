import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from '@playwright/test'

/** The port and data dir of the server every spec shares (serverRestart.spec.ts runs its own). */
// E2E_PORT lets several people run the suite on one machine at once.
const e2ePort = Number(process.env.E2E_PORT ?? 8183)
const dataDir = join(tmpdir(), `warrant-e2e-data-${e2ePort}`)

const chromiumLaunchOptions = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
}

export default defineConfig({
  testDir: 'tests/e2e',
  // Per port when E2E_PORT is set, so that people running the suite at once do not wipe each other's artifacts.
  outputDir: process.env.E2E_PORT ? `.artifacts/test-results-${e2ePort}` : '.artifacts/test-results',
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  // Two cores: one browser-heavy spec at a time keeps the server and Chromium from starving each other.
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '.artifacts/results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${e2ePort}`,
    viewport: { width: 1400, height: 900 },
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    // A fresh data dir each run, so the sample room is seeded anew and no room is left from before.
    command: `rm -rf '${dataDir}' && mkdir -p '${dataDir}' && cd apps/server && PORT=${e2ePort} HOST=127.0.0.1 WARRANT_DATA_DIR='${dataDir}' ./node_modules/.bin/tsx src/main.ts`,
    url: `http://127.0.0.1:${e2ePort}/healthz`,
    // The server prints the sample room's owner link at start; specs read it from WARRANT_SAMPLE_LINK.
    wait: { stdout: /Warrant is running at (?<warrant_sample_link>http:\/\/\S+\/r\/sample\?token=\S+)/ },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
})
