#!/usr/bin/env python3
"""End-to-end tests of `zhibiao panel` (CSV, JSON Lines, failed inputs, duplicates, --plot).

Usage: panel_test.py ZHIBIAO DATA_DIR WORK_DIR CASE   (exit 77 = skipped)
Inputs: tests/data/corpus/raw and tests/data/nat_2008.txt (tests/data/PROVENANCE.md).
"""
import csv
import io
import json
import os
import shutil
import struct
import subprocess
import sys
import zlib

ZB, DATA, WORK, CASE = sys.argv[1:5]
PANEL = os.path.join(DATA, "corpus", "raw")
DERIVED = os.path.join(DATA, "corpus", "derived")
PROVINCES = ("beijing", "shanghai", "zhejiang", "guangdong", "sichuan", "henan", "yunnan")
# The panel inputs: the national reports 2003-2010 but 2008 (NAT2008), the 2026 provincial reports
# and the Jiangxi 2022 bulletin.
PANEL_INPUTS = ([os.path.join(PANEL, f"nat_{y}.txt") for y in (2003, 2004, 2005, 2006, 2007, 2009, 2010)]
                + [os.path.join(DERIVED, f"prov_{p}_2026.txt") for p in PROVINCES]
                + [os.path.join(PANEL, "stat_jiangxi_2022.html")])
NAT2008 = os.path.join(DATA, "nat_2008.txt")


def run(*args, expect=0):
    p = subprocess.run([ZB, *args], capture_output=True, timeout=300)
    if p.returncode != expect:
        sys.exit(f"exit {p.returncode} (expected {expect}) for {args}\nstderr: {p.stderr.decode(errors='replace')}")
    return p


def check(cond, msg):
    if not cond:
        sys.exit("FAIL: " + msg)


def fresh():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    return WORK


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


COLUMNS = ("region,region_code,level,indicator_id,measure,period_start,period_end,annual_average,target_low,"
           "target_high,unit,target_bound,target_commitment,target_doc,target_span_begin,target_span_end,target_text,"
           "outcome,outcome_unit,outcome_doc,outcome_span_begin,outcome_span_end,outcome_text,gap,conflict").split(",")

# GDP growth of China, checked by hand against the reports (target of the year's report,
# outcome stated by the next one); 2007: the 2008 report states no 2007 growth of its own.
NATIONAL_GDP = {2003: ("7", "9.1"), 2004: ("7", "9.5"), 2005: ("8", "9.9"), 2006: ("8", "10.7"),
                2007: ("8", ""), 2008: ("8", "9"), 2009: ("8", "8.7"), 2010: ("8", "")}


def key(r):
    return (r["region_code"] or r["region"], r["indicator_id"], r["measure"], r["period_start"], r["period_end"],
            r["annual_average"])


def case_panel_csv():
    w = fresh()
    out = os.path.join(w, "panel.csv")
    run("panel", *PANEL_INPUTS, NAT2008, "-o", out, "--jobs", "2")
    rows = read_csv(out)
    with open(out, encoding="utf-8") as f:
        check(f.readline().rstrip("\n").split(",") == COLUMNS, "header differs")
    keys = [key(r) for r in rows]
    check(len(keys) == len(set(keys)), "duplicate keys")
    gdp = {int(r["period_start"]): r for r in rows
           if r["region_code"] == "100000" and r["indicator_id"] == "gdp" and r["measure"] == "growth"
           and r["period_start"] == r["period_end"] and r["annual_average"] == "false"}
    for year, (target, outcome) in NATIONAL_GDP.items():
        r = gdp.get(year)
        check(r is not None, f"no GDP row for {year}")
        check(r["target_low"] == target, f"{year}: target {r['target_low']} != {target}")
        check(r["target_doc"] == f"nat_{year}", f"{year}: target_doc {r['target_doc']}")
        check(r["outcome"] == outcome, f"{year}: outcome {r['outcome']} != {outcome}")
        if outcome:
            check(r["outcome_doc"] == f"nat_{year + 1}", f"{year}: outcome_doc {r['outcome_doc']}")
            check(r["gap"] != "", f"{year}: no gap")
    # Provinces: one 2026 GDP target each; a 2026-2030 annual-average row for Beijing, Henan, Guangdong.
    prov26 = [r for r in rows if r["level"] == "province" and r["indicator_id"] == "gdp" and r["measure"] == "growth"
              and r["target_low"] and r["period_start"] == "2026" and r["period_end"] == "2026"]
    check(len(prov26) == 7, f"{len(prov26)} provincial 2026 GDP targets, expected 7")
    plan = sorted(r["region"] for r in rows if r["indicator_id"] == "gdp" and r["measure"] == "growth"
                  and r["target_low"] and r["period_start"] == "2026" and r["period_end"] == "2030")
    check(plan == sorted(["北京市", "河南省", "广东省"]), f"2026-2030 rows: {plan}")
    # The bulletin gives Jiangxi's 2022 outcome.
    jx = [r for r in rows if r["region_code"] == "360000" and r["indicator_id"] == "gdp" and r["measure"] == "growth"]
    check(len(jx) == 1 and jx[0]["outcome"] == "4.7" and jx[0]["outcome_doc"] == "stat_jiangxi_2022", f"jiangxi {jx}")
    # Spans are byte ranges of the documents: the Beijing target's clause, sliced from the (UTF-8) file.
    bj = [r for r in prov26 if r["region_code"] == "110000"][0]
    with open(os.path.join(DERIVED, "prov_beijing_2026.txt"), "rb") as f:
        src = f.read()
    clause = src[int(bj["target_span_begin"]):int(bj["target_span_end"])].decode("utf-8")
    check("5%" in clause and clause in bj["target_text"], f"span {clause!r} not in {bj['target_text']!r}")


