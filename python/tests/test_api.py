"""The Python API against the library's own outputs (the CLI's JSON) on real reports."""
import gc
import os
import threading
from decimal import Decimal

import pytest

import zhibiao
from conftest import CORPUS, DATA, cli_jsonl

NAT_2008 = os.path.join(DATA, "nat_2008.txt")
SAMPLE = os.path.join(DATA, "hangzhou-xihu-district-20xx.txt")


def test_metadata_of_a_gbk_report():
    doc = zhibiao.parse_file(NAT_2008)
    md = doc.metadata
    assert md.title == "2008年国务院政府工作报告"
    assert md.year == 2008 and md.level == "national" and md.encoding == "GB18030"
    assert md.date.iso() == "2008-03-05"
    assert md.html is False


@pytest.mark.parametrize("path", CORPUS)
def test_targets_and_metrics_equal_the_cli_json(path):
    doc = zhibiao.parse_file(path)
    js = cli_jsonl(["extract", path, "--format", "jsonl"])[0]
    assert len(doc.targets) == len(js["targets"]) and len(doc.metrics) == len(js["metrics"])
    for items, expected in ((doc.targets, js["targets"]), (doc.metrics, js["metrics"])):
        for t, e in zip(items, expected):
            assert t.indicator == e["indicator"]
            assert t.indicator_id == e["indicator_id"]
            assert list(t.span) == e["span"]
            assert t.period == e["period"]
            assert (t.value.value if t.value else None) == (Decimal(e["value"]["value_exact"]) if e["value"] else None)
            assert (t.change.kind if t.change else None) == (e["change"]["kind"] if e["change"] else None)
            assert (t.change.value if t.change else None) == (Decimal(e["change"]["value_exact"]) if e["change"] else None)
            assert t.bound == e.get("bound") and t.commitment == e.get("commitment")
            assert (t.deadline.text if t.deadline else None) == (e["deadline"]["text"] if e.get("deadline") else None)
            assert doc.sentence_text(t.sentence) == e["sentence"]
    assert [list(q.span) for q in doc.quantities] == [q["span"] for q in js["quantities"]]
    assert [d.code for d in doc.diagnostics] == [d["code"] for d in js["diagnostics"]]
    assert [s.title for s in doc.sections] == [s["title"] for s in js["sections"]]


def test_gdp_target_of_2008_and_slices():
    # "今年国民经济和社会发展的预期目标是：…国内生产总值增长8%左右" (nat_2008.txt)
    doc = zhibiao.parse_file(NAT_2008)
    gdp = [t for t in doc.targets if t.indicator_id == "gdp"][0]
    assert gdp.change.kind == "growth" and gdp.change.value == Decimal(8)
    assert gdp.bound == "approx" and gdp.commitment == "expected"
    raw = doc.slice(gdp.span)
    assert isinstance(raw, bytes) and raw == doc.source[gdp.span.begin:gdp.span.end]
    assert doc.slice_text(gdp.span) == raw.decode("gb18030")
    assert "国内生产总值增长8%左右" in doc.slice_text(gdp.span)
    assert doc.slice((gdp.span.begin, gdp.span.end)) == raw
    assert doc.slice(zhibiao.Span(10**9, 10**9 + 1)) == b""


def test_sample_target_exact_value_and_utf8_slice():
    # "全区地区生产总值力争突破1000亿元大关" (the sample report)
    doc = zhibiao.parse_file(SAMPLE)
    t = [t for t in doc.targets if t.indicator_id == "gdp" and t.value is not None][0]
    assert t.value.value == Decimal("100000000000") and isinstance(t.value.value, Decimal)
    assert t.value.unit == "元" and t.value.unit_code == "CNY"
    assert t.bound == "at_least" and t.commitment == "aspirational" and t.commitment_text == "力争"
    assert doc.slice(t.span).decode() == doc.slice_text(t.span)
    assert "全区地区生产总值力争突破1000亿元大关" in doc.slice_text(t.span)
    m = doc.metrics[0]  # "全区实现地区生产总值566.6亿元"
    assert m.value.value == Decimal("56660000000") and m.bound is None and m.commitment is None


def test_parse_str_and_bytes_agree():
    raw = open(SAMPLE, "rb").read()
    a, b = zhibiao.parse(raw), zhibiao.parse(raw.decode("utf-8"))
    assert [list(t.span) for t in a.targets] == [list(t.span) for t in b.targets]
    assert a.metadata.title == b.metadata.title == "20xx年杭州市政府工作报告"
    assert zhibiao.parse(bytearray(raw)).metadata.title == a.metadata.title


