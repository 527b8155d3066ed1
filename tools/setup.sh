#!/usr/bin/env bash
# Installs the Debian packages claimcheck builds and tests with, when any is
# missing. Idempotent and non-interactive: run it before every build.
set -euo pipefail

packages=(
  bazel-bootstrap             # Bazel 4.2.3, works offline
  g++
  libabsl-dev                 # Abseil
  libprotobuf-dev protobuf-compiler
  libicu-dev                  # segmentation, case folding, transliteration
  libhowardhinnant-date-dev   # calendar arithmetic
  libgtest-dev libgmock-dev
  libbenchmark-dev
  libre2-dev
  libstemmer-dev              # Snowball stemmers
  libsqlite3-dev
  tzdata
  wordnet-base                # WordNet 3.0 data, compiled into //normalize:lexicon
  clang libclang-rt-dev       # libFuzzer and clang's sanitizer runtimes (tools/fuzz)
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null |
      grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "setup: installing ${missing[*]}" >&2
sudo=""
if [[ "$(id -u)" -ne 0 ]]; then
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
