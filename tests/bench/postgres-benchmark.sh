#!/bin/sh
# The shared database's speed on a PostgreSQL 15 server of the benchmark's own (started here with
# tests/postgres/postgres-server.sh, on the first free port from 55700 on, stopped at the end), each
# figure beside the server's own fastest way to do the same:
#   import-csv of the 100,000-row file into an empty Seminar Desk database on the server, against
#     psql's \copy of the same people and registrations, already shaped as rows of our attendee and
#     registration tables (the rows the import made), into another empty Seminar Desk database
#     (with its indexes): target <= 2x;
#   export-csv (full preset, UTF-8) of those rows, against psql's \copy (SELECT ...) TO of the same
#     columns: target <= 1.5x; and, to show what the plan gives and what the program, against the
#     same \copy with the planner settings the export takes. Each export reads rows vacuumed and
#     analysed after the import;
#   a check-in by code on the server, from Enter to the answer with the name (checkin-benchmark
#     --db): target median < 20 ms.
# Each time is the best of RUNS runs, the program and its reference taking turns. The empty
# databases are copies (copy-db) of the demo with no attendees: the seminar, its venue, contacts.
# The server is the tests' (fsync off, as a scratch server): both sides alike.
# Usage: tests/bench/postgres-benchmark.sh [BUILD_DIR] [ATTENDEES] [RUNS]
set -eu
build=${1:-build}
count=${2:-100000}
runs=${3:-3}
exe="$build/seminar-desk"
here=$(dirname "$0")
work=$(mktemp -d)
server="/tmp/seminar-desk-benchmark-postgres-$$"
chmod 755 "$work"

stop_server() { sh "$here/../postgres/postgres-server.sh" stop "$server" >/dev/null 2>&1 || true; rm -rf "$server"; }
trap 'stop_server; rm -rf "$work"' EXIT

port=55700
until sh "$here/../postgres/postgres-server.sh" start "$server" "$port" 2>"$work/server.err"; do
    port=$((port + 1))
    if [ "$port" -ge 55720 ]; then
        cat "$work/server.err" >&2
        echo "postgres-benchmark: no free port between 55700 and 55719" >&2
        exit 1
    fi
done

sql() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -h "$server" -p "$port" -U postgres "$@"; }
url() { echo "postgresql://postgres@/$1?host=$server&port=$port"; }
columns="a.id, a.family_name, a.given_name,
    a.family_reading, a.given_reading, a.latin_name, a.badge_name, a.organisation, a.position, a.country, a.email,
    a.phone, a.preferred_language, a.category, a.notes, r.status, r.checkin_code,
    CASE r.receiver_needed WHEN 1 THEN 'yes' ELSE 'no' END,
    r.registered_at, r.checked_in_at, r.badge_printed_at, r.source"
query="SELECT $columns FROM registration r JOIN attendee a ON a.id = r.attendee_id
    WHERE r.seminar_id = 1 ORDER BY a.sort_key, a.id"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
smaller() { awk -v a="$1" -v b="$2" 'BEGIN { print (b == "" || a < b) ? a : b }'; }

# empty NAME: a fresh empty Seminar Desk database NAME on the server.
empty() {
    sql -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1"
    "$exe" copy-db "$work/empty.sqlite" "$(url "$1")" >/dev/null 2>&1
}

import_ours() { "$exe" import-csv --db "$(url ours)" --seminar 1 "$csv"; }
import_psql() {
    sql -d reference -1 -c "\\copy attendee FROM '$work/attendee.tsv'" -c "\\copy registration FROM '$work/registration.tsv'"
}
export_ours() {
    "$exe" export-csv --db "$(url ours)" --seminar 1 --preset full --encoding utf-8 \
        --status registered,waitlisted,cancelled,attended -o "$work/exported.csv"
}
export_psql() { sql -d ours -c "\\copy ($query) TO '$work/reference.csv' WITH (FORMAT csv, HEADER)"; }
# The same, with the planner settings the program's export takes for a seminar of most of the
# attendees (see BulkStatement::ReadPlan): the rows in index order, no parallel workers.
export_psql_in_order() {
    PGOPTIONS="-c enable_sort=off -c max_parallel_workers_per_gather=0" \
        sql -d ours -c "\\copy ($query) TO '$work/reference-in-order.csv' WITH (FORMAT csv, HEADER)"
}
# An office exports rows imported a while ago: vacuumed and analysed, as autovacuum leaves them.
# Without it the first read after the import sets every row's hint bits, and whoever reads first pays.
settle() { sql -d ours -c "VACUUM ANALYZE"; }
prepare_ours() { empty ours; }
prepare_psql() { empty reference; }

# timed PREPARE COMMAND: the seconds COMMAND takes, PREPARE run untimed before it.
timed() {
    $1 >/dev/null
    start=$(now)
    $2 >/dev/null
    elapsed "$start" "$(now)"
}

"$exe" demo "$work/demo.sqlite" --attendees "$count" >/dev/null
"$exe" demo "$work/empty.sqlite" --attendees 0 >/dev/null
csv="$work/full.csv"
"$exe" export-csv --db "$work/demo.sqlite" --seminar 1 --preset full --encoding utf-8 \
    --status registered,waitlisted,cancelled,attended -o "$csv" >/dev/null
# The reference's rows: the people and registrations as the import stores them.
empty ours
import_ours >/dev/null
sql -d ours -c "\\copy attendee TO '$work/attendee.tsv'" -c "\\copy registration TO '$work/registration.tsv'"

import_time="" psql_import="" export_time="" psql_export="" psql_in_order=""
i=0
while [ "$i" -lt "$runs" ]; do
    import_time=$(smaller "$(timed prepare_ours import_ours)" "$import_time")
    psql_import=$(smaller "$(timed prepare_psql import_psql)" "$psql_import")
    export_time=$(smaller "$(timed settle export_ours)" "$export_time")
    psql_export=$(smaller "$(timed settle export_psql)" "$psql_export")
    psql_in_order=$(smaller "$(timed settle export_psql_in_order)" "$psql_in_order")
    i=$((i + 1))
done

imported=$(sql -d ours -A -t -c 'SELECT count(*) FROM registration')
copied=$(sql -d reference -A -t -c 'SELECT count(*) FROM registration')
exported=$(($(wc -l < "$work/reference.csv") - 1))
printf 'PostgreSQL server:                 %s, 127.0.0.1:%s and %s\n' "$(sql -d postgres -A -t -c 'SHOW server_version')" "$port" "$server"
printf 'rows in the file:                  %d (best of %d runs each)\n' "$exported" "$runs"
printf 'import-csv of the file:            %.2f s (%d registrations)\n' "$import_time" "$imported"
printf 'psql \\copy of the same rows:       %.2f s (%d registrations, shaped as our tables)\n' "$psql_import" "$copied"
printf 'import ratio:                      %s (target <= 2)\n' "$(ratio "$import_time" "$psql_import")"
printf 'export-csv full, UTF-8:            %.2f s\n' "$export_time"
printf 'psql \\copy (SELECT ...) TO:        %.2f s\n' "$psql_export"
printf 'export ratio:                      %s (target <= 1.5)\n' "$(ratio "$export_time" "$psql_export")"
printf 'psql \\copy, planned as the export: %.2f s\n' "$psql_in_order"
printf 'export ratio to that:              %s\n' "$(ratio "$export_time" "$psql_in_order")"
sql -d postgres -c "DROP DATABASE IF EXISTS checkin" -c "CREATE DATABASE checkin"
"$build/tests/bench/checkin-benchmark" "$count" --db "$(url checkin)" | grep -v '^Creating'
