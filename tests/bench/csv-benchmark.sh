#!/bin/sh
# CSV export and import on the demo with 100,000 attendees, next to the sqlite3 shell doing the same:
# export-csv (full preset, UTF-8) against `sqlite3 -csv` selecting the same columns from the same file,
# and import-csv of the 100,000-row file against the shell's `.import` of it. The shell imports into a
# copy of the same empty Seminar Desk file (its 16 KiB pages, UTF-16 text and WAL journal), as the
# export reads the same file; its import into a new file with sqlite3's defaults is shown beside.
# Targets: export <= 1.5x the shell, import <= 3x.
#
# Each time is the best of RUNS runs, the commands taking turns so that a busy spell of this shared
# machine falls on both sides. With "instructions" as the fourth argument, the instructions each
# command executes are counted too (valgrind's callgrind: the same on every run, however busy the
# machine; a few minutes more).
# Usage: tests/bench/csv-benchmark.sh [BUILD_DIR] [ATTENDEES] [RUNS] [instructions]
set -eu
build=${1:-build}
count=${2:-100000}
runs=${3:-5}
count_instructions=${4:-}
exe="$build/seminar-desk"
run_under="" # what runs each measured command: nothing, or valgrind to count instructions
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/demo.sqlite"
csv="$work/full.csv"
query="SELECT a.id, a.family_name, a.given_name,
    a.family_reading, a.given_reading, a.latin_name, a.badge_name, a.organisation, a.position, a.country, a.email,
    a.phone, a.preferred_language, a.category, a.notes, r.status, r.checkin_code,
    CASE r.receiver_needed WHEN 1 THEN 'yes' ELSE 'no' END,
    r.registered_at, r.checked_in_at, r.badge_printed_at, r.source
    FROM registration r JOIN attendee a ON a.id = r.attendee_id
    WHERE r.seminar_id = 1 ORDER BY a.sort_key, a.id"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
smaller() { awk -v a="$1" -v b="$2" 'BEGIN { print (b == "" || a < b) ? a : b }'; }

# A copy of the empty Seminar Desk file, without a journal left over from the last run.
fresh() {
    cp "$work/empty.sqlite" "$1"
    rm -f "$1-wal" "$1-shm"
}

export_ours() {
    $run_under "$exe" export-csv --db "$db" --seminar 1 --preset full --encoding utf-8 \
        --status registered,waitlisted,cancelled,attended -o "$csv"
}
export_shell() { $run_under sqlite3 -csv -header "$db" "$query"; }
import_ours() { $run_under "$exe" import-csv --db "$work/import.sqlite" --seminar 1 "$csv"; }
import_shell() { $run_under sqlite3 "$work/shell.sqlite" ".import --csv $csv attendee_import"; }
import_shell_default() { $run_under sqlite3 "$work/default.sqlite" ".import --csv $csv attendee_import"; }
prepare_import_ours() { fresh "$work/import.sqlite"; }
prepare_import_shell() { fresh "$work/shell.sqlite"; }
prepare_import_shell_default() { rm -f "$work/default.sqlite"; }

# timed PREPARE COMMAND: the seconds COMMAND takes, PREPARE run untimed before it.
timed() {
    $1
    start=$(now)
    $2 >/dev/null
    elapsed "$start" "$(now)"
}

# instructions PREPARE COMMAND: the instructions COMMAND executes, as callgrind counts them.
instructions() {
    $1
    run_under="valgrind --tool=callgrind --callgrind-out-file=/dev/null"
    $2 2>&1 >/dev/null | awk '/refs:/ { gsub(",", "", $NF); print $NF }'
    run_under=""
}

"$exe" demo "$db" --attendees "$count" >/dev/null
"$exe" demo "$work/empty.sqlite" --attendees 0 >/dev/null
export_ours >/dev/null

export_time="" sqlite_export="" import_time="" sqlite_import="" default_import=""
i=0
while [ "$i" -lt "$runs" ]; do
    export_time=$(smaller "$(timed : export_ours)" "$export_time")
    sqlite_export=$(smaller "$(timed : export_shell)" "$sqlite_export")
    import_time=$(smaller "$(timed prepare_import_ours import_ours)" "$import_time")
    sqlite_import=$(smaller "$(timed prepare_import_shell import_shell)" "$sqlite_import")
    default_import=$(smaller "$(timed prepare_import_shell_default import_shell_default)" "$default_import")
    i=$((i + 1))
done

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

if [ "$count_instructions" = instructions ]; then
    export_count=$(instructions : export_ours)
    sqlite_export_count=$(instructions : export_shell)
    import_count=$(instructions prepare_import_ours import_ours)
    sqlite_import_count=$(instructions prepare_import_shell import_shell)
    printf 'instructions, export-csv:        %s (sqlite3 -csv: %s, ratio %s)\n' "$export_count" \
        "$sqlite_export_count" "$(ratio "$export_count" "$sqlite_export_count")"
    printf 'instructions, import-csv:        %s (sqlite3 .import, same empty db: %s, ratio %s)\n' "$import_count" \
        "$sqlite_import_count" "$(ratio "$import_count" "$sqlite_import_count")"
fi
