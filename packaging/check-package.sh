#!/bin/sh
# The package check that ends the README's test command: builds the Release package in BUILD
# (default build-package), runs lintian on it (no error, no warning), installs it with apt-get,
# runs the installed program from /usr/bin, and removes the package again whatever happened.
set -eu
cd "$(dirname "$0")/.."
build=${1:-build-package}
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSEMINAR_DESK_TESTS=OFF -DSEMINAR_DESK_BENCHMARKS=OFF
cmake --build "$build"
rm -f "$build"/seminar-desk_*.deb
(cd "$build" && cpack -G DEB)
deb=$(realpath "$build"/seminar-desk_*.deb)
lintian --fail-on error,warning --display-level '>=warning' "$deb"

work=$(mktemp -d)
cleanup() {
    $sudo apt-get remove -y -q seminar-desk > /dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb"
/usr/bin/seminar-desk --help
/usr/bin/seminar-desk demo "$work/demo.sqlite"
/usr/bin/seminar-desk check --db "$work/demo.sqlite"
echo "The package $deb installs and runs; it is removed again now."
