#!/bin/sh
# Prints the nginx configuration for bandfit instances on the given ports:
#   deploy/render-nginx.sh LISTEN PORT...
#   deploy/render-nginx.sh 80 8081 8082 8083 > /etc/nginx/conf.d/bandfit.conf
# LISTEN is what nginx's `listen` takes (80, 127.0.0.1:8080). Instances are on 127.0.0.1;
# BANDFIT_UPSTREAM_HOST changes that. BANDFIT_FAIL_TIMEOUT (default 2s) is how long a failed
# instance is left out.
set -eu

if [ "$#" -lt 2 ]; then
  echo "usage: render-nginx.sh LISTEN PORT... (e.g. render-nginx.sh 80 8081 8082)" >&2
  exit 2
fi
HERE="$(cd "$(dirname "$0")" && pwd)"
LISTEN="$1"
shift
HOST="${BANDFIT_UPSTREAM_HOST:-127.0.0.1}"
FAIL_TIMEOUT="${BANDFIT_FAIL_TIMEOUT:-2s}"

SERVERS=""
for port in "$@"; do
  case "$port" in
    '' | *[!0-9]*) echo "render-nginx.sh: \"$port\" is not a port number" >&2; exit 2 ;;
  esac
  SERVERS="$SERVERS    server $HOST:$port max_fails=1 fail_timeout=$FAIL_TIMEOUT;\n"
done

# One try per instance: a request can go round every one of them before it fails.
awk -v servers="$SERVERS" -v listen="$LISTEN" -v tries="$#" '
  /@SERVERS@/ { sub(/\n$/, "", servers); print servers; next }
  { gsub(/@LISTEN@/, listen); gsub(/@TRIES@/, tries); print }
' "$HERE/nginx/bandfit.conf.template"
