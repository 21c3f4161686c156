#!/usr/bin/env bash
# Out-of-domain score on re3d (see make_gold.py): builds the gold in a temporary folder, extracts every
# article in one `nexus extract` process, and scores with ../shared/eval/score_extraction.py.
#   eval/re3d/score.sh            (from the repository root; prints the scorer's table and summary line)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 eval/re3d/make_gold.py "$work" >/dev/null
mkdir -p "$work/output"
./nexus extract --json "$work"/articles/*.txt | python3 -c '
import json, os, sys
out = sys.argv[1]
for line in sys.stdin:
    d = json.loads(line)
    stem = os.path.splitext(os.path.basename(d["source"]["path"]))[0]
    open(os.path.join(out, stem + ".json"), "w", encoding="utf-8").write(line)
' "$work/output"
python3 ../shared/eval/score_extraction.py "$work/gold" --output "$work/output"
