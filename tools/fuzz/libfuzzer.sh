#!/usr/bin/env bash
# Builds one fuzz target with clang's libFuzzer, AddressSanitizer and
# UndefinedBehaviorSanitizer, and runs it. `bazel test` only replays fixed
# corpora (the *_replay_test targets); this is for searching by hand.
#
#   tools/fuzz/libfuzzer.sh rules/fuzz/rates_fuzzer.cc testdata/rates -max_total_time=60
#
# Arguments: the target's .cc, a folder of seed inputs (copied, not
# changed), then libFuzzer's own flags. Needs clang (apt-get install
# clang). The binary and the growing corpus go to /tmp/claimcheck-fuzz/.
set -euo pipefail
cd "$(dirname "$0")/../.."

target=${1:?usage: tools/fuzz/libfuzzer.sh TARGET.cc SEEDS [libFuzzer flags]}
seeds=${2:?usage: tools/fuzz/libfuzzer.sh TARGET.cc SEEDS [libFuzzer flags]}
shift 2
name=$(basename "$target" .cc)
work=/tmp/claimcheck-fuzz/$name
mkdir -p "$work/corpus"
cp -r "$seeds"/. "$work/corpus/" 2>/dev/null || cp "$seeds" "$work/corpus/"

# Generated sources (protobuf, compiled-in data) come from Bazel.
bazel build //claims:all //normalize:all //rules:all //cli:all >/dev/null
generated=$(ls bazel-bin/claims/*.cc bazel-bin/normalize/*.cc \
  bazel-bin/rules/*.cc bazel-bin/cli/*.cc)
# Every library source: the linker keeps what the target uses.
sources=$(ls claims/*.cc normalize/*.cc normalize/internal/*.cc rules/*.cc \
  rules/internal/*.cc cli/*.cc | grep -v -e '_test\.cc$' -e '^cli/main\.cc$')
absl=$(ls /usr/lib/x86_64-linux-gnu/libabsl_*.so |
  sed 's|.*/lib\(absl_[a-z0-9_]*\)\.so|-l\1|')

clang++ -std=c++17 -O1 -g -fsanitize=fuzzer,address,undefined -I. -Ibazel-bin \
  "$target" $sources $generated -o "$work/$name" \
  -Wl,--as-needed $absl -lprotobuf -licuuc -licui18n -licudata -lstemmer \
  -lpthread
"$work/$name" "$@" "$work/corpus"
