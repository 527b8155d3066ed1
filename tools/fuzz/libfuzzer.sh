#!/usr/bin/env bash
# Builds one fuzz target with clang's libFuzzer, AddressSanitizer and
# UndefinedBehaviorSanitizer, and runs it. `bazel test` only replays fixed
# corpora (the *_replay_test targets); this is for searching by hand.
#
#   tools/fuzz/libfuzzer.sh rules/fuzz/rates_fuzzer.cc testdata/rates -max_total_time=60
#
# Arguments: the target's .cc, a folder or file of seed inputs (copied, not
# changed), then libFuzzer's own flags. Needs clang and libclang-rt-14-dev
# (tools/setup.sh installs them). The binary goes to
# /tmp/claimcheck-fuzz/bin/, the growing corpus to
# /tmp/claimcheck-fuzz/NAME/corpus. tools/fuzz/ci.sh runs every target as
# CI does.
set -euo pipefail
cd "$(dirname "$0")/../.."

target=${1:?usage: tools/fuzz/libfuzzer.sh TARGET.cc SEEDS [libFuzzer flags]}
seeds=${2:?usage: tools/fuzz/libfuzzer.sh TARGET.cc SEEDS [libFuzzer flags]}
shift 2
name=$(basename "$target" .cc)
work=/tmp/claimcheck-fuzz/$name
mkdir -p "$work/corpus"
cp -r "$seeds"/. "$work/corpus/" 2>/dev/null || cp "$seeds" "$work/corpus/"

# Built by tools/fuzz/build.sh from exactly the sources Bazel says the
# target needs; objects are kept and reused between runs.
label=//$(dirname "$target"):$name
binary=$(tools/fuzz/build.sh /tmp/claimcheck-fuzz/bin "$label" | tail -1)
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
  "$binary" "$@" "$work/corpus"
