"""zhibiao.to_pandas: documents or report files as pandas DataFrames.

The metric and target frames are the CLI's CSV (`zhibiao extract --format csv`): the rows
come from the library's own CSV writer and are read with every cell as text, so columns and
values are the same as the CLI's for the same files (ids are the CLI's file stems). Exact
numbers stay strings (value_exact, change_value, ...); a float column `<name>_float` sits
beside each. Quantities and sections (which the CLI prints as JSON) get one row per
quantity / section with the fields of `zhibiao quantities` and `zhibiao sections --format json`.
"""
import io
import os
from concurrent.futures import ThreadPoolExecutor

from . import _zhibiao
from ._inputs import expand_inputs, unique_id

# kind -> (how one document becomes a part, how the parts become a frame).
# A new kind (panel, once the library has it) is one entry here plus its two functions.
_CSV_KIND = {"metrics": "metric", "targets": "target", "statements": None}
# panel: the library's Panel (targets joined with outcomes across documents), when it has one.
HAS_PANEL = hasattr(_zhibiao, "_panel_csv")
KINDS = ("quantities", "metrics", "targets", "statements", "sections") + (("panel",) if HAS_PANEL else ())

# Exact columns (decimal text) that get a float column beside them.
_FLOAT_BESIDE = {
    "csv": ("value_exact", "value_high", "change_value", "change_ratio"),
    "quantities": ("value_exact", "value_high"),
    "sections": (),
    "panel": ("target_low", "target_high", "outcome", "gap"),
}
# Integer columns; the nullable ones may be empty.
_INT_COLUMNS = {
    "csv": {"span_begin": "int64", "span_end": "int64", "deadline_year": "Int64"},
    "quantities": {"span_begin": "int64", "span_end": "int64", "full_span_begin": "int64",
                   "full_span_end": "int64", "sentence_index": "Int64",
                   "fraction_numerator": "Int64", "fraction_denominator": "Int64"},
    "sections": {"level": "int64", "span_begin": "int64", "span_end": "int64",
                 "title_span_begin": "int64", "title_span_end": "int64"},
    "panel": {"period_start": "Int64", "period_end": "Int64", "target_span_begin": "Int64",
              "target_span_end": "Int64", "outcome_span_begin": "Int64", "outcome_span_end": "Int64"},
}
# The period columns the library's CSV has once the period work is merged.
_INT_COLUMNS["csv"].update({"period_start": "Int64", "period_end": "Int64"})
ERROR_COLUMNS = ("error_code", "error_message", "error_offset", "error_source")


def _family(kind):
    if kind in _CSV_KIND:
        return "csv"
    if kind in ("quantities", "sections") or (kind == "panel" and HAS_PANEL):
        return kind
    raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")


def _part(doc, doc_id, family):
    """One document's contribution: CSV bytes or a dict of column lists (the panel, a join
    across documents, takes the documents themselves)."""
    if family == "panel":
        return (doc, doc_id)
    if family == "csv":
        return _zhibiao._csv_rows(doc, doc_id)
    if family == "quantities":
        return _zhibiao._quantity_columns(doc, doc_id)
    return _zhibiao._section_columns(doc, doc_id)


def _sources(docs_or_paths):
    """[(Document or path, id)] with the CLI's ids; paths may be directories."""
    if isinstance(docs_or_paths, (str, bytes, os.PathLike, _zhibiao.Document)):
        docs_or_paths = [docs_or_paths]
    out, ids, next_suffix = [], set(), {}
    pending = []  # consecutive paths are expanded together, like the CLI's argument list

    def flush():
        for path, _ in expand_inputs(pending):
            out.append((path, unique_id(_stem(path), ids, next_suffix)))
        pending.clear()

    for item in docs_or_paths:
        if isinstance(item, _zhibiao.Document):
            flush()
            doc_id = getattr(item, "id", None) or _stem(getattr(item, "path", "")) or "document"
            out.append((item, unique_id(doc_id, ids, next_suffix)))
        else:
            pending.append(item)
    flush()
    return out


def _stem(path):
    if not path:
        return ""
    if path == "-":
        return "stdin"
    return os.path.splitext(os.path.basename(os.fspath(path)))[0] or "document"


def _load(source, options):
    if isinstance(source, _zhibiao.Document):
        return source
    doc = _zhibiao.parse_file(source, **options)
    doc.path = os.fspath(source)
    return doc


def _task(source, doc_id, family, options):
    try:
        return _part(_load(source, options), doc_id, family), None
    except _zhibiao.Error as e:
        return None, e


