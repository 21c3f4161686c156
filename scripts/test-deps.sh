#!/usr/bin/env bash
# Installs what the test suite needs beyond the .NET SDK, on Debian: python3 (TRX counting),
# Debian's chromium (the web end-to-end test), playwright-core (web/node_modules) and python3-networkx
# (the graph tests compare Nexus.Graph with NetworkX run live).
# Idempotent and quiet when everything is there.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

need=()
command -v python3 >/dev/null || need+=(python3)
/usr/bin/python3 -c 'import networkx' 2>/dev/null || need+=(python3-networkx)
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v node >/dev/null || need+=(nodejs npm)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]} (apt)…" >&2
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

# `npm ci` rejects this lock file on npm 11 (rollup's optional platform packages), so install from
# the lock with `npm install`, which keeps the locked versions.
if [ ! -d web/node_modules/playwright-core ]; then
  echo "installing web test dependencies (npm)…" >&2
  npm install --prefix web --no-audit --no-fund --loglevel=error >/dev/null
fi
