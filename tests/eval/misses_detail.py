#!/usr/bin/env python3
"""Detailed error listing for a gold file against a zhibiao output dir, using score.py's own
matching: misses_detail.py GOLD.jsonl PRED_DIR

Beyond score.py --misses it prints unmatched predicted statements in gold sentences (SPUR-*),
missed statements with the same-anchor predictions that failed to match them (MISS-*),
change-kind (CHKIND), qualifier (QUAL), bound (BOUND) and commitment (COMMIT) mismatches and
non-quantity false alarms (NQ-FALSE). Get PRED_DIR with KEEP_OUTPUT=1 score_heldout.sh ZHIBIAO.
"""
import json, sys, importlib.util
from pathlib import Path
spec = importlib.util.spec_from_file_location("score", str(Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "score.py"))
S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S)
gold = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
pd = sys.argv[2]
cache = {}
def pred(doc):
    if doc not in cache:
        f = Path(pd) / f"{doc}.json"
        cache[doc] = json.load(open(f, encoding="utf-8")) if f.exists() else {}
    return cache[doc]
for g in gold:
    p = pred(g["doc"]); gs = S.norm(g["sentence"])
    def mine(items, texts_of):
        return [x for x in items if S.overlaps(S.norm(x.get("sentence")), gs)
                and any(S.norm(t) and S.norm(t) in gs for t in texts_of(x))]
    pq = mine(p.get("quantities", []), lambda x: [x.get("text")])
    pairs = S.greedy(pq, g["quantities"], lambda a, b: S.text_match(a.get("text"), b["text"]))
    for a, b in pairs:
        if (a.get("qualifier") or None) != (b.get("qualifier") or None):
            print("QUAL", g["sid"], b["text"], "pred", a.get("qualifier"), "gold", b.get("qualifier"))
    for n in g["non_quantities"]:
        for a in pq:
            if S.text_match(a.get("text"), n) and not any(S.text_match(a.get("text"), q["text"]) for q in g["quantities"]):
                print("NQ-FALSE", g["sid"], n, "pred", a.get("text"))
    for kind, key in (("metric", "metrics"), ("target", "targets")):
        gst = [s for s in g["statements"] if s["type"] == kind]
        pst = mine(p.get(key, []), S.anchors)
        def ok(a, s):
            return (any(S.text_match(x, y) for x in S.anchors(a) for y in S.anchors(s))
                    and S.similar_indicator(a.get("indicator"), s["indicator"]))
        sp = S.greedy(pst, gst, ok)
        for a, s in sp:
            if s.get("change") and (a.get("change") or {}).get("kind") != s["change"]["kind"]:
                print("CHKIND", g["sid"], s["indicator"], S.anchors(s), "pred", (a.get("change") or {}).get("kind"), "value" if a.get("value") else "", "gold", s["change"]["kind"])
            if kind == "target":
                if a.get("bound") != s.get("bound"):
                    print("BOUND", g["sid"], s["indicator"], S.anchors(s), "pred", a.get("bound"), "gold", s["bound"])
                if a.get("commitment") != s.get("commitment"):
                    print("COMMIT", g["sid"], s["indicator"], S.anchors(s), "pred", a.get("commitment"), "gold", s["commitment"])
        for a in pst:
            if not any(a is x for x, _ in sp):
                ch = a.get("change") or {}
                print(f"SPUR-{kind}", g["sid"], a.get("indicator"), S.anchors(a), ch.get("kind", ""), "|", a["sentence"][:40])
        for s in gst:
            if not any(s is y for _, y in sp):
                # is there a pred on the same anchor with a different indicator? or other type?
                other = [x for x in mine(p.get("targets" if kind == "metric" else "metrics", []), S.anchors)
                         if any(S.text_match(u, v) for u in S.anchors(x) for v in S.anchors(s))]
                same = [x for x in pst if any(S.text_match(u, v) for u in S.anchors(x) for v in S.anchors(s))]
                print(f"MISS-{kind}", g["sid"], s["indicator"], S.anchors(s),
                      "| same-anchor preds:", [x.get("indicator") for x in same], "| as other type:", [x.get("indicator") for x in other])
