#!/usr/bin/env python3
"""Per-category error table for zhibiao extraction output against sentence-level gold.

usage: error_table.py GOLD.jsonl[,GOLD2.jsonl...] PRED_DIR [--by-doc] [--markdown]
                      [--list CATEGORY[,CATEGORY...]|all]

PRED_DIR holds one <doc>.json per document (get one with KEEP_OUTPUT=1 score_gold.sh or
score_heldout.sh). Matching is score.py's own: this script imports ../shared/eval/score.py
(relative to the repository root, two levels above this file; from a git worktree whose
../shared is absent, the main checkout's ../shared) and uses its norm, overlaps, text_match,
similar_indicator, same_value, norm_unit, anchors and greedy. It then checks its totals against
score.py's own result (score.main() run on the same arguments) and prints a check line; the
exit status is 1 if they disagree.

Per gold sentence G, the predictions "in G" are score.py's: a prediction whose sentence
overlaps G's sentence and one of whose anchor texts (a quantity's text; a statement's value
text or change text) occurs in G's normalised sentence. Predictions in sentences that were not
annotated are ignored. Counting is per gold sentence, summed per document and in total.

Quantities (gold quantities of G against quantity predictions in G; pairs = score.greedy with
text_match on text, gold order, first unused prediction):
  q-matched      gold quantity paired with a prediction                 (= score q_found)
  q-missed       gold quantity left unpaired               (q-missed + q-matched = gold)
  q-spurious     predicted quantity left unpaired          (q-spurious + q-matched = pred)
  q-unit         pair whose norm_unit differs (value may differ too: a unit misread usually
                 moves the scale)
  q-value        pair with the same unit whose value is not same_value
                 (q-matched - q-unit - q-value = score quantity_normalized tp)
  q-qualifier    pair whose qualifier differs (null = absent); independent of unit/value
                 (q-matched - q-qualifier = score's qualifier-correct count)
  q-nonquantity  gold non-quantity string n of G (each listed occurrence) such that some
                 prediction in G has text_match(text, n) and text_matches no gold quantity of G
                 (= score nq_false). Those predictions are also q-spurious.

Statements, for metrics (m-) and targets (t-) separately: gold statements of that type against
predictions of that list in G; a pair needs ok(p, s) = some anchor of p text_matches some anchor
of s and similar_indicator(p.indicator, s.indicator) (score.greedy as above).
  X-matched      gold statement paired                                   (= score tp)
  X-missed       gold statement left unpaired                (X-missed + X-matched = gold)
    X-type         of which: an unpaired prediction of the OTHER type in G satisfies ok(p, s)
                   (a gold metric found as a target, or vice versa)
    X-boundary     else: an unpaired prediction of either type in G shares an anchor with s
                   (text_match) but its indicator is not similar_indicator
    X-notfound     else: no unpaired prediction in G with one of s's anchors
                   (X-type + X-boundary + X-notfound = X-missed)
  X-spurious     predicted statement left unpaired           (X-spurious + X-matched = pred)
    X-sp-type      of which: it satisfies ok(p, s) for a missed gold statement of the other type
    X-sp-boundary  else: it shares an anchor with a missed gold statement (either type)
    X-sp-dup       else: it shares an anchor with a gold statement that is already paired
                   (a second reading of a gold statement)
    X-sp-nogold    else: its anchors are in no gold statement of G (a false alarm)
                   (the four add up to X-spurious)
  X-value        pair whose value texts do not text_match (a missing value counts as "", so
                 value present on one side only is wrong)
  X-change       pair where the gold has a change and the predicted change kind differs or is
                 absent (m-change + t-change = score's change-kind errors)
  t-bound        target pair whose bound differs         (t-matched - t-bound = score's ok)
  t-commit       target pair whose commitment differs    (t-matched - t-commit = score's ok)

--list CATEGORY prints every item of that category (a parent such as t-missed lists all its
items, each tagged with its sub-category) with sid, a sentence excerpt around the anchor, the
gold fields and the predicted fields; for missed statements also the same-anchor predictions.
"""
import contextlib, importlib.util, io, json, signal, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def find_score_py():
    tried = [ROOT.parent / "shared" / "eval" / "score.py"]
    git = ROOT / ".git"
    if git.is_file():  # a git worktree: .git is "gitdir: MAIN/.git/worktrees/NAME"
        text = git.read_text(encoding="utf-8").strip()
        if text.startswith("gitdir:"):
            gitdir = Path(text[len("gitdir:"):].strip())
            common = gitdir / "commondir"
            common = (gitdir / common.read_text().strip()).resolve() if common.is_file() else gitdir
            tried.append(common.parent.parent / "shared" / "eval" / "score.py")
    for p in tried:
        if p.is_file():
            return p
    sys.exit("error_table.py: cannot find score.py; looked for " + ", ".join(map(str, tried))
             + " (../shared/eval/score.py relative to the repository root " + str(ROOT) + ")")


