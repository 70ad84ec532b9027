#!/usr/bin/env bash
# Builds zhibiao in developer mode and runs every test (unit, corpus, examples, package).
# Usage: scripts/test.sh            # Release build in build/dev
#        scripts/test.sh asan       # ASan+UBSan build in build/asan
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh test
preset="${1:-dev}"
jobs="$(nproc 2>/dev/null || echo 2)"
cmake --preset "$preset"
cmake --build --preset "$preset" -j "$jobs"
ctest --preset "$preset" -j "$jobs"
