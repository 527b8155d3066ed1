#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL server, for the archive's
# PostgreSQL tests:
#
#   tools/with_postgres.sh bazel test -c opt //archive:postgres_test
#
# The server (Debian's postgresql package, the newest installed version)
# lives in a fresh temporary directory, listens on 127.0.0.1 only, on a
# free port, trusts every local connection and skips fsync: it holds
# nothing worth keeping. The command sees
# CLAIMCHECK_POSTGRES_URL=postgresql://claimcheck@127.0.0.1:PORT/claimcheck
# (.bazelrc passes it on to tests). Afterwards the server is stopped and
# its directory deleted, also when the command fails or is interrupted;
# the script exits with the command's status.
#
# Without PostgreSQL installed, the command runs without the variable and
# the PostgreSQL tests skip.
set -euo pipefail

if (($# == 0)); then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi

bin=""
for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
  if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/postgres" ]]; then
    bin="$dir"
  fi
done
if [[ -z "$bin" ]]; then
  echo "with_postgres: PostgreSQL is not installed (no" \
    "/usr/lib/postgresql/*/bin/initdb; apt-get install postgresql);" \
    "running without CLAIMCHECK_POSTGRES_URL, so PostgreSQL tests skip" >&2
  unset CLAIMCHECK_POSTGRES_URL
  exec "$@"
fi

# initdb and postgres refuse to run as root: root runs them as the
# postgres user, in a directory under /tmp that user can reach.
as=()
if [[ "$(id -u)" -eq 0 ]]; then
  as=(runuser -u postgres --)
  dir="$(mktemp -d /tmp/claimcheck-pg.XXXXXX)"
  chown postgres: "$dir"
else
  dir="$(mktemp -d "${TMPDIR:-/tmp}/claimcheck-pg.XXXXXX")"
fi
started=""

# Runs a server program as the server's user, from its directory (the
# caller's may be closed to that user).
server() {
  (cd "$dir" && "${as[@]}" "$bin/$1" "${@:2}")
}

cleanup() {
  if [[ -n "$started" ]]; then
    local pid
    pid="$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null || true)"
    server pg_ctl stop -D "$dir/data" -m fast -w >/dev/null 2>&1 ||
      echo "with_postgres: could not stop the server in $dir" >&2
    # pg_ctl returns when the server is done, a moment before init has
    # reaped it: wait, so that nothing of it is left when we exit.
    for ((wait = 0; wait < 50; ++wait)); do
      [[ -n "$pid" && -e "/proc/$pid" ]] || break
      sleep 0.1
    done
  fi
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if ! server initdb -D "$dir/data" --auth=trust -U claimcheck \
    --encoding=UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1; then
  echo "with_postgres: initdb failed:" >&2
  cat "$dir/initdb.log" >&2
  exit 1
fi

# Another program may hold a port: try a few from a random base.
port=""
base=$((20000 + RANDOM % 30000))
for ((try = 0; try < 20; ++try)); do
  candidate=$((base + try))
  # pg_ctl hands -o to a shell, on one line.
  options="-p $candidate -k '$dir' -c listen_addresses=127.0.0.1"
  options+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  if server pg_ctl start -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "$options" >/dev/null 2>&1; then
    port="$candidate"
    started=1
    break
  fi
done
if [[ -z "$port" ]]; then
  echo "with_postgres: the server did not start; its log:" >&2
  cat "$dir/server.log" >&2 || true
  exit 1
fi

if ! "$bin/createdb" -h 127.0.0.1 -p "$port" -U claimcheck claimcheck; then
  echo "with_postgres: could not create the claimcheck database" >&2
  exit 1
fi

export CLAIMCHECK_POSTGRES_URL="postgresql://claimcheck@127.0.0.1:$port/claimcheck"
echo "with_postgres: PostgreSQL $(basename "$(dirname "$bin")") at" \
  "$CLAIMCHECK_POSTGRES_URL" >&2

status=0
"$@" || status=$?
exit "$status"
