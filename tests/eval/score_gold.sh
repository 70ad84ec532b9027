#!/usr/bin/env bash
# Score the zhibiao CLI against any gold file of this directory (or ../shared/eval).
#
# usage: tests/eval/score_gold.sh GOLD.jsonl PATH/TO/zhibiao [score.py options: --misses | --json]
#
# Every doc id in GOLD is looked up in ../shared/data/corpus/MANIFEST.tsv (provincial CSVs use
# the derived .txt, the sample report is `seed`), extracted with
# `zhibiao extract FILE --format json -o OUTDIR/ --id DOC`, then scored by
# ../shared/eval/score.py. KEEP_OUTPUT=1 keeps OUTDIR (its path is printed on stderr).
set -euo pipefail
if [[ $# -lt 2 ]]; then echo "usage: $0 GOLD.jsonl PATH/TO/zhibiao [--misses|--json]" >&2; exit 2; fi
gold=$(realpath "$1"); cli=$(realpath "$2"); shift 2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
shared=$(cd "$here/../../../shared" && pwd)
corpus="$shared/data/corpus"
out=$(mktemp -d "${TMPDIR:-/tmp}/zhibiao-gold.XXXXXX")
if [[ "${KEEP_OUTPUT:-0}" == 1 ]]; then echo "output kept in $out" >&2; else trap 'rm -rf "$out"' EXIT; fi
for id in $(python3 -c 'import json,sys; print("\n".join(sorted({json.loads(l)["doc"] for l in open(sys.argv[1]) if l.strip()})))' "$gold"); do
  if [[ $id == seed ]]; then file=$shared/data/sample/hangzhou-xihu-district-20xx.txt
  elif [[ -f $corpus/derived/$id.txt ]]; then file=$corpus/derived/$id.txt
  else file=$corpus/$(awk -F'\t' -v id="$id" '$1 == id {print $2}' "$corpus/MANIFEST.tsv"); fi
  if ! "$cli" extract "$file" --format json -o "$out/" --id "$id" >"$out/$id.log" 2>&1; then
    echo "warning: zhibiao extract failed for $id; it scores as missing" >&2; cat "$out/$id.log" >&2
  fi
done
python3 "$shared/eval/score.py" "$gold" "$out" "$@"
