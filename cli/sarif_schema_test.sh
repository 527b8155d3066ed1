#!/usr/bin/env bash
# Every SARIF golden, and SARIF written now from a feed with a cap on
# results, validated against the official SARIF 2.1.0 schema
# (testdata/sarif/) and GitHub code scanning's further needs
# (tools/validate_sarif.py).
set -euo pipefail
claimcheck="$1"
validate="$2"
schema="$3"
shift 3
logs=("$@")
capped="${TEST_TMPDIR:-/tmp}/capped.sarif"
"$claimcheck" audit --format=sarif --fail-on=never --max-results=3 \
  testdata/articles > "$capped"
grep -q '"toolExecutionNotifications": \[' "$capped"
grep -q 'results left out (--max-results=3' "$capped"
python3 "$validate" "$schema" "${logs[@]}" "$capped"
