#!/usr/bin/env bash
# Builds fuzzing corpora from the project's real reports: every file of the shared data
# (sample, corpus/raw, corpus/derived) cut at line boundaries into pieces of at most
# 4 KB. Written to the build tree, never committed (fuzz/seeds/ holds a few small seeds).
#
#   fuzz/seed.sh [OUT_DIR]          # default: build/fuzz/corpus
#
# Then, e.g.:
#   build/fuzz/fuzz/parse_fuzzer -max_total_time=180 -dict=fuzz/zhibiao.dict \
#       build/fuzz/corpus/parse fuzz/seeds/parse
# (the first directory receives new inputs; findings go to ./crash-*, ./timeout-*).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
shared="${ZHIBIAO_SHARED:-$root/../shared}/data"   # ZHIBIAO_SHARED: the shared checkout (e.g. /work/shared from a worktree)
out="${1:-$root/build/fuzz/corpus}"
[[ -d "$shared" ]] || { echo "seed.sh: no shared data at $shared" >&2; exit 1; }
mkdir -p "$out/parse" "$out/html" "$out/quantity"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

files=("$shared"/sample/*.txt "$shared"/corpus/raw/* "$shared"/corpus/derived/*.txt)
for f in "${files[@]}"; do
  base="$(basename "$f")"; base="${base%.*}"
  ext="${f##*.}"
  rm -f "$tmp"/piece.*
  split -C 4096 -d -a 3 "$f" "$tmp/piece."     # whole lines, <= 4096 bytes each
  for p in "$tmp"/piece.*; do
    n="${p##*.}"
    if [[ "$ext" == html ]]; then
      cp "$p" "$out/html/$base.$n"
      # parse_fuzzer: first byte = options; 0x00 auto/auto, 0x06 auto/html.
      { printf '\x06'; cat "$p"; } > "$out/parse/$base.$n.h"
    else
      { printf '\x00'; cat "$p"; } > "$out/parse/$base.$n"
    fi
  done
done
# GBK pieces also with Encoding::gb18030 forced (option byte 0x02).
for f in "$shared"/corpus/raw/*.txt; do
  base="$(basename "$f" .txt)"
  head -c 4000 "$f" | { printf '\x02'; cat; } > "$out/parse/$base.gb"
done
# quantity_fuzzer: every line of the UTF-8 texts that has a digit or a numeral, <= 512 bytes.
cat "$shared"/sample/*.txt "$shared"/corpus/derived/*.txt \
  | LC_ALL=C grep -E '[0-9]|０|１|２|３|４|５|６|７|８|９|一|二|三|四|五|六|七|八|九|十|百|千|万|亿' | awk 'length($0) <= 512' \
  | split -l 1 -d -a 5 - "$out/quantity/line."
# GBK files converted, for their full-width digits and Chinese-numeral years.
for f in "$shared"/corpus/raw/nat_1956_ljt.txt "$shared"/corpus/raw/nat_1990_ljt.txt; do
  iconv -f GB18030 -t UTF-8 "$f" | LC_ALL=C grep -E '０|１|２|５|９|百分之' | awk 'length($0) <= 512' | head -n 300 \
    | split -l 1 -d -a 5 - "$out/quantity/$(basename "$f" .txt)."
done
echo "seed.sh: $(ls "$out/parse" | wc -l) parse, $(ls "$out/html" | wc -l) html, $(ls "$out/quantity" | wc -l) quantity seeds in $out"
