#!/usr/bin/env bash
# Runs the numeral probe (tests/data/numeral_probe.tsv) through `zhibiao normalize` and
# prints pass/total (the same table is checked by tests/unit/normalize_numerals_test.cpp).
#   tests/eval/probe.sh [PATH/TO/zhibiao] [-v]
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cli=${1:-$here/../../build/dev/src/cli/zhibiao}
verbose=${2:-}
pass=0; total=0
while IFS=$'\t' read -r t v h q u; do
  [[ -z "$t" || "$t" == \#* ]] && continue
  total=$((total + 1))
  got=$("$cli" normalize -- "$t" 2>/dev/null | /usr/bin/python3 -c "
import sys, json
l = sys.stdin.read().strip()
if not l:
    print('error'); sys.exit()
q = json.loads(l.splitlines()[0]); r = q['range']
print(q['value_exact'], r[1] if r else '-', q['qualifier'] or 'none', q['unit'] or '-')")
  want="$v $h $q $u"; [[ "$q" == error ]] && want=error
  if [[ "$got" == "$want" ]]; then pass=$((pass + 1)); elif [[ -n "$verbose" ]]; then echo "FAIL $t: got [$got] want [$want]"; fi
done < "$here/../data/numeral_probe.tsv"
echo "probe: $pass/$total"
