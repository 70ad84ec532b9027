"""zhibiao.to_pandas against the CLI's CSV (metrics, targets) and JSON (quantities, sections)."""
import json
import math
import os
import shutil
from decimal import Decimal

import pandas as pd
import pytest

import zhibiao
from conftest import CORPUS, DATA, as_text, cli_csv, cli_jsonl, run_cli


@pytest.mark.parametrize("kind,cli_kind", [("targets", "target"), ("metrics", "metric"), ("statements", None)])
def test_statement_frames_equal_the_cli_csv(kind, cli_kind):
    expected = cli_csv(CORPUS, cli_kind)
    df = zhibiao.to_pandas(CORPUS, kind)
    assert len(df) == len(expected) > 0
    got = as_text(df, list(expected.columns))
    pd.testing.assert_frame_equal(got, expected)
    assert set(df["document"]) == {"nat_2007", "nat_2008", "nat_2009", "nat_2010", "hangzhou-xihu-district-20xx"}


def test_float_columns_beside_exact_strings():
    df = zhibiao.to_pandas(CORPUS, "targets")
    cols = list(df.columns)
    for c in ("value_exact", "value_high", "change_value", "change_ratio"):
        assert cols[cols.index(c) + 1] == c + "_float"
        assert df[c + "_float"].dtype == "float64" and df[c].dtype == object
        for exact, f in zip(df[c], df[c + "_float"]):
            assert (exact == "" and math.isnan(f)) or float(Decimal(exact)) == f
    assert df["span_begin"].dtype == "int64" and str(df["deadline_year"].dtype) == "Int64"
    # "全区地区生产总值力争突破1000亿元大关": exact text, no float noise
    row = df[(df.document == "hangzhou-xihu-district-20xx") & (df.indicator_id == "gdp")].iloc[0]
    assert row.value_exact == "100000000000" and row.bound == "at_least"


def test_directory_like_the_cli(tmp_path):
    # Two copies of one stem in different folders: the CLI's ids nat_2008, nat_2008-2.
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    shutil.copy(os.path.join(DATA, "nat_2008.txt"), tmp_path / "a" / "nat_2008.txt")
    shutil.copy(os.path.join(DATA, "nat_2008.txt"), tmp_path / "b" / "nat_2008.txt")
    shutil.copy(os.path.join(DATA, "corpus", "raw", "nat_2009.txt"), tmp_path / "a" / "nat_2009.txt")
    (tmp_path / "a" / "notes.md").write_text("not a report")
    expected = cli_csv([str(tmp_path)], "target")
    df = zhibiao.to_pandas(str(tmp_path), "targets")
    pd.testing.assert_frame_equal(as_text(df, list(expected.columns)), expected)
    assert list(dict.fromkeys(df["document"])) == ["nat_2008", "nat_2009", "nat_2008-2"]


def test_documents_as_input():
    doc = zhibiao.parse_file(CORPUS[1])
    doc.id = "y2008"
    df = zhibiao.to_pandas([doc], "targets")
    assert set(df.document) == {"y2008"} and len(df) == len(doc.targets)
    assert list(df.value_exact) == [t.value.value.__str__() if t.value else "" for t in doc.targets]


@pytest.mark.parametrize("path", CORPUS[1:3] + CORPUS[4:])
def test_quantities_equal_the_cli_jsonl(path):
    df = zhibiao.to_pandas(path, "quantities")
    lines = run_cli("quantities", path).stdout.decode().splitlines()
    qs = [json.loads(line, parse_float=str, parse_int=str) for line in lines]
    assert len(df) == len(qs) > 0
    for (_, r), q in zip(df.iterrows(), qs):
        assert r.text == q["text"] and r.value_exact == q["value_exact"]
        assert r.unit == q["unit"] and r.dimension == q["dimension"] and (r.unit_code or None) == q["unit_code"]
        assert (r.qualifier or None) == q["qualifier"] and (r.qualifier_text or None) == q["qualifier_text"]
        assert [str(r.span_begin), str(r.span_end)] == q["span"]
        assert [str(r.full_span_begin), str(r.full_span_end)] == q["full_span"]
        assert (r.value_high or None) == (q["range"][1] if q["range"] else None)
        assert r.sentence == (q["sentence"] or "")
        assert float(Decimal(r.value_exact)) == r.value_exact_float


