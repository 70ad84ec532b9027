#!/usr/bin/env bash
# Compare two zhibiao CLIs on every document of ../shared/data (JSON and CSV outputs).
# usage: scripts/corpus-diff.sh OLD_CLI NEW_CLI   -> lists the files whose output differs
set -euo pipefail
old=$(realpath "$1"); new=$(realpath "$2")
shared=$(cd "$(dirname "$0")/../../shared" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
n=0; d=0
for f in "$shared"/data/sample/*.txt "$shared"/data/corpus/raw/*.txt "$shared"/data/corpus/raw/*.html "$shared"/data/corpus/derived/*.txt; do
  for fmt in json csv; do
    "$old" extract "$f" --format $fmt >"$tmp/a" 2>/dev/null || true
    "$new" extract "$f" --format $fmt >"$tmp/b" 2>/dev/null || true
    n=$((n + 1))
    if ! cmp -s "$tmp/a" "$tmp/b"; then d=$((d + 1)); echo "differs: $(basename "$f") $fmt"; fi
  done
done
echo "$d of $n outputs differ"
