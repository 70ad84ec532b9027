"""zhibiao.dask: the extraction of a corpus as a dask.dataframe, on a Dask cluster.

    from distributed import Client
    import zhibiao.dask
    client = Client("tcp://scheduler:8786")        # or Client(LocalCluster(n_workers=2))
    ddf = zhibiao.dask.extract(["corpus/"], "targets")
    ddf.to_parquet(...)  /  ddf.compute()

Each partition is one batch of files, parsed on a worker by zhibiao.to_pandas; the columns
are those of to_pandas(..., errors="rows"), so a file that fails is one row with error_code,
error_message, error_offset and error_source (the CLI's --format jsonl error record) and the
job goes on. Workers need the zhibiao package importable (installed on every machine) and
the paths readable (a shared file system).

Command line (writes one CSV, in input order, like `zhibiao extract --format csv`; the
exact columns of the CLI plus the error columns):

    python3 -m zhibiao.dask FILES_OR_DIRS --kind targets -o out.csv [--scheduler ADDRESS]
"""
import argparse
import os
import sys

from . import _pandas, _zhibiao


def _extract_batch(sources, kind, options):
    """Runs on a worker: the frame of one batch of (path, id)."""
    return _pandas.collect(sources, kind, jobs=1, errors="rows", **options)


def meta(kind):
    """The empty frame with the columns and dtypes of extract(..., kind)."""
    return _pandas.collect([], kind, jobs=1, errors="rows")


def _active_threads():
    try:
        from distributed import get_client
        return max(1, sum(get_client().nthreads().values()))
    except (ImportError, ValueError):
        return os.cpu_count() or 1


def sources(paths):
    """[(path, id)]: files and directories expanded like the CLI's, with its ids."""
    out = _pandas._sources(paths)
    if any(isinstance(s, _zhibiao.Document) for s, _ in out):
        raise TypeError("zhibiao.dask.extract takes paths (workers read the files), not Documents")
    return out


def _batches_by_size(srcs, n):
    """About n contiguous batches of about equal bytes (input order kept; a report of
    400 KB and one of 20 KB are not the same work)."""
    sizes = []
    for path, _ in srcs:
        try:
            sizes.append(max(os.path.getsize(path), 1))
        except OSError:
            sizes.append(1)  # it will be an error row
    goal = sum(sizes) / max(1, min(n, len(srcs)))
    batches, cur, acc = [], [], 0
    for src, size in zip(srcs, sizes):
        cur.append(src)
        acc += size
        if acc >= goal:
            batches.append(cur)
            cur, acc = [], 0
    if cur:
        batches.append(cur)
    return batches


def extract(paths, kind="targets", *, batch_size=None, **options):
    """A dask.dataframe of `kind` ('targets', 'metrics', 'statements', 'quantities',
    'sections') over files and directories, one partition per batch of `batch_size` files
    (default: about four batches of equal bytes per worker thread of the active
    distributed.Client, or per core without one). Computes on whatever scheduler is active. Keywords other than
    batch_size are ParseOptions (encoding, format, strict, max_input_bytes, ...)."""
    import dask
    import dask.dataframe as dd

    if kind == "panel":
        raise ValueError("the panel joins across all documents, it is not one per partition: "
                         "use zhibiao.to_pandas(paths, 'panel'), or join the targets and metrics frames")
    srcs = sources(paths)
    empty = meta(kind)
    if not srcs:
        return dd.from_pandas(empty, npartitions=1)
    if batch_size is None:
        batches = _batches_by_size(srcs, 4 * _active_threads())
    else:
        batches = [srcs[i:i + batch_size] for i in range(0, len(srcs), batch_size)]
    parts = [dask.delayed(_extract_batch, pure=True)(b, kind, options) for b in batches]
    return dd.from_delayed(parts, meta=empty, verify_meta=False)


def _float_columns(df):
    return [c for c in df.columns if c.endswith("_float")]


def main(argv=None):
    ap = argparse.ArgumentParser(
        prog="python3 -m zhibiao.dask",
        description="Extract a corpus on a Dask cluster into one CSV (input order; a failed "
                    "file is a row with error_code/error_message/error_offset/error_source).")
    ap.add_argument("inputs", nargs="+", metavar="FILES_OR_DIRS")
    ap.add_argument("--kind", default="targets", choices=[k for k in _pandas.KINDS if k != "panel"])
    ap.add_argument("-o", "--output", default="-", help="CSV file (default: standard output)")
    ap.add_argument("--scheduler", help="address of a running `dask scheduler` (tcp://host:8786); "
                                        "default: a LocalCluster of worker processes on this machine")
    ap.add_argument("--workers", type=int, default=None, help="LocalCluster worker processes (default: cores)")
    ap.add_argument("--batch-size", type=int, default=None, help="files per partition")
    ap.add_argument("--encoding", default="auto", choices=["auto", "utf8", "gb18030"])
    ap.add_argument("--input-format", default="auto", choices=["auto", "text", "html"])
    ap.add_argument("--strict", action="store_true")
    args = ap.parse_args(argv)

    from distributed import Client, LocalCluster

    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.workers or os.cpu_count() or 1, threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        ddf = extract(args.inputs, args.kind, batch_size=args.batch_size, encoding=args.encoding,
                      format=args.input_format, strict=args.strict)
        futures = client.compute(ddf.to_delayed())
        out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8", newline="")
        failed = 0
        try:
            for i, fut in enumerate(futures):  # all submitted at once; written in order
                df = fut.result()
                df = df.drop(columns=_float_columns(df))
                for _, row in df[df["error_code"] != ""].iterrows():
                    failed += 1
                    print(f"zhibiao: error: {row['error_source']}: byte {row['error_offset']}: "
                          f"{row['error_message']} ({row['error_code']})", file=sys.stderr)
                df.to_csv(out, header=(i == 0), index=False, lineterminator="\n")
        finally:
            if out is not sys.stdout:
                out.close()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
