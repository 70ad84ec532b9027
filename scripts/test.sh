#!/usr/bin/env bash
# Builds zhibiao in developer mode and runs every test (unit, corpus, examples, package).
# Usage: scripts/test.sh            # Release build in build/dev
#        scripts/test.sh asan       # ASan+UBSan build in build/asan
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-dev}"
# The Python package and its tests (not under the sanitizers: python3 itself is not instrumented).
python=OFF
case "$preset" in dev|shared) python=ON ;; esac
if [[ $python == ON ]]; then export ZHIBIAO_WITH_PYTHON=1; fi
scripts/install-deps.sh test
jobs="$(nproc 2>/dev/null || echo 2)"
cmake --preset "$preset" -DZHIBIAO_BUILD_PYTHON=$python -DPython3_EXECUTABLE=/usr/bin/python3
cmake --build --preset "$preset" -j "$jobs"
ctest --preset "$preset" -j "$jobs"
