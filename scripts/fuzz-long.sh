#!/usr/bin/env bash
# Long fuzzing: runs each libFuzzer target, one after the other, for a given time from the
# seed corpus, keeps the new corpus entries it finds and minimises the corpus afterwards.
#
#   scripts/fuzz-long.sh [SECONDS] [TARGET...]     # default 600 s each; all targets
#   FUZZ_MAX_LEN=4096 FUZZ_RSS_MB=3072 scripts/fuzz-long.sh 1800 parse_fuzzer
#
# Targets: parse_fuzzer html_fuzzer quantity_fuzzer report_fuzzer (build/fuzz, preset
# `fuzz`; built here when missing). Per target, under build/fuzz/long/:
#   corpus/<target>/      the working corpus: seeds (fuzz/seeds/<set>, plus build/fuzz/corpus/<set>
#                         from fuzz/seed.sh when present) and every new entry; kept between runs
#   corpus/<target>.min/  a minimised copy (libFuzzer -merge=1) made after the run; it then
#                         replaces corpus/<target>/, so the next run starts from it
#   findings/<target>-*   crashes, timeouts, OOMs (fork mode: fuzzing goes on past them)
#   <target>.log          libFuzzer's log
#   summary.tsv           target, seconds, executions, findings, corpus size before/after merge
# Exit status 1 when any target left a finding. Run it in the background on a shared machine
# (it is meant to take SECONDS x targets); fuzz/README.md records the runs.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-600}"
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(parse_fuzzer html_fuzzer quantity_fuzzer report_fuzzer)
max_len="${FUZZ_MAX_LEN:-4096}"
rss_mb="${FUZZ_RSS_MB:-3072}"
build=build/fuzz
out="$build/long"
mkdir -p "$out/corpus" "$out/findings"

missing=0
for t in "${targets[@]}"; do [[ -x "$build/fuzz/$t" ]] || missing=1; done
if [[ $missing == 1 ]]; then
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz -j "$(nproc 2>/dev/null || echo 2)"
fi

seed_set() {  # fuzz/seeds/<set> of a target
  case "$1" in
    parse_fuzzer) echo parse ;; html_fuzzer) echo html ;; quantity_fuzzer) echo quantity ;;
    report_fuzzer) echo report ;; *) echo "fuzz-long.sh: unknown target $1" >&2; exit 2 ;;
  esac
}

summary="$out/summary.tsv"
[[ -f "$summary" ]] || printf 'date\tcommit\ttarget\tseconds\texecutions\tfindings\tcorpus_before\tcorpus_after_merge\n' > "$summary"
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
status=0
for t in "${targets[@]}"; do
  set_name="$(seed_set "$t")"
  corpus="$out/corpus/$t"
  mkdir -p "$corpus"
  extra=()
  [[ -d "$build/corpus/$set_name" ]] && extra+=("$build/corpus/$set_name")
  before_findings="$(ls "$out/findings" | grep -c "^$t-" || true)"
  log="$out/$t.log"
  echo "fuzz-long.sh: $t for ${secs}s (log $log)"
  # fork=1 + ignore_*: a crash, timeout or OOM is saved and fuzzing goes on.
  "$build/fuzz/$t" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
      -max_total_time="$secs" -timeout=20 -rss_limit_mb="$rss_mb" -max_len="$max_len" \
      -dict=fuzz/zhibiao.dict -artifact_prefix="$out/findings/$t-" -print_final_stats=1 \
      "$corpus" "fuzz/seeds/$set_name" "${extra[@]}" > "$log" 2>&1 || true
  # Executions: the last status line "#N ..." of the fork-mode log.
  execs="$(grep -oE '^#[0-9]+' "$log" | tail -n 1 | tr -d '#')"
  findings=$(( $(ls "$out/findings" | grep -c "^$t-" || true) - before_findings ))
  n_before="$(ls "$corpus" | wc -l)"
  rm -rf "$corpus.min"
  mkdir -p "$corpus.min"
  "$build/fuzz/$t" -merge=1 -timeout=20 -rss_limit_mb="$rss_mb" -max_len="$max_len" \
      "$corpus.min" "$corpus" > "$out/$t.merge.log" 2>&1 || true
  n_after="$(ls "$corpus.min" | wc -l)"
  if [[ "$n_after" -gt 0 ]]; then
    rm -rf "$corpus" && mv "$corpus.min" "$corpus"
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$commit" "$t" "$secs" "${execs:-0}" \
      "$findings" "$n_before" "$n_after" >> "$summary"
  echo "fuzz-long.sh: $t: ${execs:-0} executions, $findings new findings, corpus $n_before -> $n_after"
  [[ "$findings" -eq 0 ]] || status=1
done
exit $status
