#!/bin/sh
# CSV export and import on the demo with 100,000 attendees, next to the sqlite3 shell doing the same:
# export-csv (full preset, UTF-8) against `sqlite3 -csv` selecting the same columns from the same file,
# and import-csv of the 100,000-row file against the shell's `.import` of it. The shell imports into a
# copy of the same empty Seminar Desk file (its 16 KiB pages, UTF-16 text and WAL journal), as the
# export reads the same file; its import into a new file with sqlite3's defaults is shown beside.
# Each figure is the best of RUNS runs (the machine may be busy). Targets: export <= 1.5x the
# shell, import <= 3x.
# Usage: tests/bench/csv-benchmark.sh [BUILD_DIR] [ATTENDEES] [RUNS]
set -eu
build=${1:-build}
count=${2:-100000}
runs=${3:-3}
exe="$build/seminar-desk"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/demo.sqlite"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
smaller() { awk -v a="$1" -v b="$2" 'BEGIN { print (b == "" || a < b) ? a : b }'; }

# best PREPARE COMMAND: the shortest time of COMMAND over the runs, PREPARE run untimed before each.
best() {
    prepare=$1
    shift
    fastest=""
    i=0
    while [ "$i" -lt "$runs" ]; do
        eval "$prepare"
        start=$(now)
        "$@" >/dev/null
        fastest=$(smaller "$(elapsed "$start" "$(now)")" "$fastest")
        i=$((i + 1))
    done
    echo "$fastest"
}

"$exe" demo "$db" --attendees "$count" >/dev/null
"$exe" demo "$work/empty.sqlite" --attendees 0 >/dev/null

export_time=$(best : "$exe" export-csv --db "$db" --seminar 1 --preset full --encoding utf-8 \
    --status registered,waitlisted,cancelled,attended -o "$work/full.csv")
sqlite_export=$(best : sqlite3 -csv -header "$db" "SELECT a.id, a.family_name, a.given_name,
    a.family_reading, a.given_reading, a.latin_name, a.organisation, a.position, a.country, a.email,
    a.phone, a.preferred_language, a.category, a.notes, r.status, r.checkin_code,
    CASE r.receiver_needed WHEN 1 THEN 'yes' ELSE 'no' END,
    r.registered_at, r.checked_in_at, r.badge_printed_at, r.source
    FROM registration r JOIN attendee a ON a.id = r.attendee_id
    WHERE r.seminar_id = 1 ORDER BY a.sort_key, a.id")

import_time=$(best 'cp "$work/empty.sqlite" "$work/import.sqlite"; rm -f "$work/import.sqlite-wal" "$work/import.sqlite-shm"' \
    "$exe" import-csv --db "$work/import.sqlite" --seminar 1 "$work/full.csv")
sqlite_import=$(best 'cp "$work/empty.sqlite" "$work/shell.sqlite"; rm -f "$work/shell.sqlite-wal" "$work/shell.sqlite-shm"' \
    sqlite3 "$work/shell.sqlite" ".import --csv $work/full.csv attendee_import")
default_import=$(best 'rm -f "$work/default.sqlite"' sqlite3 "$work/default.sqlite" ".import --csv $work/full.csv attendee_import")

exported=$(sqlite3 "$work/shell.sqlite" 'SELECT count(*) FROM attendee_import')
imported=$(sqlite3 "$work/import.sqlite" 'SELECT count(*) FROM registration')
printf 'rows in the file:                %d (best of %d runs each)\n' "$exported" "$runs"
printf 'export-csv full, UTF-8:          %.2f s\n' "$export_time"
printf 'sqlite3 -csv, same columns:      %.2f s\n' "$sqlite_export"
printf 'export ratio:                    %s (target <= 1.5)\n' "$(ratio "$export_time" "$sqlite_export")"
printf 'import-csv of the file:          %.2f s (%d registrations)\n' "$import_time" "$imported"
printf 'sqlite3 .import, same empty db:  %.2f s\n' "$sqlite_import"
printf 'import ratio:                    %s (target <= 3)\n' "$(ratio "$import_time" "$sqlite_import")"
printf 'sqlite3 .import, new default db: %.2f s (ratio %s)\n' "$default_import" "$(ratio "$import_time" "$default_import")"
