#!/bin/sh
# Runs every benchmark; BUILD is the build folder (default: build). Figures go to stdout.
set -e
BUILD=${1:-build}
"$BUILD/tests/bench/gui-benchmark"
