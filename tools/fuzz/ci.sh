#!/usr/bin/env bash
# CI's fuzzing step: builds every fuzz target with libFuzzer, ASan and UBSan
# (tools/fuzz/build.sh) and runs each for 60 seconds from its replay
# corpus, $(nproc) at a time. A crash, a sanitizer report, a leak, an input
# that takes longer than 25 s or a process past 4 GB fails the target.
# Prints one line per target,
#
#   fuzz //rules/fuzz:rates_fuzzer PASSED 60 s, 1234567 executions
#
# or FAILED with libFuzzer's report, the input's path and its bytes in
# base64 (turn it into a regression file: see README.md, Testing); exits 1
# when any target failed.
#
#   tools/fuzz/ci.sh [SECONDS [//pkg/fuzz:target...]]
#
# Work files go to $FUZZ_WORK (default /tmp/claimcheck-fuzz/ci).
set -uo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-60}
shift || true
work=${FUZZ_WORK:-/tmp/claimcheck-fuzz/ci}

# Each target and the seeds its replay test reads (folders or files; the
# targets fed only generated pieces start from the sample articles).
declare -A seeds=(
  [//claims/fuzz:text_fuzzer]="testdata/articles testdata/bad"
  [//claims/fuzz:extract_fuzzer]="testdata/articles testdata/bad/gazetteer.tsv"
  [//cli/fuzz:report_fuzzer]="testdata/expected/audit_articles_json.out testdata/expected/check_patents_json.out"
  [//normalize/fuzz:normalize_fuzzer]="testdata/articles normalize/fuzz/regressions"
  [//parse/fuzz:tagging_fuzzer]="testdata/articles"
  [//parse/fuzz:dependency_parser_fuzzer]="testdata/articles"
  [//rules/fuzz:rates_fuzzer]="testdata/rates"
  [//rules/fuzz:rule_set_fuzzer]="rules/default.textproto"
)
targets=("$@")
if ((${#targets[@]} == 0)); then
  mapfile -t targets < <(printf '%s\n' "${!seeds[@]}" | sort)
fi

# A UBSan report names the stack that reached it.
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

rm -rf "$work/runs"
mkdir -p "$work/runs"
start=$(date +%s)
if ! tools/fuzz/build.sh "$work/bin" "${targets[@]}" >/dev/null; then
  for target in "${targets[@]}"; do
    echo "fuzz $target FAILED to build"
  done
  exit 1
fi
echo "fuzz: built ${#targets[@]} targets in $(($(date +%s) - start)) s" >&2

# Runs one target; its log and findings go to $work/runs/NAME/.
run_one() {
  local target=$1 seconds=$2 name dir seed
  name=${target##*:}
  dir=$work/runs/$name
  mkdir -p "$dir/corpus"
  for seed in $3; do
    if [[ -d $seed ]]; then
      find "$seed" -type f -exec cp {} "$dir/corpus/" \;
    else
      cp "$seed" "$dir/corpus/"
    fi
  done
  # -timeout: one input; -max_total_time: the run. The corpus folder
  # receives what libFuzzer finds; findings are written as $dir/crash-...
  "$work/bin/$name" -max_total_time="$seconds" -timeout=25 \
    -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$dir/" \
    "$dir/corpus" >"$dir/log" 2>&1
  echo $? >"$dir/status"
}

for target in "${targets[@]}"; do
  while (($(jobs -rp | wc -l) >= $(nproc))); do wait -n; done
  run_one "$target" "$seconds" "${seeds[$target]:-testdata/articles}" &
done
wait

failed=0
for target in "${targets[@]}"; do
  name=${target##*:}
  dir=$work/runs/$name
  status=$(cat "$dir/status" 2>/dev/null || echo 1)
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log" |
    tail -1)
  if [[ $status == 0 ]] && ! ls "$dir" | grep -q -E '^(crash|leak|timeout|oom)-'; then
    echo "fuzz $target PASSED ${seconds} s, ${executions:-?} executions"
    continue
  fi
  failed=1
  echo "fuzz $target FAILED (exit status $status), ${executions:-?} executions"
  tail -n 60 "$dir/log"
  for finding in "$dir"/crash-* "$dir"/leak-* "$dir"/timeout-* "$dir"/oom-*; do
    [[ -e $finding ]] || continue
    echo "finding $finding ($(stat -c %s "$finding") bytes), base64:"
    head -c 65536 "$finding" | base64
  done
done
echo "fuzz: done in $(($(date +%s) - start)) s" >&2
exit "$failed"
