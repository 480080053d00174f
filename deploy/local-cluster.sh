#!/bin/sh
# The whole deployment on one machine, loopback only: a PostgreSQL cluster on 127.0.0.1, N
# `bandfit serve` instances on consecutive ports, nginx in front (run as you, under a temp dir).
#
#   deploy/local-cluster.sh start [N]     # N instances (default 3); prints the balancer's URL
#   deploy/local-cluster.sh restart I     # drain instance I (1..N) with SIGTERM, start it again
#   deploy/local-cluster.sh status
#   deploy/local-cluster.sh stop          # stops everything and deletes the temp dir
#
# Ports: nginx on BANDFIT_LB_PORT (8080), instances from BANDFIT_FIRST_PORT (8081) up,
# PostgreSQL on BANDFIT_PG_PORT (54330). Files under BANDFIT_CLUSTER_DIR
# (/tmp/bandfit-cluster-<lb port>): logs, pid files, nginx's prefix, the admin token.
# BANDFIT_ADMIN_TOKEN is used if set, else one is made and kept in <dir>/admin-token.
# BANDFIT_CMD runs an instance (default: node <repo>/bin/bandfit.js).
# PostgreSQL is the throwaway cluster of test/pg/start.sh (trust auth, fsync off): for trying
# the deployment, never for real data. Needs nginx (Debian: apt-get install nginx; the system
# service is neither used nor touched) and the PostgreSQL server binaries.
set -eu
# Functions use `local` (dash, bash and busybox sh have it, though POSIX does not name it).

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
LB_PORT="${BANDFIT_LB_PORT:-8080}"
FIRST_PORT="${BANDFIT_FIRST_PORT:-8081}"
PG_PORT="${BANDFIT_PG_PORT:-54330}"
DIR="${BANDFIT_CLUSTER_DIR:-/tmp/bandfit-cluster-$LB_PORT}"
CMD="${BANDFIT_CMD:-node $ROOT/bin/bandfit.js}"
PG_ENV="BANDFIT_PG_PORT=$PG_PORT BANDFIT_PG_DIR=$DIR/pg BANDFIT_PG_DB=bandfit"

say() { echo "local-cluster: $*" >&2; }
fail() { say "$*"; exit 1; }

find_nginx() {
  for candidate in "$(command -v nginx 2>/dev/null || true)" /usr/sbin/nginx; do
    [ -n "$candidate" ] && [ -x "$candidate" ] && { echo "$candidate"; return 0; }
  done
  return 1
}

# 0 once GET url answers 200 (node's fetch: no curl needed), waiting at most $2 seconds.
wait_ready() {
  node -e '
    const [url, seconds] = [process.argv[1], Number(process.argv[2])];
    const end = Date.now() + seconds * 1000;
    const poll = () => fetch(url).then((r) => r.status === 200, () => false).then((ok) => {
      if (ok) process.exit(0);
      if (Date.now() > end) process.exit(1);
      setTimeout(poll, 100);
    });
    poll();
  ' "$1" "$2"
}

instance_port() { echo $((FIRST_PORT + $1 - 1)); }

start_instance() {
  local port
  port="$(instance_port "$1")"
  # setsid: an instance is not in the caller's process group, so a Ctrl-C there does not reach it.
  BANDFIT_DATABASE_URL="$DATABASE_URL" BANDFIT_ADMIN_TOKEN="$TOKEN" \
    setsid $CMD serve --host 127.0.0.1 --port "$port" >>"$DIR/instance-$port.log" 2>&1 </dev/null &
  echo $! >"$DIR/instance-$port.pid"
}

await_instance() {
  local port
  port="$(instance_port "$1")"
  wait_ready "http://127.0.0.1:$port/api/ready" 60 || fail "instance on port $port is not ready after 60 s (see $DIR/instance-$port.log)"
}

# SIGTERM (the instance drains, then exits), SIGKILL if it is still there after 20 s.
stop_pid() {
  local pid="$1" waited=0
  kill -TERM "$pid" 2>/dev/null || return 0
  while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt 200 ]; do sleep 0.1; waited=$((waited + 1)); done
  kill -KILL "$pid" 2>/dev/null || true
}

load_state() {
  [ -f "$DIR/cluster.env" ] || fail "no cluster running from $DIR (start one with: $0 start N)"
  . "$DIR/cluster.env"
}

