#!/usr/bin/python3
"""Runs the peer's Chinese number and percentage conformance cases through zhibiao.

    /usr/bin/python3 tests/eval/peer_suite.py [--cli build/dev/src/cli/zhibiao] [--verbose]

Cases: tests/data/peer_numbers.tsv (Microsoft Recognizers-Text, Specs/Number/Chinese/
NumberModel.json and PercentModel.json; provenance in tests/data/PROVENANCE.md). Each line
has the peer's expected results and a scope judged for zhibiao (`in`, or `out: reason`).

How a case is checked (zhibiao reports amounts, not bare numbers, so the peer's spans are
not compared; its values are):
- expected results `text=>value || ...`: every expected text, given to `zhibiao normalize`,
  must give that value (|difference| <= 1e-6, since zhibiao rounds fractions to 6 places
  and the peer prints float noise); for the Percent model the unit must be a percent
  (`%` or `百分点`).
- expected `-` (nothing): `zhibiao quantities` on the input finds no quantity, and, for the
  Percent model, `zhibiao normalize` gives no percentage.
Prints pass/total of the in-scope cases (and of each model); --verbose lists the failures.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def normalize(cli, text):
    r = subprocess.run([cli, "normalize", "--", text], capture_output=True, text=True)
    if r.returncode != 0 or not r.stdout.strip():
        return None, r.stderr.strip()
    return json.loads(r.stdout.splitlines()[0]), ""


def quantities(cli, text):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(text + "\n")
        path = f.name
    try:
        r = subprocess.run([cli, "quantities", path], capture_output=True, text=True)
        return [json.loads(l) for l in r.stdout.splitlines() if l.strip()]
    finally:
        os.unlink(path)


def is_percent(q):
    sym = q.get("unit") or ""
    if isinstance(sym, dict):
        sym = sym.get("symbol", "")
    return sym in ("%", "百分点")


def value_of(q):
    v = q.get("value_exact", q.get("value"))
    return Decimal(str(v))


def check(cli, model, inp, expected):
    if expected == "-":
        found = quantities(cli, inp)
        if found:
            return False, "found " + ", ".join(q.get("text", "") for q in found)
        if model == "percent":
            q, _ = normalize(cli, inp.strip())
            if q is not None and is_percent(q):
                return False, "normalize gives a percentage"
        return True, ""
    for item in expected.split(" || "):
        text, want = item.rsplit("=>", 1)
        q, err = normalize(cli, text.strip())
        if q is None:
            return False, f"{text!r}: {err.splitlines()[0] if err else 'no output'}"
        got = value_of(q)
        if abs(got - Decimal(want)) > Decimal("0.000001"):
            return False, f"{text!r}: got {got}, want {want}"
        if model == "percent" and not is_percent(q):
            return False, f"{text!r}: unit {q.get('unit')!r} is not a percent"
    return True, ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(ROOT, "build/dev/src/cli/zhibiao"))
    ap.add_argument("--cases", default=os.path.join(ROOT, "tests/data/peer_numbers.tsv"))
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    totals = {}
    out_of_scope = 0
    failures = []
    with open(a.cases, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            model, inp, expected, scope = line.split("\t")
            if scope != "in":
                out_of_scope += 1
                continue
            ok, why = check(a.cli, model, inp, expected)
            t = totals.setdefault(model, [0, 0])
            t[0] += ok
            t[1] += 1
            if not ok:
                failures.append(f"{model}\t{inp}\t{why}")
    passed = sum(t[0] for t in totals.values())
    total = sum(t[1] for t in totals.values())
    for m, (p, n) in sorted(totals.items()):
        print(f"{m}: {p}/{n}")
    print(f"in scope: {passed}/{total} ({100.0 * passed / max(total, 1):.1f}%), out of scope: {out_of_scope}")
    if a.verbose:
        for fl in failures:
            print("FAIL\t" + fl)
    return 0


if __name__ == "__main__":
    sys.exit(main())
