#!/usr/bin/env bash
# Runs two builds of the normaliser benchmark alternately, ROUNDS times, and
# prints each one's bytes per second on the sample articles and the dense
# sentence. On a shared or busy machine only runs taken side by side like
# this compare; a number from another hour does not.
#
#   bench/compare.sh OLD_BINARY NEW_BINARY [ROUNDS]
#
# Build the old one in a worktree: git worktree add /tmp/old REV &&
# (cd /tmp/old && bazel build -c opt //bench:normalize_benchmark).
# Processes named by PAUSE_PATTERN (a pgrep -f pattern, none by default)
# are stopped during each round, for ~10 s at most.
set -euo pipefail
old=${1:?usage: bench/compare.sh OLD_BINARY NEW_BINARY [ROUNDS]}
new=${2:?usage: bench/compare.sh OLD_BINARY NEW_BINARY [ROUNDS]}
rounds=${3:-4}
pids=""
if [[ -n ${PAUSE_PATTERN:-} ]]; then
  pids=$(pgrep -f "$PAUSE_PATTERN" | tr '\n' ' ' || true)
fi
for _ in $(seq "$rounds"); do
  [[ -n $pids ]] && kill -STOP $pids
  for bin in "$old" "$new"; do
    rates=$("$bin" --benchmark_filter='Sample|Dense' --benchmark_min_time=0.4 \
      2>/dev/null | grep -o 'bytes_per_second=[0-9.]*M' | tr '\n' ' ')
    echo "$bin $rates"
  done
  [[ -n $pids ]] && kill -CONT $pids
  sleep 4
done