def test_normalize_exact_decimal():
    q = zhibiao.normalize("约4.287亿美元")
    assert q.value == Decimal("428700000") and isinstance(q.value, Decimal)
    assert (q.unit, q.unit_code, q.dimension, q.qualifier, q.qualifier_text) == ("美元", "USD", "currency", "approx", "约")
    assert zhibiao.normalize("16.4亿").value == Decimal("1640000000")   # never 1639999999.9999998
    r = zhibiao.normalize("6%-6.5%")
    assert r.qualifier == "range" and r.range == (Decimal(6), Decimal("6.5")) and r.unit == "%"
    assert zhibiao.normalize("百分之零点九").value == Decimal("0.9")
    assert zhibiao.normalize("三分之二").fraction == (2, 3)
    assert zhibiao.normalize("4.287亿美元").range is None


def test_errors_have_code_offset_path():
    with pytest.raises(zhibiao.Error) as e:
        zhibiao.normalize("今天天气很好")
    assert e.value.code == "not_a_quantity" and e.value.offset == 0
    assert issubclass(zhibiao.Error, Exception)

    missing = os.path.join(DATA, "no-such-report.txt")
    with pytest.raises(zhibiao.Error) as e:
        zhibiao.parse_file(missing)
    assert e.value.code == "io_error" and e.value.path == missing and missing in str(e.value)

    with pytest.raises(zhibiao.Error) as e:
        zhibiao.parse(b"abc\xff def", encoding="utf8", strict=True)
    assert e.value.code == "invalid_utf8" and e.value.offset == 3

    with pytest.raises(zhibiao.Error) as e:
        zhibiao.parse_file(NAT_2008, max_input_bytes=1000)
    assert e.value.code == "input_too_large" and e.value.path == NAT_2008

    with pytest.raises(zhibiao.Error) as e:
        zhibiao.parse_file(DATA)
    assert e.value.code == "io_error"


def test_options_are_keywords():
    with pytest.raises(ValueError):
        zhibiao.parse("x", encoding="latin1")
    with pytest.raises(TypeError):
        zhibiao.parse("x", no_such_option=True)
    doc = zhibiao.parse_file(NAT_2008, extract=False)
    assert doc.targets == [] and len(doc.quantities) > 0
    doc = zhibiao.parse_file(NAT_2008, encoding="gb18030", format="text")
    assert doc.metadata.encoding == "GB18030"
    html = "<html><body><p>全年城镇新增就业1000万人。</p></body></html>"
    assert zhibiao.parse(html).metadata.html is True


def test_views_outlive_the_document_variable():
    t = zhibiao.parse_file(NAT_2008).targets[0]
    v = t.change or t.value
    gc.collect()
    assert t.indicator and t.span.end > t.span.begin and v is not None and repr(v)


def test_sections_tree():
    doc = zhibiao.parse_file(SAMPLE)
    top = doc.sections[0]
    assert (top.number, top.role) == ("一", "review")
    assert top.title.startswith("20xx年政府工作")
    assert top.children[0].number == "1" and top.children[0].level == 3
    assert doc.slice(top.title_span).decode().startswith("一、")


def test_threads_give_the_same_documents():
    expected = [len(zhibiao.parse_file(p).targets) for p in CORPUS]
    got = {}

    def work(i):
        got[i] = [len(zhibiao.parse_file(p).targets) for p in CORPUS]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert all(v == expected for v in got.values()) and len(got) == 4


def test_docstrings_and_stubs():
    assert "GIL" in zhibiao.parse.__doc__ and "zhibiao.Error" in zhibiao.parse_file.__doc__
    assert "not_a_quantity" in zhibiao.normalize.__doc__
    pkg = os.path.dirname(zhibiao.__file__)
    assert os.path.exists(os.path.join(pkg, "_zhibiao.pyi")) and os.path.exists(os.path.join(pkg, "py.typed"))
    assert zhibiao.__version__ == zhibiao.version()


def test_period_fields_when_the_library_has_them():
    names = [n for n in ("period_start", "period_end", "annual_average", "partial_year", "period_basis")
             if hasattr(zhibiao.Target, n)]
    if not names:
        pytest.skip("the library has no period fields yet (branch 'panel')")
    js = cli_jsonl(["extract", NAT_2008, "--format", "jsonl"])[0]
    doc = zhibiao.parse_file(NAT_2008)
    for items, expected in ((doc.targets, js["targets"]), (doc.metrics, js["metrics"])):
        for t, e in zip(items, expected):
            assert {n: getattr(t, n) for n in names} == {n: e[n] for n in names}


def test_error_pickles_with_its_fields():
    # Errors travel between processes (Dask workers, multiprocessing) by pickle.
    import pickle
    with pytest.raises(zhibiao.Error) as e:
        zhibiao.parse(b"abc\xff def", encoding="utf8", strict=True, source_name="x.txt")
    back = pickle.loads(pickle.dumps(e.value))
    assert type(back) is zhibiao.Error and str(back) == str(e.value)
    assert (back.code, back.offset, back.path, back.message) == ("invalid_utf8", 3, "x.txt", e.value.message)
