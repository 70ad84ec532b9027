"""Shared fixtures: the CLI built from this tree, the test corpus (tests/data), CLI output readers."""
import io
import json
import os
import subprocess

import pytest

DATA = os.environ.get("ZHIBIAO_TEST_DATA") or os.path.join(os.path.dirname(__file__), "..", "..", "tests", "data")
CLI = os.environ.get("ZHIBIAO_CLI", "zhibiao")

# The corpus of the Python tests: four national reports (GBK) and the sample district report (UTF-8).
CORPUS = [os.path.join(DATA, f) for f in
          ("corpus/raw/nat_2007.txt", "nat_2008.txt", "corpus/raw/nat_2009.txt", "corpus/raw/nat_2010.txt",
           "hangzhou-xihu-district-20xx.txt")]


def run_cli(*args, check=True):
    r = subprocess.run([CLI, *args], capture_output=True)
    if check and r.returncode != 0:
        raise AssertionError(f"zhibiao {' '.join(args)}: exit {r.returncode}: {r.stderr.decode(errors='replace')}")
    return r


def cli_csv(paths, kind=None):
    """The CLI's CSV for `paths`, every cell as text; only rows of `kind` (metric/target) if given."""
    import pandas as pd
    out = run_cli("extract", *paths, "--format", "csv", "-q").stdout
    df = pd.read_csv(io.BytesIO(out), dtype=str, keep_default_na=False, na_filter=False)
    if kind:
        df = df[df["kind"] == kind].reset_index(drop=True)
    return df


def cli_jsonl(args):
    return [json.loads(line) for line in run_cli(*args).stdout.decode().splitlines() if line.strip()]


def as_text(df, columns):
    """df[columns] with every cell as the CSV would print it (ints plain, NA empty)."""
    out = df[columns].copy()
    for c in columns:
        out[c] = ["" if (v is None or v is pd_na() or (isinstance(v, float) and v != v)) else str(v)
                  for v in out[c]]
    return out.reset_index(drop=True)


def pd_na():
    import pandas as pd
    return pd.NA


@pytest.fixture
def corpus():
    return list(CORPUS)
