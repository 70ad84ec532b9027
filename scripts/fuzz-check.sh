#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan+UBSan) and runs each for a short fixed number
# of iterations from fuzz/seeds (ctest --preset fuzz). CI runs it after the test command:
# the fuzz build uses clang, which rejects some code g++ accepts (constexpr step limits).
# Installs clang and libclang-rt-dev when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh fuzz
jobs="$(nproc 2>/dev/null || echo 2)"
cmake --preset fuzz
cmake --build --preset fuzz -j "$jobs"
ctest --preset fuzz -j "$jobs"
