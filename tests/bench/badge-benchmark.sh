#!/bin/bash
# Benchmark for issue 5: 1,000 name badges with QR codes on A-One 51002 (10 per A4 sheet) to PDF,
# Seminar Desk against glabels-3-batch rendering the same names, organisations and QR codes on the
# same sheet from a .glabels file with a CSV merge; then Seminar Desk's peak memory for 100 and
# 1,000 badges, which must not grow with the count (badges are painted page by page).
#
#   tests/bench/badge-benchmark.sh [BUILD_DIR]      (default: build)
# Set BADGE_BENCH_KEEP=DIR to keep the PDFs, the .glabels file and the CSV in DIR.
set -euo pipefail

build=${1:-build}
exe=$(cd "$build" && pwd)/seminar-desk
[ -x "$exe" ] || { echo "badge-benchmark: no seminar-desk in $build" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "badge-benchmark: needs /usr/bin/time (Debian package time)" >&2; exit 2; }
if [ -n "${BADGE_BENCH_KEEP:-}" ]; then
    work=$BADGE_BENCH_KEEP
    mkdir -p "$work"
    rm -f "$work/demo.sqlite"
else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi
export QT_QPA_PLATFORM=offscreen

# Seconds and peak kilobytes of one command, from GNU time's verbose report.
measure() {
    local report=$1
    shift
    /usr/bin/time -v -o "$report" "$@" > /dev/null 2> "$report.err" || {
        cat "$report.err" >&2
        return 1
    }
}
seconds() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$1"; }
peak_kb() { awk -F': ' '/Maximum resident set size/ { print $2 }' "$1"; }

echo "Preparing the demo database and the merge data ..."
"$exe" demo "$work/demo.sqlite" --attendees 1300 > /dev/null
"$exe" list registrations --db "$work/demo.sqlite" --seminar 1 --format json > "$work/registrations.json"
"$exe" list attendees --db "$work/demo.sqlite" --seminar 1 --format json > "$work/attendees.json"
# Both lists come in the same (gojuon) order: registration i belongs to attendee i.
python3 - "$work" <<'PY'
import csv, json, sys
work = sys.argv[1]
registrations = json.load(open(f"{work}/registrations.json"))
attendees = json.load(open(f"{work}/attendees.json"))
rows = [(r, a) for r, a in zip(registrations, attendees) if r["status"] in ("registered", "attended")][:1000]
assert len(rows) == 1000, len(rows)
open(f"{work}/ids-1000.txt", "w").write(",".join(str(r["id"]) for r, _ in rows))
open(f"{work}/ids-100.txt", "w").write(",".join(str(r["id"]) for r, _ in rows[:100]))
with open(f"{work}/badges.csv", "w", newline="") as out:
    writer = csv.writer(out)
    writer.writerow(["name", "organisation", "code"])
    for r, a in rows:
        writer.writerow([a["display_name"], a["organisation"], r["checkin_code"]])
PY

# The same sheet for glabels: A-One 51002, 91 x 55 mm, 2 x 5 from 14 / 11 mm.
cat > "$work/badges.glabels" <<XML
<?xml version="1.0"?>
<Glabels-document xmlns="http://glabels.org/xmlns/3.0/">
  <Template brand="A-One" part="51002" size="A4" description="Name badges">
    <Meta category="label"/>
    <Label-rectangle id="0" width="91mm" height="55mm" round="0mm" x_waste="0mm" y_waste="0mm">
      <Markup-margin size="2mm"/>
      <Layout nx="2" ny="5" x0="14mm" y0="11mm" dx="91mm" dy="55mm"/>
    </Label-rectangle>
  </Template>
  <Objects id="0" rotate="False">
    <Object-text x="4.5mm" y="10mm" w="58mm" h="12mm" justify="Left" valign="Top" auto_shrink="True"
                 a0="1" a1="0" a2="0" a3="1" a4="0" a5="0">
      <Span font_family="Noto Sans CJK JP" font_size="20" font_weight="Bold" font_italic="False"
            color="0x1a1a1aff" line_spacing="1"><Field name="name"/></Span>
    </Object-text>
    <Object-text x="4.5mm" y="24mm" w="58mm" h="12mm" justify="Left" valign="Top" auto_shrink="True"
                 a0="1" a1="0" a2="0" a3="1" a4="0" a5="0">
      <Span font_family="Noto Sans CJK JP" font_size="9" font_weight="Regular" font_italic="False"
            color="0x1a1a1aff" line_spacing="1"><Field name="organisation"/></Span>
    </Object-text>
    <Object-barcode x="64mm" y="9mm" w="23mm" h="23mm" backend="libqrencode" style="IEC18004" text="False"
                    checksum="True" format="10" color="0x000000ff" field="code"
                    a0="1" a1="0" a2="0" a3="1" a4="0" a5="0"/>
  </Objects>
  <Merge type="Text/Comma/Line1Keys" src="$work/badges.csv"/>
  <Data/>
</Glabels-document>
XML

echo "Seminar Desk: 1,000 badges ..."
measure "$work/sd-1000.time" "$exe" badges --db "$work/demo.sqlite" --seminar 1 --sheet "A-One 51002" \
    --registrations "$(cat "$work/ids-1000.txt")" -o "$work/seminar-desk-1000.pdf"
measure "$work/sd-100.time" "$exe" badges --db "$work/demo.sqlite" --seminar 1 --sheet "A-One 51002" \
    --registrations "$(cat "$work/ids-100.txt")" -o "$work/seminar-desk-100.pdf"
sd_seconds=$(seconds "$work/sd-1000.time")
echo "  $(pdfinfo "$work/seminar-desk-1000.pdf" 2>/dev/null | awk '/^Pages/ { print $2 }') pages"

gl_seconds=""
if [ -x /usr/bin/glabels-3-batch ]; then
    echo "glabels-3-batch: the same 1,000 badges ..."
    # glabels needs a display for its GTK start-up; the time is measured inside xvfb-run.
    display=()
    [ -n "${DISPLAY:-}" ] || display=(xvfb-run -a)
    "${display[@]}" /usr/bin/time -v -o "$work/gl.time" /usr/bin/glabels-3-batch -o "$work/glabels.pdf" \
        "$work/badges.glabels" > /dev/null 2> "$work/gl.err" || { cat "$work/gl.err" >&2; exit 1; }
    gl_seconds=$(seconds "$work/gl.time")
    echo "  $(pdfinfo "$work/glabels.pdf" 2>/dev/null | awk '/^Pages/ { print $2 }') pages"
fi

echo
echo "1,000 badges with QR codes, A-One 51002 (10 per A4 sheet), to PDF"
printf '  Seminar Desk     %6.2f s   peak %6d KB\n' "$sd_seconds" "$(peak_kb "$work/sd-1000.time")"
if [ -n "$gl_seconds" ]; then
    printf '  glabels-3-batch  %6.2f s   peak %6d KB\n' "$gl_seconds" "$(peak_kb "$work/gl.time")"
    ratio=$(awk -v a="$sd_seconds" -v b="$gl_seconds" 'BEGIN { printf "%.3f", a / b }')
    verdict=$(awk -v r="$ratio" 'BEGIN { print (r <= 0.25 ? "meets" : "misses") }')
    echo "  ratio            ${ratio}x glabels ($verdict the target of 0.25x)"
else
    echo "  glabels-3-batch is not installed: no comparison"
fi
echo "Seminar Desk peak memory: 100 badges $(peak_kb "$work/sd-100.time") KB, 1,000 badges $(peak_kb "$work/sd-1000.time") KB"
