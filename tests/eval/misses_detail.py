#!/usr/bin/env python3
"""Detailed error listing: misses_detail.py GOLD.jsonl PRED_DIR

Kept for old command lines; it is now `error_table.py GOLD.jsonl PRED_DIR --list all`, which
lists every item of every error category (missed / spurious quantities and statements with
their sub-category, unit, value, qualifier, non-quantity, change-kind, bound and commitment
errors) using score.py's own matching. See error_table.py for the category definitions.
"""
import importlib.util, signal, sys
from pathlib import Path
spec = importlib.util.spec_from_file_location("error_table", str(Path(__file__).resolve().parent / "error_table.py"))
E = importlib.util.module_from_spec(spec); spec.loader.exec_module(E)
if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__.splitlines()[0])
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sys.exit(E.main(sys.argv[1:] + ["--list", "all"]))
