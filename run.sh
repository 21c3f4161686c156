#!/usr/bin/env bash
# Quick start: build Nexus, ingest a folder of articles into a fresh SQLite store, print the map it found.
#   ./run.sh                 # the three seed articles in ../shared/seeds
#   ./run.sh PATH [DB]       # any folder or file of articles (.txt, .html, .json, .jsonl)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
articles="${1:-../shared/seeds}"
db="${2:-nexus.db}"
rm -f "$db" "$db-wal" "$db-shm"
./nexus ingest --db "$db" "$articles"
./nexus articles --db "$db"
echo
./nexus map --db "$db"
