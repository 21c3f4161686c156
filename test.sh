#!/usr/bin/env bash
# Runs every test of the project and ends with one plain line: "N passed, N failed".
#   ./test.sh
# The .NET suites run with xunit; their TRX reports are counted by scripts/count-trx.py.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

if ! dotnet build Nexus.sln -c Release -nologo -v quiet; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

dotnet test Nexus.sln -c Release --no-build --nologo -v quiet --logger trx --results-directory "$results"
python3 scripts/count-trx.py "$results" > "$results/summary.txt"
read -r passed failed < "$results/summary.txt"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
