#!/usr/bin/env bash
# Peer comparison: zhibiao's quantity scanner vs Microsoft Recognizers-Text (Chinese
# number, percentage, currency and dimension models), documents per second over the
# same files, line by line on both sides.
#
#   benchmarks/peer/run.sh            # env: BUILD_DIR (default build/bench), MIN_TIME (s, default 3)
#
# Files: the sample report, every corpus/raw/*.txt (GBK, converted to UTF-8 with iconv)
# and every corpus/derived/*.txt (UTF-8): 22 documents. Needs node + npm (the npm
# registry), iconv, and a configured `bench` build (made here if missing). The peer
# takes about two minutes per pass over the 1.9 MB (it runs at ~0.02 MB/s).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="$root/../shared/data"
build="${BUILD_DIR:-$root/build/bench}"
min_time="${MIN_TIME:-3}"

# 1. zhibiao_scan_bench (Release).
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  (cd "$root" && cmake --preset bench >/dev/null)
fi
cmake --build "$build" -j2 --target zhibiao_scan_bench >/dev/null

# 2. recognizers-text, the versions pinned in package-lock.json.
if [[ ! -d "$here/node_modules/@microsoft/recognizers-text-suite" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

# 3. The same UTF-8 files for both.
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
cp "$shared/sample/hangzhou-xihu-district-20xx.txt" "$tmp/sample.txt"
for f in "$shared"/corpus/raw/*.txt; do
  iconv -f GB18030 -t UTF-8 "$f" > "$tmp/raw_$(basename "$f")"
done
for f in "$shared"/corpus/derived/*.txt; do cp "$f" "$tmp/derived_$(basename "$f")"; done
files=("$tmp"/*.txt)
echo "peer benchmark: ${#files[@]} documents, $(cat "${files[@]}" | wc -c) bytes of UTF-8; node $(node --version); zhibiao $(git -C "$root" rev-parse --short HEAD)"

# 4. Both, one after the other.
peer_out="$(node "$here/peer.js" --min-time "$min_time" "${files[@]}")"
echo "$peer_out" | grep -v '^RESULT'
zb_out="$("$build/benchmarks/zhibiao_scan_bench" --min-time "$min_time" --mode lines "${files[@]}")"
echo "$zb_out" | grep -v '^RESULT'
zb_parse="$("$build/benchmarks/zhibiao_scan_bench" --min-time "$min_time" --mode parse "${files[@]}")"
echo "$zb_parse" | grep -v '^RESULT'

# 5. Ratio.
rate() { echo "$1" | sed -n 's/^RESULT .*docs_per_s=\([0-9.]*\).*/\1/p'; }
p="$(rate "$peer_out")"; z="$(rate "$zb_out")"; zp="$(rate "$zb_parse")"
awk -v p="$p" -v z="$z" -v zp="$zp" 'BEGIN {
  printf "ratio (zhibiao scan_quantities / recognizers-text), documents/s: %.1fx\n", z / p
  printf "ratio (zhibiao full parse / recognizers-text), documents/s:     %.1fx\n", zp / p
}'