def load_score():
    path = find_score_py()
    spec = importlib.util.spec_from_file_location("score", str(path))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod, path


S, SCORE_PATH = load_score()

# (key, label) in table order; "  " marks a sub-category of the row above it.
Q_ROWS = [("q-gold", "gold quantities"), ("q-pred", "predicted quantities"),
          ("q-matched", "matched"), ("q-missed", "missed quantity"),
          ("q-spurious", "spurious quantity"), ("q-unit", "unit wrong"),
          ("q-value", "value wrong (unit right)"), ("q-qualifier", "qualifier wrong"),
          ("q-nonquantity", "non-quantity false alarm")]
def st_rows(k, name):
    rows = [(f"{k}-gold", f"gold {name}s"), (f"{k}-pred", f"predicted {name}s"),
            (f"{k}-matched", "matched"), (f"{k}-missed", f"missed {name}"),
            (f"{k}-type", "  wrong type"), (f"{k}-boundary", "  indicator boundary"),
            (f"{k}-notfound", "  not found"), (f"{k}-spurious", f"spurious {name}"),
            (f"{k}-sp-type", "  wrong type"), (f"{k}-sp-boundary", "  indicator boundary"),
            (f"{k}-sp-dup", "  duplicate of a matched gold"), (f"{k}-sp-nogold", "  no gold statement"),
            (f"{k}-value", "value wrong"), (f"{k}-change", "change kind wrong")]
    if k == "t":
        rows += [("t-bound", "bound wrong"), ("t-commit", "commitment wrong")]
    return rows
SECTIONS = [("quantities", Q_ROWS), ("metrics", st_rows("m", "metric")),
            ("targets", st_rows("t", "target"))]
PARENT = {"type": "missed", "boundary": "missed", "notfound": "missed", "sp-type": "spurious",
          "sp-boundary": "spurious", "sp-dup": "spurious", "sp-nogold": "spurious"}
LISTABLE = [k for _, rows in SECTIONS for k, _ in rows
            if not k.endswith(("-gold", "-pred", "-matched"))]


def vtext(st):
    v = st.get("value")
    return v.get("text") if isinstance(v, dict) else v


def ctext(st):
    c = st.get("change")
    return f'{c.get("kind")}:{c.get("text")}' if isinstance(c, dict) else None


def show_q(q):
    return f'{q.get("text")!r} value={q.get("value")} unit={q.get("unit")!r} qualifier={q.get("qualifier")}'


def show_st(st, kind=None):
    s = f'{kind or st.get("type")} indicator={st.get("indicator")!r} value={vtext(st)!r} change={ctext(st)}'
    fr = st.get("from")
    if isinstance(fr, dict): fr = fr.get("text")
    if fr: s += f" from={fr!r}"
    if "bound" in st or "commitment" in st:
        s += f' bound={st.get("bound")} commitment={st.get("commitment")}'
    return s


def other_sentence(p, gs):
    """' [pred sentence: …]' when the prediction's sentence is not the gold sentence itself."""
    ps = p.get("sentence") or ""
    return "" if S.norm(ps) == gs else f" [pred sentence: {ps[:60]}{'…' if len(ps) > 60 else ''}]"


def excerpt(sentence, anchor, width=28):
    i = sentence.find(anchor) if anchor else -1
    if i < 0:
        return sentence[:2 * width] + ("…" if len(sentence) > 2 * width else "")
    a, b = max(0, i - width), min(len(sentence), i + len(anchor) + width)
    return ("…" if a else "") + sentence[a:b] + ("…" if b < len(sentence) else "")


class Table:
    def __init__(self):
        self.docs, self.count, self.items = [], {}, []

    def add(self, doc, cats, n=1):
        for c in cats:
            self.count[(doc, c)] = self.count.get((doc, c), 0) + n

    def item(self, doc, cats, sid, sentence, anchor, lines):
        self.add(doc, cats)
        self.items.append((cats, sid, excerpt(sentence, anchor), lines))

    def total(self, c):
        return sum(self.count.get((d, c), 0) for d in self.docs)


