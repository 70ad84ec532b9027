#!/usr/bin/env bash
# Builds the zhibiao CLI (Release, build/release/src/cli/zhibiao) and runs it on the bundled
# sample report (a district government work report, tests/data/hangzhou-xihu-district-20xx.txt).
# Standard output is the JSON only; package installation and build progress go to stderr.
# Installs only what the CLI needs (scripts/install-deps.sh cli).
# Usage: scripts/run-sample.sh [zhibiao extract options...]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh cli
cmake --preset release >&2
cmake --build --preset release -j "$(nproc 2>/dev/null || echo 2)" --target zhibiao_cli >&2
echo "run-sample: the CLI is build/release/src/cli/zhibiao" >&2
exec build/release/src/cli/zhibiao extract tests/data/hangzhou-xihu-district-20xx.txt "$@"