def collect(sources, kind, *, jobs=None, errors="raise", **options):
    """The frame of `kind` for [(Document or path, id)] (used by to_pandas and zhibiao.dask)."""
    import pandas as pd

    if errors not in ("raise", "rows"):
        raise ValueError("errors must be 'raise' or 'rows'")
    family = _family(kind)
    jobs = jobs or os.cpu_count() or 1
    if jobs > 1 and len(sources) > 1:
        with ThreadPoolExecutor(max_workers=min(jobs, len(sources))) as pool:
            results = list(pool.map(lambda s: _task(s[0], s[1], family, options), sources))
    else:
        results = [_task(src, doc_id, family, options) for src, doc_id in sources]

    failed = [(i, sources[i][1], e) for i, (_, e) in enumerate(results) if e is not None]
    if failed and errors == "raise":
        raise failed[0][2]
    parts = [p for p, e in results if e is None]
    df = _frame(parts, family, pd)
    if family == "csv" and _CSV_KIND[kind]:
        df = df[df["kind"] == _CSV_KIND[kind]].reset_index(drop=True)
    if errors == "rows":
        df = _with_error_rows(df, sources, failed, pd)
    return df


def _frame(parts, family, pd):
    if family in ("csv", "panel"):
        if family == "csv":
            data = _zhibiao._csv_header() + b"".join(parts)
        else:
            data = _zhibiao._panel_csv(parts)
        df = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, na_filter=False,
                         encoding="utf-8", engine="c")
    else:
        columns = {}
        for p in parts:
            for name, values in p.items():
                columns.setdefault(name, []).extend(values)
        if not columns:  # no documents: the column names of an empty document
            columns = {k: [] for k in _part(_zhibiao.parse(""), "", family)}
        df = pd.DataFrame(columns)
    for name, dtype in _INT_COLUMNS[family].items():
        if name not in df.columns:
            continue
        if dtype == "int64":
            df[name] = df[name].astype("int64")
        else:
            df[name] = pd.to_numeric(df[name].replace("", None), errors="coerce").astype("Int64")
    for name in reversed([c for c in _FLOAT_BESIDE[family] if c in df.columns]):
        at = df.columns.get_loc(name) + 1
        df.insert(at, name + "_float", pd.to_numeric(df[name], errors="coerce").astype("float64"))
    return df


def _with_error_rows(df, sources, failed, pd):
    """Adds the error columns and one row per failed input, at that input's place."""
    for c in ERROR_COLUMNS:
        df[c] = pd.Series([""] * len(df), dtype=object) if c != "error_offset" else pd.Series([pd.NA] * len(df), dtype="Int64")
    if not failed:
        return df
    order = {doc_id: i for i, (_, doc_id) in enumerate(sources)}
    rows = []
    for i, doc_id, e in failed:
        row = {c: _empty_value(df[c]) for c in df.columns}
        if "document" in df.columns:
            row["document"] = doc_id
        row.update(error_code=e.code, error_message=e.message, error_offset=e.offset, error_source=e.path)
        rows.append(row)
    err = pd.DataFrame(rows, columns=df.columns).astype(df.dtypes.to_dict())
    if "document" not in df.columns:  # the panel: rows are not per document; failures go last
        return pd.concat([df, err], ignore_index=True)
    keys = pd.concat([df["document"].map(order), pd.Series([i for i, _, _ in failed])], ignore_index=True)
    out = pd.concat([df, err], ignore_index=True)
    return out.iloc[keys.argsort(kind="stable")].reset_index(drop=True)


def _empty_value(col):
    import pandas as pd
    if str(col.dtype) == "Int64":
        return pd.NA
    if col.dtype.kind in "if":
        return float("nan") if col.dtype.kind == "f" else 0
    return ""


def to_pandas(docs_or_paths, kind="targets", *, jobs=None, errors="raise", **options):
    """DataFrame of `kind` for documents and/or report files and directories.

    kind: 'targets', 'metrics', 'statements' (both, in document order: the CLI's CSV rows),
    'quantities', 'sections', or 'panel' when the library has one (`zhibiao panel`'s CSV:
    targets joined with their outcomes across the documents). docs_or_paths: a Document, a path, a directory (walked like the
    CLI: .txt .html .htm .xhtml, sorted) or a list of these. The `document` column is the CLI's
    id (file stem, made unique; for a Document its .id, else the stem of its .path).

    Columns and values of targets/metrics/statements are those of `zhibiao extract --format
    csv` (every cell text; span_begin, span_end int64, deadline_year Int64), with float columns
    beside the exact ones (value_exact_float, value_high_float, change_value_float,
    change_ratio_float). Files are parsed on `jobs` threads (default: all cores; the GIL is
    released while parsing). errors='raise' raises the first zhibiao.Error; errors='rows'
    keeps going and adds one row per failed file with error_code, error_message, error_offset,
    error_source (the CLI's --format jsonl error record). Other keywords are ParseOptions.
    """
    return collect(_sources(docs_or_paths), kind, jobs=jobs, errors=errors, **options)
