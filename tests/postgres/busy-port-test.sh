#!/bin/sh
# postgres-server.sh moves on when its port is taken: a second server asked for the port of the
# running fixture server (DIR) starts on another port, writes that port, and stops again.
set -eu
server=$(realpath "$1")
script=$(dirname "$0")/postgres-server.sh
taken=$(cat "$server/port")
second="$server-busy-port"
trap 'sh "$script" stop "$second" > /dev/null 2>&1 || true' EXIT
sh "$script" start "$second" "$taken"
moved=$(cat "$second/port")
if [ "$moved" = "$taken" ]; then
    echo "busy-port-test: the second server claims the taken port $taken" >&2
    exit 1
fi
runuser_if_root() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
runuser_if_root /usr/lib/postgresql/15/bin/pg_isready -q -h 127.0.0.1 -p "$moved" \
    || { echo "busy-port-test: nothing answers on port $moved" >&2; exit 1; }
echo "busy-port-test: port $taken taken, the second server runs on $moved"
