#!/usr/bin/env python3
"""End-to-end tests of the zhibiao CLI, one ctest per case.

usage: cli_test.py ZHIBIAO_BINARY TEST_DATA_DIR WORK_DIR CASE
Exit 0 = pass, 77 = skipped (a library stage is still a stub), anything else = fail.
"""
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys

ZB, DATA, WORK, CASE = sys.argv[1:5]
SAMPLE = os.path.join(DATA, "hangzhou-xihu-district-20xx.txt")
SKIP = 77


def run(*args, stdin=None, expect=0):
    p = subprocess.run([ZB, *args], input=stdin, capture_output=True, timeout=300)
    if expect is not None and p.returncode != expect:
        sys.exit(f"FAIL: zhibiao {' '.join(args)} exited {p.returncode}, expected {expect}\n"
                 f"stderr: {p.stderr.decode(errors='replace')[:2000]}")
    return p


def check(cond, msg):
    if not cond:
        sys.exit("FAIL: " + msg)


def fresh(name):
    d = os.path.join(WORK, name)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    return d


QUANTITY_KEYS = {"text", "value", "value_exact", "unit", "dimension", "unit_code", "qualifier",
                 "qualifier_text", "range", "span"}


def check_quantity(q, where):
    missing = QUANTITY_KEYS - q.keys()
    check(not missing, f"{where}: quantity lacks {missing}")
    check(isinstance(q["text"], str) and q["text"], f"{where}: empty text")
    check(isinstance(q["value"], (int, float)) or q["value"] is None, f"{where}: value not a number")
    check(isinstance(q["value_exact"], str), f"{where}: value_exact not a string")
    if q["value"] is not None:
        # The JSON number and the exact string denote the same value.
        check(abs(float(q["value_exact"]) - q["value"]) <= 1e-9 * max(1.0, abs(q["value"])),
              f"{where}: value {q['value']} != value_exact {q['value_exact']}")
    check(q["qualifier"] in (None, "approx", "at_least", "at_most", "near", "range"),
          f"{where}: bad qualifier {q['qualifier']!r}")
    check(q["range"] is None or len(q["range"]) == 2, f"{where}: bad range")
    b, e = q["span"]
    check(0 <= b <= e, f"{where}: bad span {q['span']}")


def check_document(d, source_bytes):
    check(d["schema"] == "zhibiao/1", "schema is not zhibiao/1")
    for k in ("document", "sections", "quantities", "metrics", "targets", "diagnostics", "skipped"):
        check(k in d, f"missing top-level key {k}")
    for k in ("title", "date", "meeting", "speaker", "speaker_office", "region", "level", "year", "kind",
              "encoding", "html"):
        check(k in d["document"], f"document lacks {k}")
    for i, q in enumerate(d["quantities"]):
        check_quantity(q, f"quantities[{i}]")
        check(isinstance(q["sentence"], str), f"quantities[{i}] has no sentence")
        b, e = q["span"]
        check(e <= len(source_bytes), f"quantities[{i}] span past the end")
    for key in ("metrics", "targets"):
        for i, m in enumerate(d[key]):
            for k in ("indicator", "indicator_id", "value", "change", "span", "sentence", "section"):
                check(k in m, f"{key}[{i}] lacks {k}")
            if m["value"] is not None:
                check_quantity(m["value"], f"{key}[{i}].value")
            if m["change"] is not None:
                check({"kind", "text", "value", "unit"} <= m["change"].keys(), f"{key}[{i}].change fields")
            if key == "targets":
                check(m["bound"] in ("exact", "approx", "at_least", "at_most", "range"), f"targets[{i}] bound")
                check(m["commitment"] in ("expected", "binding", "aspirational", "plan", "maintain"),
                      f"targets[{i}] commitment")
    for i, s in enumerate(d["diagnostics"]):
        check({"severity", "code", "span", "message"} <= s.keys(), f"diagnostics[{i}] fields")


