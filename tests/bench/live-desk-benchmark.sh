#!/bin/sh
# A check-in at one desk seen at another (live-desk-benchmark): on an SQLite file, then on a
# PostgreSQL 15 server of the benchmark's own (tests/postgres/postgres-server.sh, stopped at the
# end, on a port of 55000 to 55899: never the tests' 56000 to 56999 nor Debian's 5432).
# Usage: tests/bench/live-desk-benchmark.sh [BUILD_DIR] [CHECKINS]
set -eu
build=${1:-build}
count=${2:-50}
here=$(cd "$(dirname "$0")" && pwd)
server_script="$here/../postgres/postgres-server.sh"
work=$(mktemp -d /tmp/seminar-desk-live-desk.XXXXXX)
# The server's user (postgres, when this runs as root) must reach its folder inside.
chmod 755 "$work"
server="$work/server"
port=$((55000 + $$ % 900))
finish() {
    sh "$server_script" stop "$server" > /dev/null 2>&1 || true
    rm -rf "$work"
}
trap finish EXIT

"$build/tests/bench/live-desk-benchmark" "$work/live.sqlite" "$count"
sh "$server_script" start "$server" "$port" 2> /dev/null
psql -q -h "$server" -p "$port" -U postgres -d postgres -c "CREATE DATABASE live"
"$build/tests/bench/live-desk-benchmark" "postgresql://postgres@/live?host=$server&port=$port" "$count"
