#!/bin/sh
# Launch-to-first-frame of the app (issue 16: target <= 0.4 s), measured from outside over several launches.
# Usage: benches/first_window.sh [BINARY] [RUNS]   (default target/release/veerkrachtplanner, 7 runs)
# Needs a display ($DISPLAY, e.g. Xvfb). Each launch starts from the shell's clock, the app writes the clock of its
# first laid-out frame (VEERKRACHTPLANNER_LOG_STARTUP) and closes itself after it
# (VEERKRACHTPLANNER_EXIT_AFTER_FIRST_FRAME). Prints every launch's seconds, then the minimum and the median.
set -eu
bin=${1:-target/release/veerkrachtplanner}
runs=${2:-7}
[ -n "${DISPLAY:-}" ] || { echo "no DISPLAY: start Xvfb first (Xvfb :94 & DISPLAY=:94 $0)" >&2; exit 2; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
i=0
while [ "$i" -le "$runs" ]; do
    start=$(date +%s.%N)
    VEERKRACHTPLANNER_LOG_STARTUP=1 VEERKRACHTPLANNER_EXIT_AFTER_FIRST_FRAME=1 timeout 30 "$bin" 2>"$out" >/dev/null || true
    first=$(sed -n 's/^first frame at //p' "$out")
    [ -n "$first" ] || { echo "launch $i: no first frame logged" >&2; cat "$out" >&2; exit 1; }
    # Launch 0 warms the file cache and is not counted.
    [ "$i" -eq 0 ] || echo "$start $first" | awk '{ printf "%.3f\n", $2 - $1 }'
    i=$((i + 1))
done | sort -n | awk '{ v[NR] = $1; print "launch to first frame: " $1 " s" }
    END { if (NR) printf "min %.3f s, median %.3f s over %d launches\n", v[1], v[int((NR + 1) / 2)], NR }'