def case_extract_json():
    out = fresh("extract_json")
    run("extract", SAMPLE, "--id", "seed", "-o", out + "/")
    path = os.path.join(out, "seed.json")
    check(os.path.exists(path), "-o DIR/ did not produce DIR/seed.json")
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    src = open(SAMPLE, "rb").read()
    check_document(d, src)
    check(d["document"]["id"] == "seed", "document.id is not the --id")
    # The sample is UTF-8: every quantity span slices back to its text.
    for q in d["quantities"]:
        b, e = q["span"]
        check(src[b:e].decode("utf-8", errors="replace") == q["text"], f"span {q['span']} does not slice to {q['text']!r}")
    # -o NAME (new, no extension) is a directory too; -o NAME.json is a file.
    run("extract", SAMPLE, "--id", "seed", "-o", os.path.join(out, "pred"))
    check(os.path.isfile(os.path.join(out, "pred", "seed.json")), "-o pred did not give pred/seed.json")
    run("extract", SAMPLE, "-o", os.path.join(out, "one.json"))
    check(os.path.isfile(os.path.join(out, "one.json")), "-o one.json did not write the file")
    # stdout form is the same document.
    p = run("extract", SAMPLE, "--id", "seed")
    check(json.loads(p.stdout) == d, "stdout JSON differs from -o DIR JSON")
    # Counts agree with `info --format json`.
    info = json.loads(run("info", SAMPLE, "--format", "json").stdout)
    for k in ("quantities", "metrics", "targets"):
        check(info["stats"][k] == len(d[k]), f"info says {info['stats'][k]} {k}, extract has {len(d[k])}")
    print(f"sections={len(d['sections'])} quantities={len(d['quantities'])} metrics={len(d['metrics'])} "
          f"targets={len(d['targets'])}")


def case_extract_jsonl_bad_file():
    out = fresh("jsonl_bad")
    bad = os.path.join(out, "missing-report.txt")
    p = run("extract", SAMPLE, bad, SAMPLE, "--format", "jsonl", "--jobs", "2", expect=1)
    err = p.stderr.decode()
    check(bad in err, f"stderr does not name the bad file: {err!r}")
    check("byte 0" in err, f"stderr lacks the byte offset: {err!r}")
    lines = p.stdout.decode().splitlines()
    check(len(lines) == 3, f"expected 3 JSON lines, got {len(lines)}")
    recs = [json.loads(l) for l in lines]
    check(recs[0]["schema"] == "zhibiao/1" and recs[2]["schema"] == "zhibiao/1", "good inputs missing")
    check(recs[1]["file"] == bad and recs[1]["error"]["code"] == "io_error", f"bad error record {recs[1]}")
    check(recs[2]["document"]["id"] == recs[0]["document"]["id"] + "-2", "a repeated input does not get a unique id")


def case_bad_file():
    p = run("extract", "/nonexistent/dir/report.txt", expect=1)
    check(b"/nonexistent/dir/report.txt" in p.stderr, "stderr does not name the file")
    for cmd in ("quantities", "sections", "clean", "info", "targets"):
        p = run(cmd, "/nonexistent/r.txt", expect=1)
        check(b"/nonexistent/r.txt" in p.stderr, f"{cmd}: stderr does not name the file")
    # A directory given where a file is expected.
    p = run("clean", DATA, expect=1)
    check(b"directory" in p.stderr, "directory not reported")


def case_limits():
    nat = os.path.join(DATA, "nat_2008.txt")
    size = os.path.getsize(nat)
    p = run("extract", nat, "--max-input-bytes", "1k", expect=1)
    err = p.stderr.decode()
    check("nat_2008.txt" in err and "input_too_large" in err and f"file is {size} bytes" in err,
          f"--max-input-bytes: {err!r}")
    check(p.stdout == b"", "output written for a refused file")
    with open(nat, "rb") as f:
        p = run("extract", "-", "--max-input-bytes", "1024", stdin=f.read(), expect=1)
    check(b"input_too_large" in p.stderr and b"<stdin>" in p.stderr, "stdin over the limit")
    p = run("extract", nat, "--max-items", "5", expect=1)
    check(b"limit_exceeded" in p.stderr and b"nat_2008.txt" in p.stderr, "--max-items")
    p = run("extract", nat, "--max-sections", "1", expect=1)
    check(b"limit_exceeded" in p.stderr, "--max-sections")
    run("extract", nat, "--max-input-bytes", str(size), "--max-items", "1000", "--max-sections", "100")
    run("extract", nat, "--max-input-bytes", "lots", expect=2)  # a usage error
    # --max-items names the offset of the first item over the limit (not 0).
    m = re.search(rb"byte (\d+): more than 5 metrics", p_items := run("extract", nat, "--max-items", "5", expect=1).stderr)
    check(m is not None and 0 < int(m.group(1)) < size, f"--max-items offset: {p_items!r}")
    # Per-sentence limit: a sentence of 120 quantities (the hostile clause) fails at once,
    # with the byte offset of the 101st quantity; --max-sentence-quantities 0 lifts it.
    dense = ("增长5%左右，" * 1000 + "。\n").encode()
    p = run("extract", "-", stdin=dense, expect=1)
    check(b"limit_exceeded" in p.stderr and b"byte 1706:" in p.stderr and b"max_sentence_quantities" in p.stderr,
          f"--max-sentence-quantities default: {p.stderr!r}")
    p = run("extract", "-", "--max-sentence-quantities", "0", "--format", "jsonl", stdin=dense)
    check(len(json.loads(p.stdout)["quantities"]) == 1000, "--max-sentence-quantities 0")
    run("extract", SAMPLE, "--max-sentence-quantities", "16")  # real report sentences have at most 16


