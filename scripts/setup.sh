#!/usr/bin/env bash
# Installs what Warrant needs on a machine with only Node 20 and npm: pnpm, then the
# workspace's dependencies from the lockfile. Safe to run again (a warm install takes < 1 s).
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.4.2
# better-sqlite3 compiles from source; pnpm 12 ignores .npmrc's nodedir, so it comes from here.
export npm_config_nodedir="${npm_config_nodedir:-/usr}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm -v 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "› installing pnpm $PNPM_VERSION"
  npm install -g "pnpm@$PNPM_VERSION" >/dev/null
fi

echo "› installing dependencies (the first time compiles better-sqlite3: about a minute)"
pnpm install --frozen-lockfile --reporter=append-only 2>&1 | grep -vE 'install: |^\s*$' | tail -n 5
