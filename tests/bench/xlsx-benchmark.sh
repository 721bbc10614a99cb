#!/bin/sh
# Excel export and import on the demo with 100,000 attendees: export-xlsx (full preset, every status)
# against xlsx-reference, which writes the same cells with libxlsxwriter from a plain loop (the
# library's floor, both in constant-memory mode); import-csv of that workbook against import-csv of
# the CSV file of the same rows, each into a copy of the same empty database.
# Targets: export <= 1.5x the reference, import <= 1.5x the CSV import.
#
# Each time is the best of RUNS runs, the commands taking turns so that a busy spell of this shared
# machine falls on both sides. With "instructions" as the fourth argument, the instructions each
# command executes are counted too (valgrind's callgrind: the same on every run, however busy the
# machine; several minutes more).
# Usage: tests/bench/xlsx-benchmark.sh [BUILD_DIR] [ATTENDEES] [RUNS] [instructions]
set -eu
build=${1:-build}
count=${2:-100000}
runs=${3:-5}
count_instructions=${4:-}
exe="$build/seminar-desk"
reference="$build/tests/bench/xlsx-reference"
run_under=""
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/demo.sqlite"
statuses=registered,waitlisted,cancelled,attended

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
smaller() { awk -v a="$1" -v b="$2" 'BEGIN { print (b == "" || a < b) ? a : b }'; }
fresh() {
    cp "$work/empty.sqlite" "$1"
    rm -f "$1-wal" "$1-shm"
}

export_ours() { $run_under "$exe" export-xlsx --db "$db" --seminar 1 --preset full --status "$statuses" -o "$work/ours.xlsx"; }
export_reference() { $run_under "$reference" "$work/cells.tsv" "$work/reference.xlsx"; }
import_xlsx() { $run_under "$exe" import-csv --db "$work/xlsx.sqlite" --seminar 1 "$work/ours.xlsx"; }
import_csv() { $run_under "$exe" import-csv --db "$work/csv.sqlite" --seminar 1 "$work/full.csv"; }
prepare_import_xlsx() { fresh "$work/xlsx.sqlite"; }
prepare_import_csv() { fresh "$work/csv.sqlite"; }

timed() {
    $1
    start=$(now)
    $2 >/dev/null
    elapsed "$start" "$(now)"
}

instructions() {
    $1
    run_under="valgrind --tool=callgrind --callgrind-out-file=/dev/null"
    $2 2>&1 >/dev/null | awk '/refs:/ { gsub(",", "", $NF); print $NF }'
    run_under=""
}

# peak COMMAND...: the most memory COMMAND held, in MB.
peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1 | awk '{ printf "%d", $1 / 1024 }'; }

"$exe" demo "$db" --attendees "$count" >/dev/null
"$exe" demo "$work/empty.sqlite" --attendees 0 >/dev/null
# The same cells as text: the reference's input, and the CSV import's file.
"$exe" export-csv --db "$db" --seminar 1 --preset full --status "$statuses" --encoding utf-8 --delimiter tab \
    --no-formula-guard -o "$work/cells.tsv" >/dev/null
if grep -q '"' "$work/cells.tsv"; then
    echo "the demo's cells hold quotes or tabs: the reference's plain loop cannot read them" >&2
    exit 1
fi
"$exe" export-csv --db "$db" --seminar 1 --preset full --status "$statuses" --encoding utf-8 -o "$work/full.csv" >/dev/null
export_ours >/dev/null

export_time="" reference_time="" xlsx_import="" csv_import=""
i=0
while [ "$i" -lt "$runs" ]; do
    export_time=$(smaller "$(timed : export_ours)" "$export_time")
    reference_time=$(smaller "$(timed : export_reference)" "$reference_time")
    xlsx_import=$(smaller "$(timed prepare_import_xlsx import_xlsx)" "$xlsx_import")
    csv_import=$(smaller "$(timed prepare_import_csv import_csv)" "$csv_import")
    i=$((i + 1))
done

cells=$(awk -F '\t' 'NR > 1 { n += NF } END { print n }' "$work/cells.tsv")
imported=$(sqlite3 "$work/xlsx.sqlite" 'SELECT count(*) FROM registration')
printf 'cells written:                   %d in %d rows (best of %d runs each)\n' "$cells" "$((count))" "$runs"
export_peak=$(peak "$exe" export-xlsx --db "$db" --seminar 1 --preset full --status "$statuses" -o "$work/ours.xlsx")
reference_peak=$(peak "$reference" "$work/cells.tsv" "$work/reference.xlsx")
printf 'export-xlsx full:                %.2f s, %s MB peak, %s KB file\n' "$export_time" "$export_peak" \
    "$(( $(stat -c %s "$work/ours.xlsx") / 1024 ))"
printf 'xlsx-reference, same cells:      %.2f s, %s MB peak\n' "$reference_time" "$reference_peak"
printf 'export ratio:                    %s (target <= 1.5)\n' "$(ratio "$export_time" "$reference_time")"
printf 'import-csv of the workbook:      %.2f s (%d registrations)\n' "$xlsx_import" "$imported"
printf 'import-csv of the CSV file:      %.2f s\n' "$csv_import"
printf 'import ratio:                    %s (target <= 1.5)\n' "$(ratio "$xlsx_import" "$csv_import")"

if [ "$count_instructions" = instructions ]; then
    export_count=$(instructions : export_ours)
    reference_count=$(instructions : export_reference)
    xlsx_count=$(instructions prepare_import_xlsx import_xlsx)
    csv_count=$(instructions prepare_import_csv import_csv)
    printf 'instructions, export-xlsx:       %s (xlsx-reference: %s, ratio %s)\n' "$export_count" \
        "$reference_count" "$(ratio "$export_count" "$reference_count")"
    printf 'instructions, workbook import:   %s (CSV import: %s, ratio %s)\n' "$xlsx_count" "$csv_count" \
        "$(ratio "$xlsx_count" "$csv_count")"
fi
