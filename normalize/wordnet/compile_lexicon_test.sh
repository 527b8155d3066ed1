#!/usr/bin/env bash
# Runs compile_lexicon over a small made-up WordNet database (testdata/wordnet)
# and compares its table with testdata/expected_lexicon.tsv; then checks that
# malformed index lines (counts that do not add up, a count in words) fail
# with the file and line.
set -euo pipefail

dir=normalize/wordnet
tool="$dir/compile_lexicon"
out="$TEST_TMPDIR/lexicon.tsv"

"$tool" "$out" "$dir"/testdata/wordnet/*
diff -u "$dir/testdata/expected_lexicon.tsv" "$out"

bad="$TEST_TMPDIR/bad"
mkdir -p "$bad"
cp "$dir"/testdata/wordnet/* "$bad"
chmod u+w "$bad"/*
echo 'oops n 2 0 1 1 00000100  ' >> "$bad/index.noun"
if "$tool" "$out" "$bad"/* 2> "$TEST_TMPDIR/stderr"; then
  echo "compile_lexicon accepted a malformed index line" >&2
  exit 1
fi
expected="compile_lexicon: $bad/index.noun:9: field counts do not add up"
if [[ "$(cat "$TEST_TMPDIR/stderr")" != "$expected" ]]; then
  echo "expected: $expected" >&2
  echo "got:      $(cat "$TEST_TMPDIR/stderr")" >&2
  exit 1
fi

# A count that is not a number fails too (atoi read it as 0).
cp "$dir"/testdata/wordnet/index.noun "$bad/index.noun"
echo 'oops n two 0 1 1 00000100  ' >> "$bad/index.noun"
if "$tool" "$out" "$bad"/* 2> "$TEST_TMPDIR/stderr"; then
  echo "compile_lexicon accepted a count in words" >&2
  exit 1
fi
expected="compile_lexicon: $bad/index.noun:9: expected a synset count, got \"two\""
if [[ "$(cat "$TEST_TMPDIR/stderr")" != "$expected" ]]; then
  echo "expected: $expected" >&2
  echo "got:      $(cat "$TEST_TMPDIR/stderr")" >&2
  exit 1
fi

if "$tool" "$out" "$dir"/testdata/wordnet/index.noun 2> "$TEST_TMPDIR/stderr"; then
  echo "compile_lexicon ran without its other files" >&2
  exit 1
fi
expected="compile_lexicon: missing WordNet files: data.noun noun.exc index.verb data.verb verb.exc index.adj data.adj adj.exc index.adv data.adv adv.exc"
if [[ "$(cat "$TEST_TMPDIR/stderr")" != "$expected" ]]; then
  echo "expected: $expected" >&2
  echo "got:      $(cat "$TEST_TMPDIR/stderr")" >&2
  exit 1
fi
echo PASS
