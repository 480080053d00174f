#!/bin/sh
# Starts a throwaway PostgreSQL cluster for the store tests and prints its URL on stdout:
#   export BANDFIT_TEST_DATABASE_URL=$(test/pg/start.sh)
# 127.0.0.1 only, trust auth, data under /tmp, fsync off: for tests, never for real data.
# initdb refuses to run as root, so as root the cluster runs as the `postgres` user.
# Needs the PostgreSQL server binaries (Debian: apt-get install postgresql).
set -eu

PORT="${BANDFIT_PG_PORT:-54329}"
DIR="${BANDFIT_PG_DIR:-/tmp/bandfit-pg-$PORT}"
DB="${BANDFIT_PG_DB:-bandfit_test}"

BIN="$(pg_config --bindir 2>/dev/null || true)"
if [ ! -x "$BIN/initdb" ]; then
  BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
fi
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  echo "start.sh: PostgreSQL server binaries not found (apt-get install postgresql)" >&2
  exit 1
fi

if [ "$(id -u)" = 0 ]; then
  USER_NAME=postgres
  as_pg() { runuser -u postgres -- "$@"; }
else
  USER_NAME="$(id -un)"
  as_pg() { "$@"; }
fi

if [ ! -f "$DIR/PG_VERSION" ]; then
  mkdir -p "$DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$DIR"
  chmod 700 "$DIR"
  as_pg "$BIN/initdb" -D "$DIR" -A trust -U "$USER_NAME" --no-sync -E UTF8 >"$DIR.initdb.log" 2>&1 || {
    cat "$DIR.initdb.log" >&2
    exit 1
  }
fi

if ! as_pg "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
  as_pg "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -t 30 \
    -o "-p $PORT -c listen_addresses=127.0.0.1 -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
fi

if ! as_pg "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U "$USER_NAME" -d postgres -tAc "select 1 from pg_database where datname = '$DB'" | grep -q 1; then
  as_pg "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U "$USER_NAME" "$DB"
fi

echo "postgres://$USER_NAME@127.0.0.1:$PORT/$DB"
