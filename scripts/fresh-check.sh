#!/usr/bin/env bash
# Fresh-machine check: the README's two set-up commands on a minimal Debian 12 root with only
# a clone of the commit (no ../shared beside it), as root.
#
#   1. bootstraps a minimal bookworm root with mmdebstrap (variant minbase: no compiler, no make,
#      no git), from the same apt sources as this machine; the root's tarball is cached outside
#      the repository ($ZHIBIAO_FRESH_CACHE, default /var/cache/zhibiao-fresh) and rebuilt when
#      older than $ZHIBIAO_FRESH_MAX_AGE_DAYS (7) days;
#   2. clones COMMIT (default HEAD) of this repository into /root/zhibiao of a new copy of the root;
#   3. runs, in the root (chroot in its own mount and PID namespace, empty environment):
#        cd /root/zhibiao && scripts/run-sample.sh > sample.json     # stdout must be JSON only
#        cd /root/zhibiao && scripts/test.sh
#      and checks that sample.json parses as JSON with metrics and targets and that test.sh
#      exits 0.
# Downloaded .deb files are kept in the cache too (bind-mounted as the root's apt archive), so a
# second run does not fetch them again; the root itself is new every run.
# Needs root (mmdebstrap, chroot, mount). Installs mmdebstrap when missing.
# Time: the README's commands do two cold builds (release CLI, dev + tests) and install ~150
# packages; measured 1413 s wall / 7 min 55 s CPU with the 2 cores shared by other builds,
# bootstrapping an uncached root 2 min 45 s to 4 min.
# Usage: scripts/fresh-check.sh [COMMIT]        Log of the commands: $work/log (printed on failure).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
commit="$(git -C "$repo" rev-parse "${1:-HEAD}")"
cache="${ZHIBIAO_FRESH_CACHE:-/var/cache/zhibiao-fresh}"
max_age_days="${ZHIBIAO_FRESH_MAX_AGE_DAYS:-7}"
tarball="$cache/bookworm-minbase.tar"

if [[ $(id -u) != 0 ]]; then
  echo "fresh-check: needs root (mmdebstrap, chroot and mount)" >&2
  exit 2
fi
t0=$SECONDS
step() { echo "fresh-check: [$((SECONDS - t0))s] $*" >&2; }

if ! command -v mmdebstrap >/dev/null; then
  step "installing mmdebstrap"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 \
    --no-install-recommends mmdebstrap >&2 ||
    { apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        -o DPkg::Lock::Timeout=600 --no-install-recommends mmdebstrap >&2; }
fi

# ---- 1. the minimal root (cached tarball) ----
mkdir -p "$cache/archives/partial"
if [[ ! -s "$tarball" ]] || [[ -n "$(find "$tarball" -mtime +"$max_age_days" 2>/dev/null)" ]]; then
  # This machine's apt sources (one-line and deb822 files), and its Acquire::Check-* settings
  # (a snapshot mirror's Release files may be past their Valid-Until date).
  sources=()
  [[ -s /etc/apt/sources.list ]] && sources+=(/etc/apt/sources.list)
  for f in /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [[ -s "$f" ]] && grep -q "debian" "$f" && sources+=("$f")
  done
  ((${#sources[@]})) || sources=(http://deb.debian.org/debian)
  aptopts=()
  while IFS= read -r line; do aptopts+=(--aptopt="$line"); done \
    < <(apt-config dump | grep -E '^Acquire::Check-(Valid-Until|Date) ' || true)
  step "bootstrapping a minimal bookworm root from ${sources[*]}"
  mmdebstrap --quiet --variant=minbase --format=tar "${aptopts[@]}" bookworm "$cache/partial.tar" \
    "${sources[@]}" >&2
  mv "$cache/partial.tar" "$tarball"
else
  step "using the cached root $tarball"
fi

# ---- 2. a new copy of the root with a clone of the commit and no ../shared ----
work="$(mktemp -d "${TMPDIR:-/var/tmp}/zhibiao-fresh.XXXXXX")"
root="$work/root"
cleanup() {
  # Mounts live in the check's own mount namespace and are gone with it; refuse to delete
  # anything if one is still there.
  if findmnt -rn -o TARGET | grep -q "^$work/"; then
    echo "fresh-check: mounts left under $work; not removing it" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT
mkdir "$root"
tar -C "$root" --numeric-owner -xf "$tarball"
git clone --quiet --no-local --no-checkout "$repo" "$root/root/zhibiao"
git -C "$root/root/zhibiao" checkout --quiet --detach "$commit"
rm -f "$root/root/zhibiao/.git/FETCH_HEAD"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
step "cloned $commit into the root; ls /root: $(ls "$root/root")"

# Runs COMMAND in the root as root, with a login-like minimal environment.
in_root() {
  unshare --mount --pid --fork --mount-proc="$root/proc" /bin/bash -c '
    set -e
    root="$1"; shift
    mount --make-rprivate /
    mount --rbind /dev "$root/dev"
    mount --bind "$2" "$root/var/cache/apt/archives"
    exec chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      /bin/bash -c "$1"' fresh-root "$root" "$@" "$cache/archives"
}

# ---- 3. the README's two commands ----
log="$work/log"
fail() {
  echo "fresh-check: FAILED: $*" >&2
  echo "---- last 60 lines of the log ----" >&2
  tail -n 60 "$log" >&2
  exit 1
}
step "scripts/run-sample.sh (stdout -> sample.json, stderr -> log)"
in_root 'cd /root/zhibiao && scripts/run-sample.sh > /root/sample.json' 2>>"$log" ||
  fail "scripts/run-sample.sh exited $?"
/usr/bin/python3 - "$root/root/sample.json" <<'EOF' || fail "run-sample's stdout is not the sample's JSON"
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    d = json.load(f)
assert d["metrics"] and d["targets"], "no metrics or targets"
print("fresh-check: run-sample stdout is JSON: %d metrics, %d targets" % (len(d["metrics"]), len(d["targets"])), file=sys.stderr)
EOF
step "scripts/test.sh (output -> log)"
in_root 'cd /root/zhibiao && scripts/test.sh' >>"$log" 2>&1 || fail "scripts/test.sh exited $?"
summary="$(grep -E '[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n 1)"
[[ -n "$summary" ]] || fail "no ctest summary in the log"
[[ ! -e "$root/root/shared" ]] || fail "../shared appeared in the root"
step "scripts/test.sh passed: $summary"
step "done in $((SECONDS - t0))s"
# The plain closing line: N passed, N failed (from ctest's summary in the fresh root).
total="$(sed -E 's/.* out of ([0-9]+).*/\1/' <<<"$summary")"
failed="$(sed -E 's/.* ([0-9]+) tests? failed.*/\1/' <<<"$summary")"
echo "fresh-check: $((total - failed)) passed, $failed failed"
