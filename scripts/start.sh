#!/usr/bin/env bash
# Starts Warrant on the embedded default (SQLite under WARRANT_DATA_DIR, ./data by default)
# with the sample room ready, and prints its URL. PORT and HOST as in README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "› building the web app"
pnpm --filter @warrant/web build >/dev/null
cd apps/server
exec ./node_modules/.bin/tsx src/main.ts
