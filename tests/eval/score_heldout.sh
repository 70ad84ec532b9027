#!/usr/bin/env bash
# Score the zhibiao CLI against the held-out gold (tests/eval/heldout.gold.jsonl).
#
# usage: tests/eval/score_heldout.sh PATH/TO/zhibiao [score.py options, e.g. --misses | --json]
#
# Runs `zhibiao extract FILE --format json -o OUTDIR/ --id DOC` for every held-out document
# into a temporary directory, then `python3 SHARED/eval/score.py GOLD OUTDIR [options]`.
# SHARED is ../shared relative to the repository root (found from this script's location).
# Set KEEP_OUTPUT=1 to keep the temporary output directory (its path is printed on stderr).
set -euo pipefail

if [[ $# -lt 1 ]]; then
  echo "usage: $0 PATH/TO/zhibiao [--misses|--json]" >&2
  exit 2
fi
cli=$1; shift
if [[ ! -x "$cli" ]]; then
  echo "error: '$cli' is not an executable zhibiao binary" >&2
  exit 2
fi

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=$(cd "$root/../shared" && pwd)
gold="$here/heldout.gold.jsonl"
corpus="$shared/data/corpus"

# doc id -> input file (relative to the corpus directory). GBK / HTML inputs are autodetected
# by the CLI; the provincial reports use the derived .txt (full_text column of the CSV).
docs=(
  "nat_2008 raw/nat_2008.txt"
  "nat_2010 raw/nat_2010.txt"
  "prov_zhejiang_2026 derived/prov_zhejiang_2026.txt"
  "prov_henan_2026 derived/prov_henan_2026.txt"
  "cty_hailaer_2013 raw/cty_hailaer_2013.txt"
  "stat_jiangxi_2022 raw/stat_jiangxi_2022.html"
)

out=$(mktemp -d "${TMPDIR:-/tmp}/zhibiao-heldout.XXXXXX")
if [[ "${KEEP_OUTPUT:-0}" == 1 ]]; then
  echo "output kept in $out" >&2
else
  trap 'rm -rf "$out"' EXIT
fi

for entry in "${docs[@]}"; do
  id=${entry%% *}
  file=$corpus/${entry#* }
  if ! "$cli" extract "$file" --format json -o "$out/" --id "$id" >"$out/$id.log" 2>&1; then
    echo "warning: zhibiao extract failed for $id (see below); it will score as missing" >&2
    cat "$out/$id.log" >&2
  fi
  if [[ ! -s "$out/$id.json" ]]; then
    echo "warning: no $id.json produced in $out" >&2
  fi
done

python3 "$shared/eval/score.py" "$gold" "$out" "$@"
