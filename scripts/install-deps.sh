#!/usr/bin/env bash
# Installs the Debian packages zhibiao needs to build, test and benchmark, if missing.
# Idempotent: does nothing when everything is there. Needs root (or sudo) to install.
set -euo pipefail
pkgs=(cmake ninja-build g++ pkg-config
      libicu-dev libfmt-dev libgumbo-dev libcli11-dev
      doctest-dev nlohmann-json3-dev libbenchmark-dev
      python3 librsvg2-bin)
if [[ "${ZHIBIAO_WITH_FUZZ:-0}" == 1 ]]; then pkgs+=(clang libclang-rt-dev); fi
# The Python package (-DZHIBIAO_BUILD_PYTHON=ON) and its tests; the C++ build needs none of them.
if [[ "${ZHIBIAO_WITH_PYTHON:-0}" == 1 ]]; then
  pkgs+=(python3-dev pybind11-dev python3-pandas python3-distributed python3-pytest python3-matplotlib)
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then exit 0; fi
echo "install-deps: installing ${missing[*]}" >&2
SUDO=""
if [[ $(id -u) != 0 ]]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