def analyse(gold, pred_dir):
    t = Table()
    cache = {}
    def pred_for(doc):
        if doc not in cache:
            f = pred_dir / f"{doc}.json"
            cache[doc] = json.load(open(f, encoding="utf-8")) if f.exists() else {}
        return cache[doc]
    for g in gold:
        doc, sid, sent = g["doc"], g["sid"], g["sentence"]
        if doc not in t.docs: t.docs.append(doc)
        pred = pred_for(doc)
        gs = S.norm(sent)
        def mine(items, texts_of):
            return [p for p in items if S.overlaps(S.norm(p.get("sentence")), gs)
                    and any(S.norm(x) and S.norm(x) in gs for x in texts_of(p))]
        show_pq = lambda p: "pred: " + show_q(p) + other_sentence(p, gs)
        show_pst = lambda p, kind: "pred: " + show_st(p, kind) + other_sentence(p, gs)
        # quantities
        pq, gq = mine(pred.get("quantities", []), lambda p: [p.get("text")]), g["quantities"]
        pairs = S.greedy(pq, gq, lambda p, q: S.text_match(p.get("text"), q["text"]))
        t.add(doc, ["q-gold"], len(gq)); t.add(doc, ["q-pred"], len(pq))
        t.add(doc, ["q-matched"], len(pairs))
        for p, q in pairs:
            lines = ["gold: " + show_q(q), show_pq(p)]
            if S.norm_unit(p.get("unit")) != S.norm_unit(q["unit"]):
                t.item(doc, ["q-unit"], sid, sent, q["text"], lines)
            elif not S.same_value(p.get("value"), q["value"]):
                t.item(doc, ["q-value"], sid, sent, q["text"], lines)
            if (p.get("qualifier") or None) != (q.get("qualifier") or None):
                t.item(doc, ["q-qualifier"], sid, sent, q["text"], lines)
        for q in gq:
            if not any(q is b for _, b in pairs):
                t.item(doc, ["q-missed"], sid, sent, q["text"], ["gold: " + show_q(q)])
        for p in pq:
            if not any(p is a for a, _ in pairs):
                t.item(doc, ["q-spurious"], sid, sent, p.get("text"), [show_pq(p)])
        for n in g.get("non_quantities", []):
            hits = [p for p in pq if S.text_match(p.get("text"), n)
                    and not any(S.text_match(p.get("text"), q["text"]) for q in gq)]
            if hits:
                t.item(doc, ["q-nonquantity"], sid, sent, n,
                       [f"gold non-quantity: {n!r}"] + [show_pq(p) for p in hits])
        # statements: first pair both types, then classify the leftovers across types
        def ok(p, s):
            return (any(S.text_match(a, b) for a in S.anchors(p) for b in S.anchors(s))
                    and S.similar_indicator(p.get("indicator"), s["indicator"]))
        def share_anchor(p, s):
            return any(S.text_match(a, b) for a in S.anchors(p) for b in S.anchors(s))
        R = {}
        for kind, key in (("metric", "metrics"), ("target", "targets")):
            gst = [s for s in g["statements"] if s["type"] == kind]
            pst = mine(pred.get(key, []), S.anchors)
            sp = S.greedy(pst, gst, ok)
            R[kind] = dict(gst=gst, pst=pst, sp=sp,
                           missed=[s for s in gst if not any(s is b for _, b in sp)],
                           spur=[p for p in pst if not any(p is a for a, _ in sp)])
        for kind, other in (("metric", "target"), ("target", "metric")):
            k, r, o = kind[0], R[kind], R[other]
            t.add(doc, [f"{k}-gold"], len(r["gst"])); t.add(doc, [f"{k}-pred"], len(r["pst"]))
            t.add(doc, [f"{k}-matched"], len(r["sp"]))
            for p, s in r["sp"]:
                lines = ["gold: " + show_st(s), show_pst(p, kind)]
                anchor = (S.anchors(s) or [None])[0]
                if not S.text_match(vtext(p) or "", vtext(s) or ""):
                    t.item(doc, [f"{k}-value"], sid, sent, anchor, lines)
                if s.get("change"):
                    t.add(doc, ["ch-n"])
                if s.get("change") and (p.get("change") or {}).get("kind") != s["change"]["kind"]:
                    t.item(doc, [f"{k}-change"], sid, sent, anchor, lines)
                if kind == "target":
                    if p.get("bound") != s.get("bound"):
                        t.item(doc, ["t-bound"], sid, sent, anchor, lines)
                    if p.get("commitment") != s.get("commitment"):
                        t.item(doc, ["t-commit"], sid, sent, anchor, lines)
            for s in r["missed"]:
                anchor = (S.anchors(s) or [None])[0]
                as_other = [p for p in o["spur"] if ok(p, s)]
                same = [(kind, p) for p in r["spur"] if share_anchor(p, s)] + \
                       [(other, p) for p in o["spur"] if share_anchor(p, s)]
                sub = "type" if as_other else "boundary" if same else "notfound"
                shown = [(other, p) for p in as_other] if as_other else same
                t.item(doc, [f"{k}-missed", f"{k}-{sub}"], sid, sent, anchor,
                       ["gold: " + show_st(s)] + [show_pst(p, pk) for pk, p in shown])
            matched_gold = [s for x in R.values() for _, s in x["sp"]]
            missed_gold = [s for x in R.values() for s in x["missed"]]
            for p in r["spur"]:
                anchor = (S.anchors(p) or [None])[0]
                types = [s for s in o["missed"] if ok(p, s)]
                bnd = [s for s in missed_gold if share_anchor(p, s)]
                dup = [s for s in matched_gold if share_anchor(p, s)]
                sub, shown = (("sp-type", types) if types else ("sp-boundary", bnd) if bnd
                              else ("sp-dup", dup) if dup else ("sp-nogold", []))
                t.item(doc, [f"{k}-spurious", f"{k}-{sub}"], sid, sent, anchor,
                       [show_pst(p, kind)] + ["gold: " + show_st(s) for s in shown])
    t.missing = sum(1 for g in gold if not pred_for(g["doc"]))  # sentences, as score.py counts
    return t


