#!/usr/bin/env bash
# Apache OpenNLP's POS tagger (Debian package `opennlp`) trained on the same UD EWT train split, scored on
# the same test split (UPOS, gold tokens), with its tagging speed; Nexus's figures come from `nexus eval ud`.
# Usage: bash bench/Nexus.Benchmarks/Text/opennlp-pos.sh   (from the repository root; needs apt-get install opennlp)
set -euo pipefail
ewt=../shared/data/ud-english-ewt
work=$(mktemp -d)
to_opennlp() { # CoNLL-U -> one sentence per line, word_UPOS (spaces inside a word become "~")
  awk -F'\t' '/^#/ {next} NF==0 { if (line != "") print line; line = ""; next }
    $1 ~ /^[0-9]+$/ { gsub(/ /, "~", $2); line = line (line == "" ? "" : " ") $2 "_" $4 }
    END { if (line != "") print line }' "$1"
}
to_opennlp "$ewt/en_ewt-ud-train.conllu" > "$work/train.txt"
to_opennlp "$ewt/en_ewt-ud-test.conllu" > "$work/test.txt"
sed -E 's/_[A-Z]+( |$)/\1/g' "$work/test.txt" > "$work/test-words.txt"
start=$(date +%s.%N)
opennlp POSTaggerTrainer -model "$work/pos.bin" -lang en -data "$work/train.txt" -encoding UTF-8 > "$work/train.log" 2>&1
echo "opennlp training: $(echo "$(date +%s.%N) - $start" | bc) s"
opennlp POSTaggerEvaluator -model "$work/pos.bin" -data "$work/test.txt" -encoding UTF-8 2>/dev/null | grep -i accuracy
words=$(wc -w < "$work/test-words.txt")
start=$(date +%s.%N)
opennlp POSTagger "$work/pos.bin" < "$work/test-words.txt" > "$work/tagged.txt" 2>/dev/null
secs=$(echo "$(date +%s.%N) - $start" | bc)
echo "opennlp tagging: $words words in $secs s (JVM start-up and model load included) = $(echo "$words / $secs" | bc) words/s"
./nexus eval ud --gold "$ewt/en_ewt-ud-test.conllu" | grep -E "UPOS|speed"
rm -rf "$work"
