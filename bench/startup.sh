#!/bin/sh
# Whole-process benchmarks: start-up to the first painted window, and peak memory, for Backstride
# on a ten-year generated journal against a bare Qt Widgets window (bench/BareWindow.cpp), in the
# same run. Usage: bench/startup.sh [BUILD_DIR] (default: build). Needs /usr/bin/time.
set -eu
build=${1:-build}
runs=${RUNS:-41}
export QT_QPA_PLATFORM=offscreen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/app/backstride" generate --db "$work/ten.sqlite3" --years 10 --seed 1 >/dev/null
# Open it once so the day's backup exists and is not part of every start.
"$build/app/backstride" --db "$work/ten.sqlite3" --exit-after-first-paint >/dev/null 2>&1

# The two programs run alternately, so a busy moment of the machine falls on both; medians in
# tenths of a millisecond.
for i in $(seq "$runs"); do
    start=$(date +%s%N); "$build/app/backstride" --db "$work/ten.sqlite3" --exit-after-first-paint >/dev/null 2>&1
    end=$(date +%s%N); echo "app $(( (end - start) / 1000 ))"
    start=$(date +%s%N); "$build/bench/bare_window" >/dev/null 2>&1
    end=$(date +%s%N); echo "bare $(( (end - start) / 1000 ))"
done > "$work/times"
median_us() { awk -v name="$1" '$1 == name { print $2 }' "$work/times" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
app_us=$(median_us app)
bare_us=$(median_us bare)
peak_kb() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1; }
app_kb=$(peak_kb "$build/app/backstride" --db "$work/ten.sqlite3" --exit-after-first-paint)
chart_kb=$(peak_kb "$build/bench/bare_window" --chart)
echo "start-up to first paint: backstride $(echo "scale=1; $app_us / 1000" | bc) ms, bare window $(echo "scale=1; $bare_us / 1000" | bc) ms, ratio $(echo "scale=2; $app_us / $bare_us" | bc)"
echo "peak memory: backstride $((app_kb / 1024)) MB, bare window with a chart $((chart_kb / 1024)) MB, ratio $(echo "scale=2; $app_kb / $chart_kb" | bc)"