def score_result(argv):
    """score.py's own result (its main() with --json) on the same gold and prediction dir."""
    saved, buf = sys.argv, io.StringIO()
    try:
        sys.argv = ["score.py", argv[0], argv[1], "--json"]
        with contextlib.redirect_stdout(buf):
            S.main()
    finally:
        sys.argv = saved
    return json.loads(buf.getvalue())


def check(t, res):
    """Compare this table's totals with score.py's result; return (ok, line)."""
    T = t.total
    acc = lambda ok, n: round(ok / n, 4) if n else None
    qm, mm, tm = T("q-matched"), T("m-matched"), T("t-matched")
    want = {
        "quantity_detection": (qm, T("q-pred"), T("q-gold")),
        "quantity_normalized tp": qm - T("q-unit") - T("q-value"),
        "qualifier_accuracy": acc(qm - T("q-qualifier"), qm),
        "non_quantity_false_alarms": T("q-nonquantity"),
        "metrics": (mm, T("m-pred"), T("m-gold")),
        "targets": (tm, T("t-pred"), T("t-gold")),
        "target_bound_accuracy": acc(tm - T("t-bound"), tm),
        "target_commitment_accuracy": acc(tm - T("t-commit"), tm),
    }
    got = {
        "quantity_detection": tuple(res["quantity_detection"][x] for x in ("tp", "pred", "gold")),
        "quantity_normalized tp": res["quantity_normalized"]["tp"],
        "qualifier_accuracy": res["qualifier_accuracy"],
        "non_quantity_false_alarms": int(res["non_quantity_false_alarms"].split("/")[0]),
        "metrics": tuple(res["metrics"][x] for x in ("tp", "pred", "gold")),
        "targets": tuple(res["targets"][x] for x in ("tp", "pred", "gold")),
        "target_bound_accuracy": res["target_bound_accuracy"],
        "target_commitment_accuracy": res["target_commitment_accuracy"],
    }
    bad = [f"{k}: table {want[k]} vs score.py {got[k]}" for k in want if want[k] != got[k]]
    if (qm + T("q-missed") != res["quantity_detection"]["gold"]
            or qm + T("q-spurious") != res["quantity_detection"]["pred"]):
        bad.append("quantities: matched + missed / spurious differ from score.py's gold / pred")
    if t.missing != res["docs_without_output"]:
        bad.append(f'sentences without output: table {t.missing} vs score.py {res["docs_without_output"]}')
    # change kind: score.py pools metrics and targets over matched pairs whose gold has a change
    chw, chn = T("m-change") + T("t-change"), T("ch-n")
    if acc(chn - chw, chn) != res["change_kind_accuracy"]:
        bad.append(f'change_kind_accuracy: table {acc(chn - chw, chn)} vs score.py '
                   f'{res["change_kind_accuracy"]}')
    ch_txt = f"change kind {chn - chw} right + {chw} wrong = {chn} gold changes matched"
    parts = [f'quantities {qm} matched + {T("q-missed")} missed = {T("q-gold")} gold, '
             f'+ {T("q-spurious")} spurious = {T("q-pred")} pred, '
             f'{qm - T("q-unit") - T("q-value")} normalized']
    for k, name in (("m", "metrics"), ("t", "targets")):
        sub = sum(T(f"{k}-{c}") for c in ("type", "boundary", "notfound"))
        ssub = sum(T(f"{k}-{c}") for c in ("sp-type", "sp-boundary", "sp-dup", "sp-nogold"))
        if sub != T(f"{k}-missed") or ssub != T(f"{k}-spurious"):
            bad.append(f"{name}: sub-categories do not add up")
        if (T(f"{k}-matched") + T(f"{k}-missed") != res[name]["gold"]
                or T(f"{k}-matched") + T(f"{k}-spurious") != res[name]["pred"]):
            bad.append(f"{name}: matched + missed / spurious differ from score.py's gold / pred")
        parts.append(f'{name} {T(f"{k}-matched")} matched + {T(f"{k}-missed")} missed = '
                     f'{T(f"{k}-gold")} gold, + {T(f"{k}-spurious")} spurious = {T(f"{k}-pred")} pred')
    parts.append(ch_txt)
    head = f"check vs {SCORE_PATH}: " + ("OK" if not bad else "MISMATCH (" + "; ".join(bad) + ")")
    return not bad, head + " — " + "; ".join(parts)