def case_usage_errors():
    run(expect=2)
    run("extract", expect=2)
    run("extract", SAMPLE, "--format", "xml", expect=2)
    run("extract", SAMPLE, "--jobs", "0", expect=2)
    run("nonsense-command", expect=2)
    p = run("extract", SAMPLE, SAMPLE + "x", "--format", "json", expect=2)
    check(b"-o DIR" in p.stderr, "several inputs with --format json: no hint about -o DIR")
    run("extract", SAMPLE, os.path.join(DATA, "x.txt"), "--id", "a", "-o", fresh("id2"), expect=2)


def case_help():
    p = run("--help")
    check(b"Exit codes" in p.stdout, "--help does not document exit codes")
    for cmd in ("extract", "quantities", "normalize", "sections", "clean", "info", "targets"):
        p = run(cmd, "--help")
        check(b"Exit codes" in p.stdout and b"Example" in p.stdout, f"{cmd} --help lacks exit codes or example")
    run("--version")


def case_csv():
    out = fresh("csv")
    path = os.path.join(out, "sample.csv")
    run("extract", SAMPLE, "--format", "csv", "--bom", "-o", path)
    raw = open(path, "rb").read()
    check(raw.startswith(b"\xef\xbb\xbf"), "--bom: no BOM")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    check(rows and rows[0][0] == "document", "no header row")
    check(len({len(r) for r in rows}) == 1, f"inconsistent column counts {sorted({len(r) for r in rows})}")
    d = json.loads(run("extract", SAMPLE).stdout)
    check(len(rows) - 1 == len(d["metrics"]) + len(d["targets"]),
          f"{len(rows) - 1} CSV rows, {len(d['metrics']) + len(d['targets'])} metrics+targets")
    header = rows[0]
    for r in rows[1:]:
        rec = dict(zip(header, r))
        check(rec["kind"] in ("metric", "target"), "bad kind column")
        check(rec["document"] == "hangzhou-xihu-district-20xx", "bad document column")
    # Several files: one header only.
    p = run("extract", SAMPLE, SAMPLE, "--format", "csv")
    text = p.stdout.decode()
    check(text.count("document,section,") == 1, "header repeated")


def case_csv_formula_escaping():
    src = fresh("formula") + "/inj.txt"
    with open(src, "w", encoding="utf-8") as f:
        f.write('=HYPERLINK("http://evil.example/x","点击查看")全市地区生产总值增长5.5%。\n'
                "@SUM(A1:A9)全年一般公共预算收入达到120亿元，增长-0.5%。\n")
    rows = list(csv.reader(io.StringIO(run("extract", src, "--format", "csv").stdout.decode("utf-8"))))
    cells = [c for r in rows[1:] for c in r]
    check(rows[1:] and not any(c[:1] in ("=", "+", "@", "\t", "\r") for c in cells), f"formula cell in CSV: {rows!r}")
    check(any(c.startswith("'=HYPERLINK(") for c in cells) and any(c.startswith("'@SUM(") for c in cells),
          "escaped sentences")
    check("-0.5%" in cells and "-0.5" in cells, "numbers stay numbers")
    raw = list(csv.reader(io.StringIO(run("extract", src, "--format", "csv", "--csv-raw").stdout.decode("utf-8"))))
    check(any(c.startswith("=HYPERLINK(") for r in raw[1:] for c in r), "--csv-raw keeps the cell")


