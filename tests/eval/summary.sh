#!/usr/bin/env bash
# One line per gold set: quantities / FA / metrics / targets F1, change kind, bound, commitment.
# usage: tests/eval/summary.sh PATH/TO/zhibiao [GOLD ...]   (default: seed, heldout, devA)
# devB is the check part of development gold 2: score it only to report, never to tune.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cli=$1; shift
golds=("$@")
if ((${#golds[@]} == 0)); then golds=("$here/../../../shared/eval/seed.gold.jsonl" "$here/heldout.gold.jsonl" "$here/devA.gold.jsonl"); fi
printf '%-10s %6s %7s %6s %6s %6s %6s %6s\n' gold quant FA metric target change bound commit
for g in "${golds[@]}"; do
  "$here/score_gold.sh" "$g" "$cli" --json 2>/dev/null | python3 -c '
import json, sys
d = json.load(sys.stdin); n = sys.argv[1]
print("%-10s %6.3f %7s %6.3f %6.3f %6.3f %6.3f %6.3f" % (n, d["quantity_normalized"]["f1"], d["non_quantity_false_alarms"],
      d["metrics"]["f1"], d["targets"]["f1"], d["change_kind_accuracy"] or 0, d["target_bound_accuracy"] or 0, d["target_commitment_accuracy"] or 0))' "$(basename "$g" .gold.jsonl)"
done
