#!/usr/bin/env python3
"""Targets against outcomes over the years, from a corpus of work reports.

A report delivered in year Y states the targets for Y ("国内生产总值增长8%左右"); the report of
Y+1 states what happened ("国内生产总值……比上年增长9%"). This example parses a corpus once,
builds the targets and metrics DataFrames (zhibiao.to_pandas), pairs each headline target of Y
with the outcome the next report gives for the same indicator and measure, prints the table
and saves a chart (matplotlib) of targets against outcomes per indicator.

    python3 examples/python/attainment.py tests/data/corpus/raw/nat_200*.txt -o attainment.png

Pairing rules (data, not code paths): the measure is the change (growth, decline, ...) when
the target states one, else the level; an outcome is the first metric of the next year's
report with the same indicator id and measure whose period is year-on-year (上年, 同比) or
unstated. A target's bound decides attainment: at_least -> outcome >= target, at_most ->
outcome <= target; approx and exact targets show the gap only.
"""
import argparse
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

import zhibiao  # noqa: E402

HEADLINE = ["gdp", "cpi", "new_urban_jobs", "registered_unemployment_rate", "m2"]
YEAR_ON_YEAR = {"", "上年", "同比"}
# Sentences that sum up several years ("五年全国新增城镇就业5100万人" has no period field yet):
# not one year's outcome. Once the library states period_start/period_end, use those instead.
MULTI_YEAR_CUES = ("五年", "年均", "累计", "以来")
# Axis label and scale per base unit (the chart's font has no CJK glyphs).
UNIT_AXIS = {"%": ("%", 1.0), "人": ("million persons", 1e-6), "元": ("billion yuan", 1e-9),
             "百分点": ("percentage points", 1.0)}
MARKER = {"at_least": "^", "at_most": "v", "approx": "o", "exact": "D", "range": "s"}


def load(paths):
    docs, years = [], {}
    for path, doc_id in zhibiao.expand_inputs(paths):
        try:
            doc = zhibiao.parse_file(path)
        except zhibiao.Error as e:
            print(f"skipped: {e}", file=sys.stderr)
            continue
        if doc.metadata.year is None:
            print(f"skipped: {path}: the report states no year", file=sys.stderr)
            continue
        doc.id = doc_id
        docs.append(doc)
        years[doc_id] = doc.metadata.year
    return docs, years


def measure(df):
    """(measure, number, unit) of each row: the change when stated, else the level."""
    has_change = df["change_kind"] != ""
    return pd.DataFrame({
        "measure": df["change_kind"].where(has_change, "level"),
        "number": df["change_value_float"].where(has_change, df["value_exact_float"]),
        "measure_unit": df["change_unit"].where(has_change, df["unit"]),
    })


def met(target, outcome, bound):
    """True/False for a one-sided target with an outcome, else None."""
    if outcome != outcome or bound not in ("at_least", "at_most"):  # NaN: no outcome
        return None
    return bool(outcome >= target) if bound == "at_least" else bool(outcome <= target)


def attainment(docs, years, indicators):
    targets = zhibiao.to_pandas(docs, "targets")
    metrics = zhibiao.to_pandas(docs, "metrics")
    t = pd.concat([targets, measure(targets)], axis=1)
    t = t[t.indicator_id.isin(indicators) & t.number.notna()].copy()
    t["year"] = t.document.map(years)
    t = t.drop_duplicates(["year", "indicator_id", "measure"])  # the first statement of each
    m = pd.concat([metrics, measure(metrics)], axis=1)
    m = m[m.indicator_id.isin(indicators) & m.number.notna() & m.period.isin(YEAR_ON_YEAR)
          & ~m.sentence.str.contains("|".join(MULTI_YEAR_CUES))].copy()
    m["year"] = m.document.map(years) - 1  # the next report tells the outcome of the year before
    m = m.drop_duplicates(["year", "indicator_id", "measure"])
    out = t.merge(m[["year", "indicator_id", "measure", "number", "value", "change", "sentence"]],
                  on=["year", "indicator_id", "measure"], how="left", suffixes=("", "_outcome"))
    out = out.rename(columns={"number": "target", "number_outcome": "outcome"})
    out["met"] = [met(tv, o, b) for tv, o, b in zip(out.target, out.outcome, out.bound)]
    out = out.rename(columns={"measure_unit": "unit_of_measure"})
    return out[["indicator_id", "measure", "unit_of_measure", "year", "target", "bound", "commitment", "outcome", "met",
                "document", "sentence", "sentence_outcome"]].sort_values(["indicator_id", "measure", "year"])


def chart(table, path, show_all=False):
    years = sorted(int(y) for y in table.year.unique())
    series = [k for k, g in table.groupby(["indicator_id", "measure"], sort=False)
              if show_all or g.outcome.notna().any()]
    n = max(1, len(series))
    cols = min(n, 2)
    rows = (n + cols - 1) // cols
    fig, axes = plt.subplots(rows, cols, figsize=(6 * cols, 3.6 * rows), squeeze=False)
    for ax, (ind, meas) in zip(axes.flat, series):
        g = table[(table.indicator_id == ind) & (table.measure == meas)]
        unit = next((u for u in g.unit_of_measure if u), "")
        label, scale = UNIT_AXIS.get(unit, ("", 1.0))
        for bound, gb in g.groupby("bound"):
            ax.scatter(gb.year, gb.target * scale, marker=MARKER.get(bound, "o"), s=70, facecolors="none",
                       edgecolors="tab:blue", label=f"target ({bound})")
        done = g[g.outcome.notna()]
        ax.plot(done.year, done.outcome * scale, "s-", color="tab:red", label="outcome (next report)")
        ax.set_title(f"{ind} ({meas})")
        ax.set_ylabel(label)
        ax.set_xticks(years, [str(y) for y in years])
        ax.set_xlim(years[0] - 0.5, years[-1] + 0.5)
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8)
    for ax in list(axes.flat)[len(series):]:
        ax.axis("off")
    fig.suptitle("Targets against outcomes (zhibiao)")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("inputs", nargs="+", help="report files or directories (a series of years of one government)")
    ap.add_argument("-o", "--output", default="attainment.png", help="PNG to write")
    ap.add_argument("--all", action="store_true", help="chart indicators without any outcome too")
    ap.add_argument("--indicators", default=",".join(HEADLINE), help="canonical indicator ids, comma-separated")
    args = ap.parse_args(argv)
    docs, years = load(args.inputs)
    table = attainment(docs, years, args.indicators.split(","))
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print(table[["indicator_id", "measure", "unit_of_measure", "year", "target", "bound", "outcome", "met"]]
              .to_string(index=False))
    chart(table, args.output, args.all)
    paired = int(table.outcome.notna().sum())
    print(f"{len(table)} targets of {len(docs)} reports, {paired} with an outcome; chart: {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
