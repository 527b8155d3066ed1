#!/usr/bin/env bash
# The binary on outputs that fail: a reader that stops early (| head -1)
# ends the run without a crash or a word on stderr; a full disk is an error
# and exit status 2, not a clean run.
set -uo pipefail
claimcheck="$1"
err="${TEST_TMPDIR:-/tmp}/stderr"
fail=0

"$claimcheck" audit --fail-on=never testdata/articles 2>"$err" | head -1 >/dev/null
status=${PIPESTATUS[0]}
# 0 when the report fit the pipe's buffer, 141 (SIGPIPE) when it did not.
if [[ $status -ne 0 && $status -ne 141 ]]; then
  echo "| head -1: exit status $status"; fail=1
fi
if [[ -s "$err" ]]; then
  echo "| head -1: stderr not empty:"; cat "$err"; fail=1
fi

# A report larger than a pipe's buffer, so the reader really goes away.
"$claimcheck" extract --include-text testdata/articles testdata/articles \
  testdata/articles 2>"$err" | head -c 100 >/dev/null
status=${PIPESTATUS[0]}
if [[ $status -ne 141 && $status -ne 0 ]]; then
  echo "head -c 100: exit status $status"; fail=1
fi
if grep -v '^claimcheck: ' "$err" | grep -q .; then
  echo "head -c 100: stderr has more than the summary:"; cat "$err"; fail=1
fi

"$claimcheck" audit --fail-on=never testdata/articles >/dev/full 2>"$err"
status=$?
if [[ $status -ne 2 ]]; then
  echo "> /dev/full: exit status $status, not 2"; fail=1
fi
if ! grep -q 'claimcheck: error: cannot write the output' "$err"; then
  echo "> /dev/full: no error on stderr:"; cat "$err"; fail=1
fi
exit $fail
