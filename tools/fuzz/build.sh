#!/usr/bin/env bash
# Builds fuzz targets with clang's libFuzzer, AddressSanitizer and
# UndefinedBehaviorSanitizer, outside Bazel (Bazel here builds with GCC,
# which has no libFuzzer):
#
#   tools/fuzz/build.sh OUT //rules/fuzz:rates_fuzzer //cli/fuzz:report_fuzzer
#
# writes OUT/rates_fuzzer and OUT/report_fuzzer. Each target is linked from
# exactly the sources Bazel says it depends on (`bazel query --notool_deps
# deps(...)`): our .cc files and the generated ones (protobuf code, tables
# compiled in, the parse models' .S files), which Bazel builds first in its
# default configuration. Objects are kept in OUT/obj and compiled again only
# when a source, a header it includes or the flags change; compiles run
# $(nproc) at a time. Needs clang and libclang-rt-14-dev (tools/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."

out=${1:?usage: tools/fuzz/build.sh OUT //pkg/fuzz:target...}
shift
(($# > 0)) || { echo "usage: tools/fuzz/build.sh OUT //pkg/fuzz:target..." >&2; exit 2; }
mkdir -p "$out/obj"
out=$(cd "$out" && pwd)

CXX=${CXX_FUZZ:-clang++}
sanitize=(-fsanitize=address,undefined -fno-sanitize-recover=all
  -fno-omit-frame-pointer)
cflags=(-std=c++17 -O1 -gline-tables-only "${sanitize[@]}"
  -fsanitize=fuzzer-no-link -I. -w)
# The system libraries our targets link (third_party/system/*.BUILD);
# --as-needed drops those a target does not use.
absl=$(ls /usr/lib/x86_64-linux-gnu/libabsl_*.so |
  sed 's|.*/lib\(absl_[a-z0-9_]*\)\.so|-l\1|')
libs=(-Wl,--as-needed $absl -lprotobuf -licuuc -licui18n -licudata -lstemmer
  -lre2 -lsqlite3 -ldate-tz -lpthread)

# Our sources and generated files each target needs, as workspace paths.
sources=()
for target in "$@"; do
  # A genrule named in srcs (":gazetteer_data") is a dependency, its output
  # files are not: they are the genrules' direct reverse dependencies.
  query_out=$(bazel query --notool_deps --output=label \
    "let d = deps($target) in kind('source file', \$d) +
     kind('generated file', \$d + rdeps(//...:*, kind(genrule, \$d), 1))" \
    2>/dev/null) || {
    echo "build.sh: bazel query for $target failed" >&2
    exit 1
  }
  mapfile -t files < <(grep -E '^//' <<<"$query_out" |
    grep -E '\.(cc|S)$' | sed -e 's|^//||' -e 's|:|/|' -e 's|^/||')
  printf '%s\n' "${files[@]}" >"$out/$(basename "${target#*:}").sources"
  sources+=("${files[@]}")
done
mapfile -t sources < <(printf '%s\n' "${sources[@]}" | sort -u)

# Generated files come from Bazel's default configuration (bazel-bin).
generated=()
for source in "${sources[@]}"; do
  [[ -e $source ]] || generated+=("//${source%/*}:${source##*/}")
done
if ((${#generated[@]} > 0)) &&
    ! bazel build "${generated[@]}" >"$out/bazel.log" 2>&1; then
  cat "$out/bazel.log" >&2
  exit 1
fi
bin=$(bazel info bazel-bin 2>/dev/null)
execroot=$(bazel info execution_root 2>/dev/null)

# A flag change recompiles everything.
stamp="$out/obj/flags"
if [[ "$(cat "$stamp" 2>/dev/null)" != "$CXX ${cflags[*]}" ]]; then
  find "$out/obj" -name '*.o' -delete
  echo "$CXX ${cflags[*]}" >"$stamp"
fi

# Prints the sources whose object is missing or older than the source or
# any header its last compile read.
stale() {
  local source path object depfile
  for source in "$@"; do
    path=$source
    [[ -e $path ]] || path=$bin/$source
    object=$out/obj/$source.o
    depfile=$out/obj/$source.d
    if [[ ! -e $object || ! -e $depfile || $path -nt $object ]]; then
      echo "$source"
      continue
    fi
    # The .d file: "object: dep dep \" lines.
    for dep in $(sed -e 's/\\$//' -e 's/^[^:]*://' "$depfile"); do
      if [[ ! -e $dep || $dep -nt $object ]]; then
        echo "$source"
        break
      fi
    done
  done
}

compile() {
  local source=$1 path object
  path=$source
  [[ -e $path ]] || path=$bin/$source
  object=$out/obj/$source.o
  mkdir -p "$(dirname "$object")"
  if [[ $source == *.S ]]; then
    # The .S files .incbin the models by execroot-relative paths.
    (cd "$execroot" && $CXX -c "$path" -o "$object")
    : >"$out/obj/$source.d"
  else
    $CXX "${cflags[@]}" -I"$bin" -MMD -MF "$out/obj/$source.d" \
      -c "$path" -o "$object"
  fi
}
export -f compile
export out bin execroot CXX
export CFLAGS_FUZZ="${cflags[*]}"

mapfile -t todo < <(stale "${sources[@]}")
if ((${#todo[@]} > 0)); then
  echo "build.sh: compiling ${#todo[@]} of ${#sources[@]} sources with $CXX" >&2
  # Bash arrays do not cross `export`; the function reads the flags again.
  printf '%s\n' "${todo[@]}" | xargs -P "$(nproc)" -I{} bash -c \
    'cflags=($CFLAGS_FUZZ); compile "$1"' _ {}
fi

for target in "$@"; do
  name=$(basename "${target#*:}")
  mapfile -t files <"$out/$name.sources"
  objects=("${files[@]/#/$out/obj/}")
  objects=("${objects[@]/%/.o}")
  $CXX "${sanitize[@]}" -fsanitize=fuzzer "${objects[@]}" -o "$out/$name" \
    "${libs[@]}"
  echo "$out/$name"
done
