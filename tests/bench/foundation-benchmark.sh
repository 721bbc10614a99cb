#!/bin/sh
# Creates the demo with 100,000 attendees and lists them as JSON, timing both, next to the
# sqlite3 shell printing the same registrations and attendee columns as JSON from the same file.
# Usage: tests/bench/foundation-benchmark.sh [BUILD_DIR] [ATTENDEES]
set -eu
build=${1:-build}
count=${2:-100000}
exe="$build/seminar-desk"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/bench.sqlite"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }

start=$(now)
"$exe" demo "$db" --attendees "$count" >/dev/null
demo=$(elapsed "$start" "$(now)")

start=$(now)
"$exe" list attendees --db "$db" --seminar 1 --format json >"$work/attendees.json"
list=$(elapsed "$start" "$(now)")

start=$(now)
sqlite3 -json "$db" "SELECT a.id, a.family_name, a.given_name, a.family_reading, a.given_reading,
    a.latin_name, a.organisation, a.position, a.country, a.email, a.phone, a.preferred_language,
    a.category, a.notes FROM registration r JOIN attendee a ON a.id = r.attendee_id
    WHERE r.seminar_id = 1 ORDER BY a.sort_key, a.id" >"$work/reference.json"
reference=$(elapsed "$start" "$(now)")

rows=$(grep -c '"id"' "$work/attendees.json")
printf 'attendees:                 %d (listed %d)\n' "$count" "$rows"
printf 'demo creation:             %.2f s (target < 3 s)\n' "$demo"
printf 'list attendees --format json: %.2f s (target < 2 s)\n' "$list"
printf 'sqlite3 -json, same rows:  %.2f s\n' "$reference"
awk -v a="$list" -v b="$reference" 'BEGIN { printf "list / sqlite3 ratio:      %.2f\n", a / b }'