def case_csv_container():
    out = fresh("container")
    body = 'first line, with "quotes"\n二、主要目标\n地区生产总值增长6%左右。\n'
    with open(os.path.join(out, "c.csv"), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["province", "year", "full_text"])
        w.writerow(["x省", "2026", body])
    p = run("clean", os.path.join(out, "c.csv"), "--csv-column", "full_text")
    check("地区生产总值增长6%左右" in p.stdout.decode(), "container text not parsed")
    check("x省" not in p.stdout.decode(), "other columns leaked into the text")
    p = run("extract", os.path.join(out, "c.csv"), "--csv-column", "full_text")
    d = json.loads(p.stdout)
    check(d["stats"]["source_bytes"] == len(body.encode()), "source is not the cell text")
    # Errors name the file and the byte offset.
    p = run("extract", os.path.join(out, "c.csv"), "--csv-column", "nope", expect=1)
    check(b"c.csv" in p.stderr and b"full_text" in p.stderr, f"missing-column error unclear: {p.stderr!r}")
    with open(os.path.join(out, "bad.csv"), "w", encoding="utf-8") as f:
        f.write('a,full_text\n1,"unterminated\n')
    p = run("extract", os.path.join(out, "bad.csv"), "--csv-column", "full_text", expect=1)
    check(b"bad.csv: byte 14:" in p.stderr, f"unterminated quote not located: {p.stderr!r}")
    # Two reports in one container are refused, not silently cut to the first.
    with open(os.path.join(out, "two.csv"), "w", encoding="utf-8", newline="") as f:
        f.write('a,full_text\n1,甲\n2,乙\n')
    p = run("extract", os.path.join(out, "two.csv"), "--csv-column", "full_text", expect=1)
    check(b"two.csv: byte 18:" in p.stderr and b"2 data rows" in p.stderr, f"second row not reported: {p.stderr!r}")
    os.remove(os.path.join(out, "two.csv"))
    # A directory walk picks up .csv files only with --csv-column.
    shutil.copy(SAMPLE, os.path.join(out, "r.txt"))
    os.remove(os.path.join(out, "bad.csv"))
    p = run("extract", out, "--format", "jsonl", "--csv-column", "full_text")
    ids = [json.loads(l)["document"]["id"] for l in p.stdout.decode().splitlines()]
    check(ids == ["c", "r"], f"directory walk gave {ids}")
    p = run("extract", out, "--format", "jsonl")
    ids = [json.loads(l)["document"]["id"] for l in p.stdout.decode().splitlines()]
    check(ids == ["r"], f"directory walk without --csv-column gave {ids}")


def case_jobs_deterministic():
    out = fresh("jobs")
    for i in range(6):
        shutil.copy(SAMPLE, os.path.join(out, f"r{i}.txt"))
    a = run("extract", out, "--format", "jsonl", "--jobs", "1").stdout
    b = run("extract", out, "--format", "jsonl", "--jobs", "3").stdout
    check(a == b, "--jobs 3 output differs from --jobs 1")
    ids = [json.loads(l)["document"]["id"] for l in a.decode().splitlines()]
    check(ids == [f"r{i}" for i in range(6)], f"order {ids}")
    dest = os.path.join(out, "pred")
    run("extract", out, "-o", dest, "--jobs", "2")
    check(sorted(os.listdir(dest)) == [f"r{i}.json" for i in range(6)], "json -o DIR files")
    check(p_stderr_quiet(), "progress bar printed to a non-terminal")


def p_stderr_quiet():
    out = os.path.join(WORK, "jobs")
    p = run("extract", out, "--format", "jsonl", "--jobs", "2")
    return p.stderr == b""


def case_quantities_stdin():
    a = run("quantities", SAMPLE).stdout.decode().splitlines()
    b = run("quantities", "-", stdin=open(SAMPLE, "rb").read()).stdout.decode().splitlines()
    check(a == b, "stdin and file differ")
    for i, l in enumerate(a):
        q = json.loads(l)
        check_quantity(q, f"line {i + 1}")
        check(isinstance(q["sentence"], str), f"line {i + 1}: no sentence")
    d = json.loads(run("extract", SAMPLE).stdout)
    check(len(a) == len(d["quantities"]), "quantities count differs from extract")