start() {
  n="${1:-3}"
  case "$n" in '' | *[!0-9]* | 0) fail "N must be a number of instances from 1, got \"$n\"" ;; esac
  [ -f "$DIR/cluster.env" ] && fail "a cluster is already running from $DIR (stop it with: $0 stop)"
  NGINX="$(find_nginx)" || fail "nginx not found (Debian: apt-get install nginx)"
  mkdir -p "$DIR/nginx/tmp"
  chmod 755 "$DIR"

  DATABASE_URL="$(env $PG_ENV sh "$ROOT/test/pg/start.sh")" || fail "PostgreSQL did not start"
  if [ -n "${BANDFIT_ADMIN_TOKEN:-}" ]; then
    TOKEN="$BANDFIT_ADMIN_TOKEN"
  else
    TOKEN="$(node -e 'process.stdout.write(require("crypto").randomBytes(18).toString("base64url"))')"
  fi
  (umask 077 && printf '%s\n' "$TOKEN" >"$DIR/admin-token")
  printf 'N=%s\nDATABASE_URL=%s\nNGINX=%s\n' "$n" "$DATABASE_URL" "$NGINX" >"$DIR/cluster.env"

  # Every instance migrates on start: Kysely's migrator holds a PostgreSQL advisory lock, so
  # they may start together and the schema is migrated once.
  i=1
  while [ "$i" -le "$n" ]; do start_instance "$i"; i=$((i + 1)); done
  i=1
  while [ "$i" -le "$n" ]; do await_instance "$i"; i=$((i + 1)); done

  ports=""
  i=1
  while [ "$i" -le "$n" ]; do ports="$ports $(instance_port "$i")"; i=$((i + 1)); done
  sh "$ROOT/deploy/render-nginx.sh" "127.0.0.1:$LB_PORT" $ports >"$DIR/nginx/bandfit.conf"
  user_line=""
  # As root, nginx's workers would run as nobody; keep them the same user as the master.
  [ "$(id -u)" = 0 ] && user_line="user $(id -un) $(id -gn);"
  sed -e "s|@PREFIX@|$DIR/nginx|g" -e "s|@USER@|$user_line|" -e "s|@WORKERS@|${BANDFIT_NGINX_WORKERS:-1}|" \
    "$ROOT/deploy/nginx/local-main.conf.template" >"$DIR/nginx/nginx.conf"
  "$NGINX" -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf" -e "$DIR/nginx/error.log" -t -q || fail "nginx rejected $DIR/nginx/nginx.conf"
  "$NGINX" -p "$DIR/nginx" -c "$DIR/nginx/nginx.conf" -e "$DIR/nginx/error.log" || fail "nginx did not start (see $DIR/nginx/error.log)"
  wait_ready "http://127.0.0.1:$LB_PORT/api/ready" 10 || fail "nginx on port $LB_PORT does not answer (see $DIR/nginx/error.log)"
  say "PostgreSQL $DATABASE_URL, $n instances on ports$ports, nginx on 127.0.0.1:$LB_PORT; admin token in $DIR/admin-token"
  echo "http://127.0.0.1:$LB_PORT"
}

restart() {
  load_state
  i="${1:-}"
  case "$i" in '' | *[!0-9]* | 0) fail "restart takes an instance number from 1 to $N" ;; esac
  [ "$i" -le "$N" ] || fail "restart takes an instance number from 1 to $N, got $i"
  TOKEN="$(cat "$DIR/admin-token")"
  port="$(instance_port "$i")"
  [ -f "$DIR/instance-$port.pid" ] && stop_pid "$(cat "$DIR/instance-$port.pid")"
  start_instance "$i"
  await_instance "$i"
  say "instance $i on port $port restarted"
}

status() {
  load_state
  i=1
  while [ "$i" -le "$N" ]; do
    port="$(instance_port "$i")"
    state="down"
    wait_ready "http://127.0.0.1:$port/api/ready" 0 && state="ready"
    echo "instance $i 127.0.0.1:$port $state"
    i=$((i + 1))
  done
  state="down"
  wait_ready "http://127.0.0.1:$LB_PORT/api/health" 0 && state="up"
  echo "nginx 127.0.0.1:$LB_PORT $state"
}

stop() {
  [ -d "$DIR" ] || { say "nothing running from $DIR"; return 0; }
  if [ -f "$DIR/nginx/nginx.pid" ]; then
    stop_pid "$(cat "$DIR/nginx/nginx.pid")"
  fi
  for pidfile in "$DIR"/instance-*.pid; do
    [ -f "$pidfile" ] && stop_pid "$(cat "$pidfile")"
  done
  env $PG_ENV sh "$ROOT/test/pg/stop.sh" >/dev/null 2>&1 || say "PostgreSQL did not stop cleanly (see $DIR/pg/server.log)"
  rm -rf "$DIR"
  say "stopped; $DIR deleted"
}

case "${1:-}" in
  start) start "${2:-3}" ;;
  restart) restart "${2:-}" ;;
  status) status ;;
  stop) stop ;;
  *) echo "usage: $0 start [N] | restart I | status | stop" >&2; exit 2 ;;
esac
