#!/bin/bash
# Whole-process benchmarks: start-up to the first painted window, and peak memory, for Backstride
# on a ten-year generated journal against a bare Qt Widgets window (bench/BareWindow.cpp), in the
# same run. Usage: bench/startup.sh [BUILD_DIR] (default: build). Needs /usr/bin/time.
# Bash, for its clock ($EPOCHREALTIME, read without starting a process; bench/cli.sh says why).
set -eu
build=${1:-build}
runs=${RUNS:-41}
export QT_QPA_PLATFORM=offscreen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/app/backstride" generate --db "$work/ten.sqlite3" --years 10 --seed 1 >/dev/null
# Open it once so the day's backup exists and is not part of every start.
"$build/app/backstride" --db "$work/ten.sqlite3" --exit-after-first-paint >/dev/null 2>&1

# The two programs run alternately, so a busy moment of the machine falls on both. Each prints the
# moment of its first paint; start-up is that minus the moment it was started (the goal), and the
# whole process, exit included, is reported beside it. Medians, in tenths of a millisecond.
timed() { # name, command...: "name paint_us whole_us"
    name=$1; shift
    start=${EPOCHREALTIME/[.,]/}000
    painted=$("$@" 2>/dev/null | sed -n 's/^first paint at //p')
    end=${EPOCHREALTIME/[.,]/}000
    echo "$name $(( (painted - start) / 1000 )) $(( (end - start) / 1000 ))"
}
for i in $(seq "$runs"); do
    timed app "$build/app/backstride" --db "$work/ten.sqlite3" --exit-after-first-paint
    timed bare "$build/bench/bare_window"
done > "$work/times"
median_us() { # name, column
    awk -v name="$1" -v column="$2" '$1 == name { print $column }' "$work/times" | sort -n \
        | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}
ms() { echo "scale=1; $1 / 1000" | bc; }
app_us=$(median_us app 2)
bare_us=$(median_us bare 2)
app_whole_us=$(median_us app 3)
bare_whole_us=$(median_us bare 3)
peak_kb() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1; }
app_kb=$(peak_kb "$build/app/backstride" --db "$work/ten.sqlite3" --exit-after-first-paint)
chart_kb=$(peak_kb "$build/bench/bare_window" --chart)
echo "start-up to first paint: backstride $(ms "$app_us") ms, bare window $(ms "$bare_us") ms, ratio $(echo "scale=2; $app_us / $bare_us" | bc)"
echo "whole process, exit included: backstride $(ms "$app_whole_us") ms, bare window $(ms "$bare_whole_us") ms, ratio $(echo "scale=2; $app_whole_us / $bare_whole_us" | bc)"
echo "peak memory: backstride $((app_kb / 1024)) MB, bare window with a chart $((chart_kb / 1024)) MB, ratio $(echo "scale=2; $app_kb / $chart_kb" | bc)"