def test_sections_equal_the_cli_json():
    path = CORPUS[4]
    df = zhibiao.to_pandas(path, "sections")
    tree = json.loads(run_cli("sections", path, "--format", "json").stdout)
    flat = []

    def walk(secs):
        for s in secs:
            flat.append(s)
            walk(s["children"])
    walk(tree if isinstance(tree, list) else tree["sections"])
    assert len(df) == len(flat) > 10
    for (_, r), s in zip(df.iterrows(), flat):
        assert (r.number, r.title, r.level, r.role) == (s["number"], s["title"], s["level"], s["role"])
        assert r.section == ".".join(str(i + 1) for i in s["path"])
        assert [r.span_begin, r.span_end] == s["span"] and [r.title_span_begin, r.title_span_end] == s["title_span"]


def test_error_rows_in_input_order(tmp_path):
    missing = str(tmp_path / "missing.txt")
    files = [CORPUS[0], missing, CORPUS[1]]
    with pytest.raises(zhibiao.Error) as e:
        zhibiao.to_pandas(files, "targets")
    assert e.value.code == "io_error"
    df = zhibiao.to_pandas(files, "targets", errors="rows")
    docs = list(dict.fromkeys(df["document"]))
    assert docs == ["nat_2007", "missing", "nat_2008"]
    err = df[df.error_code != ""]
    assert len(err) == 1 and err.iloc[0].document == "missing" and err.iloc[0].error_code == "io_error"
    assert err.iloc[0].error_source == missing and err.iloc[0].error_offset == 0
    # The CLI's jsonl error record for the same input.
    rec = [r for r in cli_jsonl_allow_failure(files) if "error" in r][0]
    assert (rec["error"]["code"], rec["error"]["source"]) == (err.iloc[0].error_code, err.iloc[0].error_source)
    good = df[df.error_code == ""]
    expected = cli_csv([CORPUS[0], CORPUS[1]], "target")
    pd.testing.assert_frame_equal(as_text(good, list(expected.columns)), expected)


def cli_jsonl_allow_failure(files):
    r = run_cli("extract", *files, "--format", "jsonl", check=False)
    assert r.returncode == 1
    return [json.loads(x) for x in r.stdout.decode().splitlines()]


def test_bad_kind_and_empty_input():
    with pytest.raises(ValueError):
        zhibiao.to_pandas(CORPUS[:1], "panels")
    df = zhibiao.to_pandas([], "targets")
    assert len(df) == 0 and "value_exact_float" in df.columns
    assert len(zhibiao.to_pandas([], "quantities")) == 0


def test_panel_equals_the_cli_when_the_library_has_it():
    if "panel" not in zhibiao.KINDS:
        pytest.skip("the library has no Panel yet (branch 'panel')")
    import io
    expected = pd.read_csv(io.BytesIO(run_cli("panel", *CORPUS, "--format", "csv").stdout), dtype=str,
                           keep_default_na=False, na_filter=False)
    df = zhibiao.to_pandas(CORPUS, "panel")
    assert len(df) == len(expected) > 0
    pd.testing.assert_frame_equal(as_text(df, list(expected.columns)), expected)
    for c in ("target_low", "outcome", "gap"):
        assert df[c + "_float"].dtype == "float64"


def test_period_columns_are_typed_when_the_csv_has_them():
    df = zhibiao.to_pandas(CORPUS, "targets")
    if "period_start" not in df.columns:
        pytest.skip("the library's CSV has no period columns yet (branch 'panel')")
    assert str(df["period_start"].dtype) == "Int64" and str(df["period_end"].dtype) == "Int64"
