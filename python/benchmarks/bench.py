#!/usr/bin/env python3
"""Timing of the Python package (figures in benchmarks/README.md; never asserted in a test).

    PYTHONPATH=build/dev/python ZHIBIAO_CLI=build/dev/src/cli/zhibiao \\
        /usr/bin/python3 python/benchmarks/bench.py /work/shared/data/corpus/raw [--copies 5]

1. parse_file from Python vs the same parse_file in C++ (a loop inside the extension), per document.
2. to_pandas(corpus, 'statements') vs `zhibiao extract corpus --format csv` (both all cores).
3. zhibiao.dask.extract on LocalCluster(1 worker) vs (2 worker processes), 1 thread each.
4. parse_file of the corpus files on 1 vs 2 Python threads (the GIL is released).
Wall-clock seconds, best of --repeat runs. The corpus is listed --copies times (larger runs, same files).
"""
import argparse
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import zhibiao
import zhibiao.dask


def best(fn, repeat):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--copies", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--skip", default="", help="comma list of parts to skip: parse,pandas,dask,threads")
    args = ap.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    files = [p for p, _ in zhibiao.expand_inputs(args.corpus)]
    total = sum(os.path.getsize(f) for f in files)
    print(f"corpus: {len(files)} files, {total / 1e6:.2f} MB; copies {args.copies}; "
          f"cores {os.cpu_count()}; load {os.getloadavg()[0]:.1f}")
    work = files * args.copies

    if "parse" not in skip:
        py_t = cpp_t = 0.0
        for f in files:
            n = max(3, int(2e6 // max(os.path.getsize(f), 1)))
            cpp = zhibiao._zhibiao._time_parse_file(f, n)
            py = best(lambda: [zhibiao.parse_file(f) for _ in range(n)], args.repeat) / n
            cpp = min(cpp, zhibiao._zhibiao._time_parse_file(f, n))
            py_t += py
            cpp_t += cpp
        print(f"parse_file: Python {py_t * 1e3:.1f} ms, C++ {cpp_t * 1e3:.1f} ms over the {len(files)} files "
              f"(sum of per-document means): Python/C++ = {py_t / cpp_t:.3f}")
        # The same in CPU time of this thread (both run in it), which the machine's load does not skew.
        py_c = cpp_c = 0.0
        for f in files:
            n = max(3, int(2e6 // max(os.path.getsize(f), 1)))
            c0 = time.thread_time()
            zhibiao._zhibiao._time_parse_file(f, n)
            c1 = time.thread_time()
            for _ in range(n):
                zhibiao.parse_file(f)
            c2 = time.thread_time()
            cpp_c += (c1 - c0) / n
            py_c += (c2 - c1) / n
        print(f"parse_file CPU: Python {py_c * 1e3:.1f} ms, C++ {cpp_c * 1e3:.1f} ms "
              f"({total / 1e6 / cpp_c:.1f} MB/s): Python/C++ = {py_c / cpp_c:.3f}")

    if "pandas" not in skip:
        cli = os.environ.get("ZHIBIAO_CLI", "zhibiao")
        t = alternate({"cli": lambda: subprocess.run([cli, "extract", *work, "--format", "csv", "-o", os.devnull,
                                                      "-q"], check=False),
                       "pandas": lambda: zhibiao.to_pandas(work, "statements")}, args.repeat)
        cli_t, pd_t = t["cli"], t["pandas"]
        import resource
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([cli, "extract", *work, "--format", "csv", "-o", os.devnull, "-q"], check=False)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        c0 = time.process_time()
        zhibiao.to_pandas(work, "statements")
        pd_c = time.process_time() - c0
        cli_c = (r1.ru_utime + r1.ru_stime) - (r0.ru_utime + r0.ru_stime)
        print(f"to_pandas statements CPU {pd_c:.3f} s, CLI csv CPU {cli_c:.3f} s: ratio {pd_c / cli_c:.2f}")
        print(f"to_pandas statements: {pd_t:.3f} s, CLI csv {cli_t:.3f} s: ratio {pd_t / cli_t:.2f}")

    if "threads" not in skip:
        def run(n):
            with ThreadPoolExecutor(n) as pool:
                list(pool.map(zhibiao.parse_file, work))
        t = alternate({1: lambda: run(1), 2: lambda: run(2)}, args.repeat)
        print(f"threads: 1 thread {t[1]:.3f} s, 2 threads {t[2]:.3f} s: speed-up {t[1] / t[2]:.2f}x")
        for n in (1, 2):  # cores in use while parsing: process CPU time / wall time
            c0, w0 = time.process_time(), time.perf_counter()
            run(n)
            print(f"threads: {n} thread(s): CPU {time.process_time() - c0:.3f} s in {time.perf_counter() - w0:.3f} s "
                  f"wall = {(time.process_time() - c0) / (time.perf_counter() - w0):.2f} cores busy")

    if "dask" not in skip:
        from distributed import Client, LocalCluster
        clusters = {n: LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None)
                    for n in (1, 2)}
        clients = {n: Client(c, set_as_default=False) for n, c in clusters.items()}
        try:
            ddfs = {}
            for n, c in clients.items():
                zhibiao.dask.extract(files[:2], "targets").compute(scheduler=c)  # warm the workers
                ddfs[n] = zhibiao.dask.extract(work, "statements")  # same size-balanced batches for both

            def on(n, gather):
                if gather:  # the whole frame back to this process
                    ddfs[n].compute(scheduler=clients[n])
                else:  # extraction on the workers, only the row counts come back
                    ddfs[n].map_partitions(len).compute(scheduler=clients[n])
            def worker_cpu(n):
                return sum(clients[n].run(lambda: __import__("resource").getrusage(0).ru_utime).values())
            for n in (1, 2):  # CPU seconds in the workers per pass, and cores busy
                c0, w0 = worker_cpu(n), time.perf_counter()
                on(n, False)
                w = time.perf_counter() - w0
                c = worker_cpu(n) - c0
                print(f"dask {n} worker(s): workers' CPU {c:.3f} s in {w:.3f} s wall = {c / w:.2f} cores busy")
            for gather in (False, True):
                t = alternate({n: (lambda n=n: on(n, gather)) for n in (1, 2)}, args.repeat)
                what = "compute() to this process" if gather else "on the workers (map_partitions(len))"
                print(f"dask {what}: 1 worker {t[1]:.3f} s, 2 workers {t[2]:.3f} s: "
                      f"speed-up {t[1] / t[2]:.2f}x ({ddfs[1].npartitions} / {ddfs[2].npartitions} partitions)")
        finally:
            for c in clients.values():
                c.close()
            for c in clusters.values():
                c.close()


def alternate(fns, repeat):
    """Best time of each function, runs interleaved (the machine's load drifts)."""
    best_t = {k: float("inf") for k in fns}
    for _ in range(repeat):
        for k, fn in fns.items():
            t0 = time.perf_counter()
            fn()
            best_t[k] = min(best_t[k], time.perf_counter() - t0)
    return best_t

if __name__ == "__main__":
    sys.exit(main())
