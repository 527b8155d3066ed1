#!/usr/bin/env bash
# Installs the Debian packages claimcheck builds and tests with, when any is
# missing, and generates the de_DE.UTF-8 locale a test runs under.
# Idempotent and non-interactive: run it before every build.
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
  locales                     # locale-gen, for the de_DE.UTF-8 test locale
  libsqlite3-dev              # the embedded archive (archive/sqlite.h)
  libpq-dev postgresql        # the shared archive (archive/postgres.h) and its tests
  tzdata
  python3-jsonschema          # validates SARIF against its schema (//cli:sarif_schema_test)
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

sudo=""
if [[ "$(id -u)" -ne 0 ]]; then
  sudo="sudo"
fi

if ((${#missing[@]} > 0)); then
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q
  $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# //normalize:normalizer_test checks that figures read the same under a
# locale with a decimal comma; Debian generates no locale but C by default.
if ! locale -a 2>/dev/null | grep -qix 'de_DE\.utf-\?8'; then
  echo "setup: generating the de_DE.UTF-8 locale" >&2
  if ! grep -q '^de_DE\.UTF-8 UTF-8' /etc/locale.gen 2>/dev/null; then
    if grep -q '^# *de_DE\.UTF-8 UTF-8' /etc/locale.gen 2>/dev/null; then
      $sudo sed -i 's/^# *de_DE\.UTF-8 UTF-8/de_DE.UTF-8 UTF-8/' /etc/locale.gen
    else
      echo 'de_DE.UTF-8 UTF-8' | $sudo tee -a /etc/locale.gen >/dev/null
    fi
  fi
  $sudo locale-gen
fi