def case_normalize():
    p = run("normalize", "约4.287亿美元", expect=None)
    if p.returncode != 0 and b"not implemented" in p.stderr:
        print("skipped: parse_quantity is still the stub")
        sys.exit(SKIP)
    check(p.returncode == 0, f"normalize failed: {p.stderr!r}")
    q = json.loads(p.stdout)
    check_quantity(q, "normalize")
    check(q["value_exact"] == "428700000" and q["value"] == 428700000, f"value {q['value_exact']}")
    check(q["unit"] == "美元" and q["qualifier"] == "approx", f"unit/qualifier {q['unit']} {q['qualifier']}")
    p = run("normalize", "16.4亿元", "6%-6.5%")
    lines = [json.loads(l) for l in p.stdout.decode().splitlines()]
    check(lines[0]["value_exact"] == "1640000000" and b"1640000000," in p.stdout, "16.4亿元 not exact")
    check(lines[1]["range"] == [6, 6.5], f"range {lines[1]['range']}")
    p = run("normalize", "abc", expect=1)
    check(b"byte " in p.stderr and b"^" in p.stderr, f"error without offset/caret: {p.stderr!r}")


def case_normalize_error():
    # Whatever the normalizer: a string that is not a quantity is exit 1 with an offset.
    p = run("normalize", "今天天气很好", expect=1)
    check(b"byte " in p.stderr and b"^" in p.stderr, f"error without offset/caret: {p.stderr!r}")


def case_sections_info_clean_targets():
    p = run("sections", SAMPLE, "--format", "json")
    secs = json.loads(p.stdout)
    check(isinstance(secs, list), "sections json is not an array")
    d = json.loads(run("extract", SAMPLE).stdout)
    check(secs == d["sections"], "sections --format json differs from extract's sections")
    text = run("sections", SAMPLE).stdout.decode()
    check(len([l for l in text.splitlines() if not l.startswith(" ")]) == len(secs), "outline top-level count")
    clean = run("clean", SAMPLE).stdout.decode("utf-8")
    check("各位代表" in clean, "clean text lacks the report body")
    info = run("info", SAMPLE).stdout.decode()
    check("encoding" in info and "UTF-8" in info, "info lacks the encoding")
    t = run("targets", SAMPLE).stdout.decode().splitlines()
    check(len(t) == len(d["targets"]), "targets lines != targets")
    for l in t:
        check(l.count("\t") >= 4, f"targets line has too few columns: {l!r}")
    h = run("targets", SAMPLE, "--headline").stdout.decode().splitlines()
    check(0 < len(h) <= sum(1 for x in d["targets"] if x["indicator_id"]), "headline count")
    # nat_2008 states the GDP target and restates it where it explains it ("这里要着重说明，
    # 提出国内生产总值增长8%左右，…"): extract keeps both, the headline table lists it once.
    nat = os.path.join(DATA, "nat_2008.txt")
    nd = json.loads(run("extract", nat).stdout)
    check(sum(1 for x in nd["targets"] if x["indicator_id"] == "gdp") == 2, "nat_2008: extract has 2 gdp targets")
    nh = run("targets", nat, "--headline").stdout.decode("utf-8").splitlines()
    gdp = [l for l in nh if l.startswith("gdp\t")]
    check(len(gdp) == 1 and "8%" in gdp[0] and "\tapprox\t" in gdp[0], f"nat_2008 headline gdp: {gdp!r}")
    # 分别是20xx年的2.3倍、3.3倍… (sample): a multiple carries its ratio as an exact number.
    mult = [x for x in d["metrics"] if x["change"] and x["change"]["kind"] == "multiple" and "倍" in x["change"]["text"]]
    check(len(mult) >= 5, f"sample multiples: {len(mult)}")
    check(all(x["change"]["ratio"] == x["change"]["value"] for x in mult if "的" in x["sentence"]), "是…的N倍 ratio != N")
    check(all(x["change"] is None or "ratio" in x["change"] for x in d["metrics"]), "change without a ratio key")
    j = run("targets", SAMPLE, "--format", "jsonl").stdout.decode().splitlines()
    check([json.loads(l) for l in j] == d["targets"], "targets jsonl differs from extract")


CASES = {k[5:]: v for k, v in globals().items() if k.startswith("case_")}
if CASE not in CASES:
    sys.exit(f"unknown case {CASE}; known: {sorted(CASES)}")
os.makedirs(WORK, exist_ok=True)
CASES[CASE]()
print("ok")
