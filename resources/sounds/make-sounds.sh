#!/bin/sh
# Makes the check-in answers' sounds (CheckInSounds) once with SoX; the .wav files are committed.
# Each answer its own shape, told apart without looking: a rising chime for checked in, a low buzz
# for an unknown code. Short (under half a second) so that the next badge is not kept waiting;
# 16-bit mono PCM at 22.05 kHz, which QSoundEffect plays as it is; no dither, so that a new run
# gives the same bytes.
set -eu
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tone() { # FILE SECONDS SHAPE FREQUENCY
    sox -D -n -r 22050 -b 16 -c 1 "$work/$1.wav" synth "$2" "$3" "$4" fade h 0.01 "$2" 0.04 gain -6
}
gap() { sox -D -n -r 22050 -b 16 -c 1 "$work/$1.wav" trim 0 "$2"; }
join() { out=$1; shift; sox -D $(for part in "$@"; do echo "$work/$part.wav"; done) "$out"; }

tone c6 0.10 sine 1047; tone e6 0.10 sine 1319; tone g6 0.16 sine 1568
join checked-in.wav c6 e6 g6
tone a5 0.12 sine 880; gap short 0.08
join already-checked-in.wav a5 short a5
tone e4 0.16 triangle 330; tone c4 0.26 triangle 262
join cancelled.wav e4 c4
tone d5 0.06 sine 587; gap tick 0.06
join waitlisted.wav d5 tick d5 tick d5
tone g4 0.35 triangle 392
join not-registered.wav g4
tone d5long 0.10 triangle 587; tone a5long 0.10 triangle 880
join other-seminar.wav d5long a5long d5long
tone buzz 0.40 square 150
join unknown-code.wav buzz
