#!/usr/bin/env bash
# Times `claimcheck extract` and `claimcheck audit` on feeds of growing size
# and prints a Markdown table: input MB, seconds, MB/s, articles/s and peak
# resident memory of each run. Run by hand (speed targets do not belong in
# unit tests):
#
#   bench/scale.sh                  # 10^4 and 10^5 articles, both feeds
#   COUNTS="10000 100000 1000000" bench/scale.sh
#   FEEDS=wikinews COMMANDS=audit bench/scale.sh
#   BINARY=/tmp/old/claimcheck bench/scale.sh   # another build, as it is
#
# Feeds (built once under $WORK, default /tmp/claimcheck-scale):
#   wikinews   bench/wikinews_feed.py: the 2,084 Wikinews articles of
#              ../shared/corpora/wikinews (or $WIKINEWS) replicated with
#              distinct ids and dates over a year
#   synthetic  bench/synthetic_feed.py: short generated wire stories
# Each command runs on a copy of the binary built with -c opt, with the
# default --threads (one per core), output to /dev/null in JSON. The table
# ends with the machine's CPU count and model.
set -euo pipefail
cd "$(dirname "$0")/.."
counts=${COUNTS:-"10000 100000"}
feeds=${FEEDS:-"wikinews synthetic"}
commands=${COMMANDS:-"extract audit"}
work=${WORK:-/tmp/claimcheck-scale}
mkdir -p "$work"

binary=${BINARY:-}
if [[ -z $binary ]]; then
  bazel build -c opt //cli:claimcheck >&2
  binary=bazel-bin/cli/claimcheck
fi
cp -f "$binary" "$work/claimcheck"
chmod u+w "$work/claimcheck"

feed_file() {  # feed count -> path, built when missing
  local path="$work/$1-$2.jsonl"
  if [[ ! -s $path ]]; then
    echo "building $path" >&2
    case $1 in
      wikinews) python3 bench/wikinews_feed.py "$2" ${WIKINEWS:+"$WIKINEWS"} \
        > "$path.tmp" ;;
      synthetic) python3 bench/synthetic_feed.py "$2" > "$path.tmp" ;;
      *) echo "unknown feed $1" >&2; return 2 ;;
    esac || { rm -f "$path.tmp"; return 1; }
    mv "$path.tmp" "$path"
  fi
  echo "$path"
}

echo "| feed | articles | command | MB | seconds | MB/s | articles/s | peak RSS MB |"
echo "|---|---:|---|---:|---:|---:|---:|---:|"
for feed in $feeds; do
  for count in $counts; do
    path=$(feed_file "$feed" "$count") || exit 1
    bytes=$(stat -c %s "$path")
    for command in $commands; do
      # The exit status is 1 when there are findings; only >1 is a failure.
      status=0
      /usr/bin/time -f "%e %M" -o "$work/time" "$work/claimcheck" "$command" \
        --format=json "$path" > /dev/null 2> "$work/stderr" || status=$?
      if (( status > 1 )); then
        echo "$command on $path failed (exit $status):" >&2
        tail -5 "$work/stderr" >&2
        exit 1
      fi
      read -r seconds kb < <(tail -1 "$work/time")
      awk -v f="$feed" -v n="$count" -v c="$command" -v b="$bytes" \
        -v s="$seconds" -v k="$kb" 'BEGIN {
          mb = b / 1e6
          printf "| %s | %d | %s | %.0f | %.1f | %.1f | %.0f | %.0f |\n",
            f, n, c, mb, s, mb / s, n / s, k / 1024 }'
    done
  done
done
echo
echo "$(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1)," \
  "$(free -g | awk '/^Mem:/ {print $2}') GB RAM"
