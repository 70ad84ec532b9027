#!/usr/bin/env bash
# Runs clang-tidy (the checks of .clang-tidy) on every library and CLI source, with the
# compile commands of the dev build (configured here if missing). Exit 0 when clean.
# Usage: scripts/tidy.sh [FILE...]        (default: src/**/*.cpp)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v clang-tidy >/dev/null; then
  echo "tidy: clang-tidy is missing (Debian: apt-get install clang-tidy)" >&2
  exit 1
fi
if [[ ! -f build/dev/compile_commands.json ]]; then
  scripts/install-deps.sh test
  cmake --preset dev >&2
fi
# The generated sources (src/extract/indicators.inc) must exist for the compile commands.
cmake --build build/dev --target zhibiao_objects -j "$(nproc 2>/dev/null || echo 2)" >&2
if (($#)); then files=("$@"); else mapfile -t files < <(git ls-files 'src/*.cpp'); fi
jobs="$(nproc 2>/dev/null || echo 2)"
printf '%s\n' "${files[@]}" | xargs -P "$jobs" -n 4 clang-tidy -p build/dev --quiet 2>/dev/null
echo "tidy: ${#files[@]} files clean" >&2
