#!/usr/bin/env bash
# Runs every test of the project and ends with one plain line: "N passed, N failed".
#   ./test.sh
# Installs what it needs first (scripts/test-deps.sh: python3, Debian's chromium, playwright-core).
# The .NET suites run with xunit (their TRX reports are counted by scripts/count-trx.py); the web
# workbench's end-to-end test drives Debian's chromium with playwright-core (web/e2e/run.mjs).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

if ! bash scripts/test-deps.sh; then
  echo "could not install the test dependencies (scripts/test-deps.sh)"
  echo "0 passed, 1 failed"
  exit 1
fi

if ! dotnet build Nexus.sln -c Release -nologo -v quiet; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

dotnet test Nexus.sln -c Release --no-build --nologo -v quiet --logger trx --results-directory "$results"
python3 scripts/count-trx.py "$results" > "$results/summary.txt"
read -r passed failed < "$results/summary.txt"

# The browser test prints its own "N passed, N failed" last; no such line (a crash) counts as one failure.
node web/e2e/run.mjs 2>&1 | tee "$results/e2e.log"
if e2e=$(tail -n 1 "$results/e2e.log" | grep -E '^[0-9]+ passed, [0-9]+ failed$'); then
  read -r e2e_passed _ e2e_failed _ <<< "$e2e"
else
  e2e_passed=0 e2e_failed=1
fi
passed=$((passed + e2e_passed)) failed=$((failed + e2e_failed))

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
