#!/bin/sh
# Stops the throwaway cluster test/pg/start.sh started and deletes its data directory.
# Keep the data with BANDFIT_PG_KEEP=1.
set -eu

PORT="${BANDFIT_PG_PORT:-54329}"
DIR="${BANDFIT_PG_DIR:-/tmp/bandfit-pg-$PORT}"

BIN="$(pg_config --bindir 2>/dev/null || true)"
if [ ! -x "$BIN/pg_ctl" ]; then
  BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
fi

if [ "$(id -u)" = 0 ]; then
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi

if [ -f "$DIR/postmaster.pid" ] && [ -n "$BIN" ]; then
  as_pg "$BIN/pg_ctl" -D "$DIR" -m fast -w stop >/dev/null
fi
if [ "${BANDFIT_PG_KEEP:-0}" != 1 ]; then
  rm -rf "$DIR" "$DIR.initdb.log"
fi
echo "stopped PostgreSQL test cluster on port $PORT"
