"""zhibiao: structured, verifiable data from Chinese government work reports.

    import zhibiao
    doc = zhibiao.parse_file("nat_2008.txt")          # GBK/UTF-8, text/HTML: detected
    for t in doc.targets:
        print(t.indicator_id, t.value, t.bound, t.commitment, doc.slice_text(t.span))
    zhibiao.normalize("约4.287亿美元").value              # Decimal('428700000'), exact
    df = zhibiao.to_pandas(["reports/"], "targets")    # the CLI's CSV columns, as a DataFrame

Numbers are exact decimal.Decimal; every span is a byte range of the original input, so
doc.slice(span) returns exactly what the report printed. parse() and parse_file() release
the GIL, so threads parse in parallel. For corpora beyond one machine see zhibiao.dask.
"""
from ._zhibiao import (  # noqa: F401
    Change,
    Date,
    Deadline,
    Diagnostic,
    Document,
    Error,
    Metadata,
    Metric,
    Quantity,
    Section,
    Sentence,
    Span,
    Target,
    normalize,
    parse,
    parse_file,
    scan_quantities,
    version,
)
from ._inputs import expand_inputs  # noqa: F401
from ._pandas import KINDS, to_pandas  # noqa: F401

__version__ = version()
__all__ = [
    "Change", "Date", "Deadline", "Diagnostic", "Document", "Error", "Metadata", "Metric",
    "Quantity", "Section", "Sentence", "Span", "Target", "KINDS", "expand_inputs", "normalize",
    "parse", "parse_file", "scan_quantities", "to_pandas", "version",
]
