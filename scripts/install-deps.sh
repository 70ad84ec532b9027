#!/usr/bin/env bash
# Installs the Debian packages zhibiao needs, if missing. Idempotent: does nothing when
# everything is there. Installing needs root or sudo; without either it names the missing
# packages and exits 1. All output goes to stderr (stdout stays free for the caller's data).
#
# Usage: scripts/install-deps.sh [cli|test|bench|fuzz]     (default: test)
#   cli    build the library and the CLI (scripts/run-sample.sh)
#   test   cli + what the tests need (scripts/test.sh)
#   bench  test + Google Benchmark (cmake --preset bench)
#   fuzz   the library with clang and libFuzzer (scripts/fuzz-check.sh)
set -euo pipefail
profile="${1:-test}"
base=(cmake ninja-build g++ pkg-config libicu-dev libfmt-dev libgumbo-dev)
case "$profile" in
  cli) pkgs=("${base[@]}" libcli11-dev) ;;
  test) pkgs=("${base[@]}" libcli11-dev doctest-dev nlohmann-json3-dev python3 librsvg2-bin) ;;
  bench) pkgs=("${base[@]}" libcli11-dev doctest-dev nlohmann-json3-dev python3 libbenchmark-dev) ;;
  fuzz) pkgs=("${base[@]}" clang libclang-rt-dev) ;;
  *) echo "usage: $0 [cli|test|bench|fuzz]" >&2; exit 2 ;;
esac
# The Python package (-DZHIBIAO_BUILD_PYTHON=ON) and its tests; the C++ build needs none of them.
if [[ "${ZHIBIAO_WITH_PYTHON:-0}" == 1 ]]; then
  pkgs+=(python3-dev pybind11-dev python3-pandas python3-distributed python3-pytest python3-matplotlib)
fi

if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
  echo "install-deps: not a Debian system (no dpkg-query/apt-get); make sure these are installed:" >&2
  echo "  ${pkgs[*]}" >&2
  exit 0
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then exit 0; fi

SUDO=()
if [[ $(id -u) != 0 ]]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    SUDO=(sudo)
  elif command -v sudo >/dev/null && [[ -t 0 ]]; then
    SUDO=(sudo)  # asks for the password on the terminal
  else
    echo "install-deps: these Debian packages are missing and this user cannot install them" >&2
    echo "(not root, no usable sudo). As root, run:" >&2
    echo "  apt-get update && apt-get install --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
fi
echo "install-deps: installing ${missing[*]}" >&2
# Lock timeout: wait for another apt/dpkg run (unattended upgrades) instead of failing.
apt=("${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600)
"${apt[@]}" update -qq >&2
"${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" >&2
