#!/bin/sh
# Installs every Debian package that Seminar Desk needs to build, test and run.
set -eu
here=$(dirname "$0")
packages=$(grep -v '^#' "$here/debian-packages.txt" | grep -v '^$' | tr '\n' ' ')
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
$sudo apt-get update -q
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $packages
