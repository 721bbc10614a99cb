#!/bin/sh
# Runs every benchmark against the build in BUILD (default: build); the figures go to stdout.
# None of them is part of ctest's pass/fail: the machines are shared and noisy.
set -e
BUILD=${1:-build}
here=$(dirname "$0")
echo "== Foundation: demo with 100,000 attendees, list as JSON =="
"$here/foundation-benchmark.sh" "$BUILD"
echo "== The desk: attendee view and search on 100,000 attendees =="
"$BUILD/tests/bench/gui-benchmark"
echo "== CSV export and import, 100,000 attendees, against the sqlite3 shell =="
"$here/csv-benchmark.sh" "$BUILD"
echo "== Excel export and import, 100,000 attendees, against libxlsxwriter's floor and the CSV import =="
"$here/xlsx-benchmark.sh" "$BUILD"
echo "== 1,000 badges to PDF, against glabels-3-batch =="
"$here/badge-benchmark.sh" "$BUILD"
echo "== The seminar day: check-in by code and name on 100,000 registrations, the reception list =="
"$BUILD/tests/bench/checkin-benchmark"
echo "== Two desks: a check-in at one seen at the other, on SQLite and on a PostgreSQL server =="
"$here/live-desk-benchmark.sh" "$BUILD"
echo "== The shared database: import, export and check-in on a PostgreSQL server of its own, against psql =="
"$here/postgres-benchmark.sh" "$BUILD"
