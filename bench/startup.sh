#!/bin/sh
# Whole-process benchmarks: start-up to the first painted window, and peak memory, for Backstride
# on a ten-year generated journal against a bare Qt Widgets window (bench/BareWindow.cpp), in the
# same run. Usage: bench/startup.sh [BUILD_DIR] (default: build). Needs /usr/bin/time.
set -eu
build=${1:-build}
runs=${RUNS:-15}
export QT_QPA_PLATFORM=offscreen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/app/backstride" generate --db "$work/ten.sqlite3" --years 10 --seed 1 >/dev/null
# Open it once so the day's backup exists and is not part of every start.
"$build/app/backstride" --db "$work/ten.sqlite3" --exit-after-first-paint >/dev/null 2>&1

median_ms() { # command... : the median wall time of $runs runs, in ms
    for i in $(seq "$runs"); do
        start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N)
        echo $(( (end - start) / 1000000 ))
    done | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}
peak_kb() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1; }

app_ms=$(median_ms "$build/app/backstride" --db "$work/ten.sqlite3" --exit-after-first-paint)
bare_ms=$(median_ms "$build/bench/bare_window")
app_kb=$(peak_kb "$build/app/backstride" --db "$work/ten.sqlite3" --exit-after-first-paint)
chart_kb=$(peak_kb "$build/bench/bare_window" --chart)
echo "start-up to first paint: backstride $app_ms ms, bare window $bare_ms ms, ratio $(echo "scale=2; $app_ms / $bare_ms" | bc)"
echo "peak memory: backstride $((app_kb / 1024)) MB, bare window with a chart $((chart_kb / 1024)) MB, ratio $(echo "scale=2; $app_kb / $chart_kb" | bc)"
