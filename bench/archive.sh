#!/usr/bin/env bash
# The archive's benchmark: `archive add` throughput, archive size per
# article, and `check` of one draft against the archive, for SQLite and
# PostgreSQL (a throwaway server, tools/with_postgres.sh).
#
#   bench/archive.sh [COUNT] [WORK_DIR]      # COUNT defaults to 100000
#   BACKENDS=sqlite bench/archive.sh ...     # one backend ("postgres")
#
# The archive is real news: the Wikinews corpus (../shared/corpora/wikinews)
# extracted once, its records replicated to COUNT with distinct ids and
# dates (bench/replicate_records.py). The drafts are twenty Wikinews
# articles (every hundredth file), held out of the archive (new text, as an
# editor's draft is), checked one at a time as an editor would: each time
# is the whole command's wall time, process start and the draft's own
# extraction included; "alone" is the same draft checked with no archive. Run by hand on an idle machine: it takes a while
# (COUNT=100000: about half an hour per backend).
set -euo pipefail
cd "$(dirname "$0")/.."
inside=""
if [[ ${1:-} == --postgres-inside ]]; then
  inside=1
  shift
fi
count=${1:-100000}
work=${2:-/tmp/claimcheck-archive-bench}
corpus=../shared/corpora/wikinews
[[ -d $corpus ]] || { echo "bench/archive.sh: needs $corpus" >&2; exit 2; }
mkdir -p "$work"
# Its own copy of the binary, so that a rebuild meanwhile changes nothing.
bin=$work/claimcheck
if [[ -z $inside ]]; then
  bazel build -c opt //cli:claimcheck >&2
  cp -f bazel-bin/cli/claimcheck "$bin"
fi

if [[ ! -s $work/wikinews.jsonl ]]; then
  "$bin" extract --format=json "$corpus" 2>/dev/null |
    grep -v '"id":"[^"]*README.md"' > "$work/wikinews.jsonl"
fi
mapfile -t drafts < <(find "$corpus" -name '*.txt' | sort | awk 'NR % 100 == 0' | head -20)
printf '%s\n' "${drafts[@]}" > "$work/drafts.txt"
records=$work/records-$count-held-out.jsonl
if [[ ! -s $records ]]; then
  python3 bench/replicate_records.py "$work/wikinews.jsonl" "$count" \
    "$work/drafts.txt" > "$records"
fi

now() { date +%s.%N; }
elapsed() { python3 -c "print(f'{$2 - $1:.2f}')"; }

# The median, the 90th percentile and the largest of the times on stdin,
# and how many are under half a second.
summary() {
  python3 -c "
import statistics, sys
v = sorted(float(x) for x in sys.stdin.read().split())
p90 = v[min(len(v) - 1, round(0.9 * (len(v) - 1)))]
under = sum(x < 0.5 for x in v)
print(f'median {statistics.median(v):.2f} s, 90th pct. {p90:.2f} s, '
      f'max {max(v):.2f} s; {under} of {len(v)} under 0.5 s')"
}

# bench ARCHIVE SIZE_COMMAND...: adds, then checks each draft.
bench() {
  local archive=$1 backend=$2
  shift 2
  local start end
  start=$(now)
  "$bin" archive add --records --archive "$archive" "$records" >&2
  end=$(now)
  local seconds
  seconds=$(elapsed "$start" "$end")
  local bytes
  bytes=$("$@")
  local times="" alone=""
  for draft in "${drafts[@]}"; do
    start=$(now)
    "$bin" check "$draft" --archive "$archive" --fail_on=never > /dev/null
    end=$(now)
    times+="$(elapsed "$start" "$end") "
    start=$(now)
    "$bin" check "$draft" --fail_on=never > /dev/null
    end=$(now)
    alone+="$(elapsed "$start" "$end") "
  done
  echo "| $backend | $count | $seconds s ($(python3 -c "print(round($count / $seconds))") articles/s) | $(python3 -c "print(round($bytes / $count / 1024, 1))") KB | $(echo "$times" | summary) | $(echo "$alone" | summary) |"
}

if [[ -z $inside ]]; then
  echo "| backend | articles | archive add | size per article | check of one draft | the same draft alone |"
  echo "|---|---|---|---|---|---|"
  db=$work/archive-$count.db
  rm -f "$db" "$db-wal" "$db-shm"
  sqlite_size() { "$bin" archive stats --archive "$db" > /dev/null; stat -c %s "$db"; }
  if [[ ${BACKENDS:-sqlite postgres} == *sqlite* ]]; then
    bench "$db" SQLite sqlite_size
  fi
  if [[ ${BACKENDS:-sqlite postgres} == *postgres* ]]; then
    tools/with_postgres.sh bench/archive.sh --postgres-inside "$count" "$work"
  fi
else
  url=${CLAIMCHECK_POSTGRES_URL:?bench/archive.sh: no PostgreSQL server}
  postgres_size() {
    psql -At "$url" -c "SELECT pg_database_size(current_database())"
  }
  bench "$url" PostgreSQL postgres_size
fi
