#!/usr/bin/env bash
# Every check, from a clean clone on a machine with only Node 20 and npm (as root, for apt):
# installs pnpm, Chromium from Debian and the dependencies, then typechecks, lints, runs the
# unit and server tests, builds, and runs the end-to-end specs in real Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

bash scripts/setup.sh
# Chromium for the end-to-end specs; DejaVu, the font map exports are measured and drawn with.
if ! command -v chromium >/dev/null 2>&1 || [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ]; then
  echo "› installing Chromium and fonts from Debian (about a minute)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi

ROOT="$PWD"
rm -rf .artifacts/results && mkdir -p .artifacts/results
echo "› typecheck";  pnpm typecheck
echo "› lint";       pnpm lint
echo "› unit and server tests"
# Every suite runs even when one fails, so the closing line counts them all; the exit status says
# whether anything failed.
status=0
for pkg in packages/model packages/formats apps/server apps/web; do
  echo "  · $pkg"
  (cd "$pkg" && pnpm exec vitest run --reporter=default --reporter=json --outputFile="$ROOT/.artifacts/results/vitest-${pkg//\//-}.json") || status=1
done
echo "› build";      pnpm --filter @warrant/web build
echo "› end-to-end (Chromium)"
pnpm exec playwright test || status=1
node scripts/summarizeResults.mjs .artifacts/results || status=1
exit "$status"
