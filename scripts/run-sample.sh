#!/usr/bin/env bash
# Builds the zhibiao CLI and runs it on the bundled sample report (a district government
# work report, tests/data/hangzhou-xihu-district-20xx.txt). Output: JSON on stdout.
# Usage: scripts/run-sample.sh [zhibiao extract options...]
set -euo pipefail
cd "$(dirname "$0")/.."
"$(dirname "$0")/install-deps.sh"
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc 2>/dev/null || echo 2)" --target zhibiao_cli >/dev/null
exec build/release/src/cli/zhibiao extract tests/data/hangzhou-xihu-district-20xx.txt "$@"
