#!/usr/bin/env bash
# Peak memory (max RSS) and wall time of `zhibiao extract` against input size, for one
# document of UTF-8 text and one of GBK text, up to 200 MB; plus the hostile inputs of
# tests/hostile (generated here). Figures go to benchmarks/README.md ("Peak memory").
#
#   benchmarks/memory.sh [SIZES_MB...]      # default: 1 10 50 100 200
#   ZHIBIAO=build/release/src/cli/zhibiao FORMAT=csv benchmarks/memory.sh 10 50
#
# Inputs: the .txt reports of the shared corpus (../shared/data/corpus/raw), split by
# encoding (valid UTF-8 or not, i.e. GBK), concatenated until the size is reached. Every
# line of copy k ends in " #k" so that the copies differ (the cleaner would skip a body
# saved several times, repeated_body, and measure less). Needs /usr/bin/time. Writes the
# inputs to a temporary directory (up to 2 x 200 MB) and removes them at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${ZHIBIAO:-build/release/src/cli/zhibiao}"
format="${FORMAT:-jsonl}"
shared="../shared/data/corpus/raw"
[[ -x "$bin" ]] || { cmake --preset release >/dev/null && cmake --build --preset release -j2 --target zhibiao_cli; }
[[ -x "$bin" ]] || { echo "memory.sh: no CLI at $bin" >&2; exit 1; }
[[ -d "$shared" ]] || { echo "memory.sh: no corpus at $shared" >&2; exit 1; }
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1 10 50 100 200)
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

utf8_files=(); gbk_files=()
for f in "$shared"/*.txt; do
  if iconv -f UTF-8 -t UTF-8 "$f" >/dev/null 2>&1; then utf8_files+=("$f"); else gbk_files+=("$f"); fi
done

# make_input OUT BYTES FILE...: distinct copies of the files until OUT has BYTES bytes.
make_input() {
  local out="$1" want="$2"; shift 2
  : > "$out"
  local k=1
  while [[ $(stat -c %s "$out") -lt $want ]]; do
    for f in "$@"; do sed "s/\r\?\$/ #$k/" "$f" >> "$out"; done
    k=$((k + 1))
  done
  truncate -s "$want" "$out"
}

measure() {  # label file
  local label="$1" file="$2"
  local mb; mb=$(awk -v b="$(stat -c %s "$file")" 'BEGIN { printf "%.1f", b / 1048576 }')
  local rc=0
  /usr/bin/time -o "$tmp/time" -f '%e %U %S %M' "$bin" extract "$file" --format "$format" -q -o /dev/null \
      2>"$tmp/err" || rc=$?
  local t u sy rss; read -r t u sy rss <<<"$(grep -E '^[0-9.]+ [0-9.]+ [0-9.]+ [0-9]+$' "$tmp/time" | tail -n 1)"
  local ratio; ratio=$(awk -v r="$rss" -v b="$(stat -c %s "$file")" 'BEGIN { printf "%.1f", r * 1024 / b }')
  local note=""; [[ $rc -eq 0 ]] || note="exit $rc: $(head -c 200 "$tmp/err" | tr '\n' ' ')"
  local cpu; cpu=$(awk -v u="$u" -v s="$sy" 'BEGIN { printf "%.2f", u + s }')
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$label" "$mb" "$cpu" "$t" "$((rss / 1024))" "$ratio" "$note"
}

echo "zhibiao: $bin ($(git rev-parse --short HEAD 2>/dev/null || echo '?')), format $format"
echo "| input | MB | CPU s (user+sys) | wall s | peak RSS MB | RSS / input | note |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | --- |"
for s in "${sizes[@]}"; do
  make_input "$tmp/u.txt" $((s * 1048576)) "${utf8_files[@]}"
  measure "UTF-8 reports" "$tmp/u.txt"
  rm -f "$tmp/u.txt"
  make_input "$tmp/g.txt" $((s * 1048576)) "${gbk_files[@]}"
  measure "GBK reports" "$tmp/g.txt"
  rm -f "$tmp/g.txt"
done
if [[ -z "${NO_HOSTILE:-}" ]]; then
  /usr/bin/python3 - "$tmp" <<'EOF'
import sys
d = sys.argv[1]
open(d + "/million.txt", "w").write("增长5%左右，" * 1000000 + "。\n")
open(d + "/noclause.txt", "w").write("全市地区生产总值增长5%左右" * (10 * 2**20 // 39 + 1))
open(d + "/wan.txt", "w").write("万" * (10 * 2**20 // 3 + 1))
open(d + "/digits.txt", "w").write("1234567890" * (2**20 + 1))
open(d + "/percent.txt", "w").write("5%" * (5 * 2**20 + 1))
open(d + "/nested.html", "w").write("<!DOCTYPE html><html><body>" + "<div>" * 1000000 + "<p>全市地区生产总值增长5.5%。</p>" + "</div>" * 1000000 + "</body></html>")
gbk = "增长5%左右，".encode("gbk") * 1000000 + "。\n".encode("gbk")
open(d + "/million_gbk.txt", "wb").write(gbk)
EOF
  measure "hostile: 增长5%左右， x 1M, one sentence" "$tmp/million.txt"
  measure "hostile: the same in GBK" "$tmp/million_gbk.txt"
  measure "hostile: 全市地区生产总值增长5%左右 x 270k, no punctuation" "$tmp/noclause.txt"
  measure "hostile: 万 x 3.5M" "$tmp/wan.txt"
  measure "hostile: digits, 10 MB" "$tmp/digits.txt"
  measure "hostile: 5% x 5M" "$tmp/percent.txt"
  measure "hostile: <div> x 1M nested" "$tmp/nested.html"
fi
