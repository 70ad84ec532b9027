"""zhibiao.dask on a LocalCluster of two worker processes: the same rows as the CLI's CSV."""
import os
import subprocess
import sys

import pandas as pd
import pytest
from distributed import Client, LocalCluster, get_task_stream

import zhibiao
import zhibiao.dask
from conftest import CORPUS, as_text, cli_csv


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as c:
            yield c


def test_rows_equal_the_cli_and_errors_are_rows(client, tmp_path):
    missing = str(tmp_path / "gone.txt")
    files = CORPUS[:2] + [missing] + CORPUS[2:]
    ddf = zhibiao.dask.extract(files, "targets", batch_size=2)
    assert ddf.npartitions == 3
    with get_task_stream(client) as ts:
        df = ddf.compute().reset_index(drop=True)
    # Computed by the cluster's worker processes (both of them), not in this process.
    assert len({t["worker"] for t in ts.data}) == 2
    err = df[df.error_code != ""]
    assert list(err.document) == ["gone"] and list(err.error_code) == ["io_error"]
    expected = cli_csv(CORPUS, "target")
    pd.testing.assert_frame_equal(as_text(df[df.error_code == ""], list(expected.columns)), expected)
    assert list(dict.fromkeys(df.document)) == ["nat_2007", "nat_2008", "gone", "nat_2009", "nat_2010",
                                                 "hangzhou-xihu-district-20xx"]


def test_metrics_and_default_batches(client):
    ddf = zhibiao.dask.extract(CORPUS, "metrics")
    df = ddf.compute().reset_index(drop=True)
    expected = cli_csv(CORPUS, "metric")
    pd.testing.assert_frame_equal(as_text(df, list(expected.columns)), expected)
    assert list(ddf.columns) == list(zhibiao.to_pandas([], "metrics", errors="rows").columns)


def test_command_line(tmp_path):
    out = tmp_path / "out.csv"
    missing = str(tmp_path / "gone.txt")
    r = subprocess.run([sys.executable, "-m", "zhibiao.dask", *CORPUS, missing, "--kind", "targets",
                        "-o", str(out), "--workers", "2", "--batch-size", "2"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 1, r.stderr  # one input failed, like the CLI
    assert "gone.txt" in r.stderr and "io_error" in r.stderr
    df = pd.read_csv(out, dtype=str, keep_default_na=False, na_filter=False)
    expected = cli_csv(CORPUS, "target")
    assert list(df.columns) == list(expected.columns) + ["error_code", "error_message", "error_offset", "error_source"]
    pd.testing.assert_frame_equal(df[df.error_code == ""][list(expected.columns)].reset_index(drop=True), expected)
    assert list(df[df.error_code != ""].document) == ["gone"]