def case_panel_jsonl():
    w = fresh()
    out = os.path.join(w, "panel.jsonl")
    run("panel", os.path.join(PANEL, "nat_2009.txt"), os.path.join(PANEL, "nat_2010.txt"), "--format", "jsonl", "-o", out)
    with open(out, encoding="utf-8") as f:
        recs = [json.loads(line) for line in f]
    check(recs and all(list(r.keys()) == COLUMNS for r in recs), "keys differ from the columns")
    g = [r for r in recs if r["indicator_id"] == "gdp" and r["measure"] == "growth" and r["period_start"] == 2009
         and not r["annual_average"]]
    check(len(g) == 1 and g[0]["target_low"] == 8 and g[0]["outcome"] == 8.7 and g[0]["gap"] == 0.7, f"{g}")


def case_panel_failed_input():
    w = fresh()
    out = os.path.join(w, "panel.csv")
    missing = os.path.join(w, "missing_report.txt")
    p = run("panel", os.path.join(PANEL, "nat_2009.txt"), missing, os.path.join(PANEL, "nat_2010.txt"), "-o", out,
            expect=1)
    err = p.stderr.decode()
    check("missing_report.txt" in err, f"failed input not named on stderr: {err}")
    check("1 of 3 inputs failed" in err, f"no summary: {err}")
    rows = read_csv(out)
    check(any(r["indicator_id"] == "gdp" and r["period_start"] == "2009" and r["outcome"] == "8.7" for r in rows),
          "the panel of the good inputs was not written")


def case_panel_duplicate():
    w = fresh()
    copy_dir = os.path.join(w, "copy")
    os.makedirs(copy_dir)
    shutil.copy(NAT2008, copy_dir)
    out = os.path.join(w, "panel.csv")
    run("panel", NAT2008, os.path.join(copy_dir, "nat_2008.txt"), os.path.join(PANEL, "nat_2009.txt"), "-o", out)
    rows = read_csv(out)
    keys = [key(r) for r in rows]
    check(len(keys) == len(set(keys)), "duplicate keys")
    g = [r for r in rows if r["indicator_id"] == "gdp" and r["measure"] == "growth" and r["period_start"] == "2008"
         and r["period_end"] == "2008"]
    check(len(g) == 1 and g[0]["target_doc"] == "nat_2008" and g[0]["conflict"] == "", f"{g}")


def png_pixels(path):
    """Decodes an 8-bit RGB/RGBA non-interlaced PNG (what rsvg-convert writes) to rows of pixel tuples."""
    with open(path, "rb") as f:
        b = f.read()
    check(b[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG")
    pos, idat, ihdr = 8, b"", None
    while pos < len(b):
        n, typ = struct.unpack(">I4s", b[pos:pos + 8])
        chunk = b[pos + 8:pos + 8 + n]
        if typ == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", chunk)
        elif typ == b"IDAT":
            idat += chunk
        pos += 12 + n
    width, height, depth, color, _, _, interlace = ihdr
    check(depth == 8 and color in (2, 6) and interlace == 0, f"unexpected PNG format {ihdr}")
    bpp = 4 if color == 6 else 3
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        ft = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            up = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if ft == 1:
                line[i] = (line[i] + a) & 255
            elif ft == 2:
                line[i] = (line[i] + up) & 255
            elif ft == 3:
                line[i] = (line[i] + ((a + up) >> 1)) & 255
            elif ft == 4:
                pa, pb, pc = abs(up - c), abs(a - c), abs(a + up - 2 * c)
                pr = a if pa <= pb and pa <= pc else (up if pb <= pc else c)
                line[i] = (line[i] + pr) & 255
        rows.append([tuple(line[x * bpp:x * bpp + 3]) for x in range(width)])
        prev = line
    return rows


def case_panel_plot():
    rsvg = shutil.which("rsvg-convert")
    if not rsvg:
        print("SKIP: rsvg-convert (Debian librsvg2-bin) not installed")
        sys.exit(77)
    w = fresh()
    svg = os.path.join(w, "gdp.svg")
    png = os.path.join(w, "gdp.png")
    inputs = [os.path.join(PANEL, f"nat_{y}.txt") for y in (2003, 2004, 2005, 2006, 2007, 2009, 2010)] + [NAT2008]
    run("panel", *inputs, "-o", os.path.join(w, "panel.csv"), "--plot", svg, "--indicator", "gdp", "--region", "中国")
    with open(svg, encoding="utf-8") as f:
        text = f.read()
    check(text.count('class="target"') == 8 and text.count('class="outcome"') == 6, "marks missing from the SVG")
    subprocess.run([rsvg, "-o", png, svg], check=True, timeout=120)
    px = png_pixels(png)
    flat = [p for row in px for p in row]
    white = sum(1 for p in flat if p == (255, 255, 255))
    orange = sum(1 for p in flat if p[0] > 200 and 60 < p[1] < 120 and p[2] < 60)   # outcome #e6550d
    blue = sum(1 for p in flat if p[2] > 200 and 170 < p[1] < 220 and p[0] < 180)   # target band #9ecae1
    check(white < len(flat) * 0.98, "the PNG is blank")
    check(orange > 50 and blue > 50, f"outcome ({orange}) or target ({blue}) pixels missing")
    # The same plot for a region without rows is still a valid picture, with a warning.
    p = run("panel", inputs[0], "-o", os.path.join(w, "p2.csv"), "--plot", os.path.join(w, "none.svg"), "--region", "江苏")
    check("no panel rows" in p.stderr.decode(), "no warning for an empty plot")


CASES = {name[5:]: fn for name, fn in globals().items() if name.startswith("case_")}
if CASE not in CASES:
    sys.exit(f"unknown case {CASE}")
CASES[CASE]()
print("ok")