def render(t, by_doc, markdown):
    cols = (t.docs if by_doc else []) + ["total"]
    rows = []
    for sec, srows in SECTIONS:
        rows.append((sec, None))
        for key, label in srows:
            vals = [t.count.get((d, key), 0) for d in t.docs]
            rows.append((label, key, *(vals if by_doc else []), sum(vals)))
    out = []
    if markdown:
        out.append("| category | key | " + " | ".join(cols) + " |")
        out.append("|---|---|" + "---:|" * len(cols))
        for r in rows:
            if r[1] is None:
                out.append(f"| **{r[0]}** | |" + " |" * len(cols))
            else:
                label = r[0].replace("  ", "&nbsp;&nbsp;↳ ") if r[0].startswith("  ") else r[0]
                out.append(f"| {label} | `{r[1]}` | " + " | ".join(map(str, r[2:])) + " |")
    else:
        w = max(len(r[0]) for r in rows if r[1])
        cw = [max(len(c), 4) for c in cols]
        out.append(f'{"category":{w}}  {"key":15}' + "".join(f"  {c:>{n}}" for c, n in zip(cols, cw)))
        for r in rows:
            if r[1] is None:
                out.append(r[0].upper())
            else:
                out.append(f"{r[0]:{w}}  {r[1]:15}" + "".join(f"  {v:>{n}}" for v, n in zip(r[2:], cw)))
    return "\n".join(out)


def main(argv):
    args, opts, want = [], set(), None
    it = iter(argv)
    for a in it:
        if a == "--list":
            want = next(it, None)
            if want is None: sys.exit("error_table.py: --list needs a CATEGORY")
        elif a.startswith("--list="):
            want = a.split("=", 1)[1]
        elif a in ("--by-doc", "--markdown"):
            opts.add(a)
        elif a.startswith("-"):
            sys.exit(f"error_table.py: unknown option {a}\n" + __doc__.split("\n\n")[1])
        else:
            args.append(a)
    if len(args) != 2:
        sys.exit(__doc__.split("\n\n")[1])
    cats = None
    if want is not None:
        cats = [c for c in LISTABLE if c.split("-", 1)[1] not in PARENT] if want == "all" \
            else want.split(",")
        unknown = [c for c in cats if c not in LISTABLE]
        if unknown:
            sys.exit(f"error_table.py: unknown category {', '.join(unknown)}; one of: all, "
                     + ", ".join(LISTABLE))
    gold = [json.loads(l) for f in args[0].split(",") for l in open(f, encoding="utf-8") if l.strip()]
    pred_dir = Path(args[1])
    if not pred_dir.is_dir():
        sys.exit(f"error_table.py: {pred_dir} is not a directory")
    t = analyse(gold, pred_dir)
    if cats is None:
        print(render(t, "--by-doc" in opts, "--markdown" in opts))
        if t.missing:
            print(f"gold sentences whose document has no output: {t.missing} (documents: "
                  + ", ".join(d for d in t.docs if not (pred_dir / f"{d}.json").exists()) + ")")
    else:
        for c in cats:
            sel = [x for x in t.items if c in x[0]]
            print(f"== {c}: {len(sel)}")
            for tags, sid, ex, lines in sel:
                print(f"[{'/'.join(tags)}] {sid} | {ex}")
                for line in lines:
                    print("    " + line)
    good, line = check(t, score_result(args))
    print(line)
    return 0 if good else 1


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head
    sys.exit(main(sys.argv[1:]))
