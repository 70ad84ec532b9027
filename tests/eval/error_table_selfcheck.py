#!/usr/bin/env python3
"""Self-check of error_table.py (no pytest): two real devA gold sentences, predictions built
from their gold with one known error of each category, exact counts expected, and the check
against score.py must say OK. Needs ../shared/eval/score.py like error_table.py itself.

usage: tests/eval/error_table_selfcheck.py      (exit 0 and "selfcheck OK" when all pass)
"""
import copy, importlib.util, io, json, sys, tempfile, contextlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("error_table", str(HERE / "error_table.py"))
E = importlib.util.module_from_spec(spec); spec.loader.exec_module(E)

gold = {g["sid"]: g for g in map(json.loads, open(HERE / "devA.gold.jsonl", encoding="utf-8"))
        if g["sid"] in ("zmd_2006#0004", "zmd_2003#0076")}
assert len(gold) == 2, "devA.gold.jsonl lost zmd_2006#0004 or zmd_2003#0076"

def as_pred(g):
    """A perfect prediction of gold sentence g in the JSON output contract."""
    out = {"quantities": [], "metrics": [], "targets": []}
    for q in g["quantities"]:
        out["quantities"].append({k: q[k] for k in ("text", "value", "unit", "qualifier")})
    for s in g["statements"]:
        p = {"indicator": s["indicator"], "value": {"text": s["value"]} if s["value"] else None,
             "change": dict(s["change"]) if s["change"] else None}
        if s["type"] == "target":
            p.update(bound=s["bound"], commitment=s["commitment"])
        out[s["type"] + "s"].append(p)
    for x in out.values():
        for p in x: p["sentence"] = g["sentence"]
    return out

a = as_pred(gold["zmd_2006#0004"])   # 生产总值496.25亿元，增长12.1％，一、二、三产业分别增长8.1％、16.1％和11.3％
q = a["quantities"]
q[0]["unit"] = "吨"                   # q-unit
q[1]["value"] = 12.0                  # q-value
q[2]["qualifier"] = "approx"          # q-qualifier
del q[4]                              # q-missed (11.3％)
q.append({"text": "一、二、三产业", "value": 1, "unit": "", "qualifier": None,
          "sentence": gold["zmd_2006#0004"]["sentence"]})        # q-spurious + q-nonquantity
m = a["metrics"]
gdp_growth, first, second, third = m[1], m[2], m[3], m[4]
a["targets"].append(dict(gdp_growth, bound="exact", commitment="expected"))  # m-type, t-sp-type
first["indicator"] = "分别增长"        # m-boundary, m-sp-boundary
second["change"]["kind"] = "decline"  # m-change
dup = dict(copy.deepcopy(second), indicator="二、三产业")          # m-sp-dup
nogold = dict(copy.deepcopy(second), indicator="统计", change=None,
              value={"text": "一、二、三产业"})                     # m-sp-nogold
a["metrics"] = [m[0], first, second, dup, nogold]   # 12.1％ moved, 11.3％ dropped (m-notfound)

b = as_pred(gold["zmd_2003#0076"])   # 国内生产总值增长1O％，其中第一产业增长5％…
t0 = b["targets"][0]
t0.update(bound="approx", commitment="plan", value={"text": "2020年"})   # t-bound, t-commit, t-value
t0["change"]["kind"] = "decline"                                        # t-change

want = {"q-gold": 9, "q-pred": 9, "q-matched": 8, "q-missed": 1, "q-spurious": 1, "q-unit": 1,
        "q-value": 1, "q-qualifier": 1, "q-nonquantity": 1,
        "m-gold": 5, "m-pred": 5, "m-matched": 2, "m-missed": 3, "m-type": 1, "m-boundary": 1,
        "m-notfound": 1, "m-spurious": 3, "m-sp-type": 0, "m-sp-boundary": 1, "m-sp-dup": 1,
        "m-sp-nogold": 1, "m-value": 0, "m-change": 1,
        "t-gold": 4, "t-pred": 5, "t-matched": 4, "t-missed": 0, "t-spurious": 1, "t-sp-type": 1,
        "t-sp-boundary": 0, "t-sp-dup": 0, "t-sp-nogold": 0, "t-type": 0, "t-boundary": 0,
        "t-notfound": 0, "t-value": 1, "t-change": 1, "t-bound": 1, "t-commit": 1}
with tempfile.TemporaryDirectory() as d:
    json.dump(a, open(Path(d) / "zmd_2006.json", "w", encoding="utf-8"), ensure_ascii=False)
    json.dump(b, open(Path(d) / "zmd_2003.json", "w", encoding="utf-8"), ensure_ascii=False)
    gfile = Path(d) / "gold.jsonl"
    gfile.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold.values()),
                     encoding="utf-8")
    t = E.analyse(list(gold.values()), Path(d))
    got = {k: t.total(k) for k in want}
    bad = {k: (got[k], want[k]) for k in want if got[k] != want[k]}
    good, line = E.check(t, E.score_result([str(gfile), d]))
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        rc = E.main([str(gfile), d, "--list", "m-missed"])
    listing = buf.getvalue()
if bad: print("count mismatch (got, want):", bad)
if not good: print(line)
list_ok = rc == 0 and "[m-missed/m-type] zmd_2006#0004" in listing and "== m-missed: 3" in listing
if not list_ok: print("unexpected --list output:\n" + listing)
print("selfcheck", "OK" if not bad and good and list_ok else "FAILED")
sys.exit(0 if not bad and good and list_ok else 1)
