#!/bin/bash
# Whole-process benchmarks of the headless command line: `backstride --version`, `--help` and
# `weekly` on an empty journal, each against a bare QCoreApplication program (bench/BareCore.cpp)
# run alternately in the same loop, so a busy moment of the machine falls on both. Median times,
# the median of each round's ratio, and the peak memory of each.
# Usage: bench/cli.sh [BUILD_DIR] (default: build); RUNS=N (default 101).
# Bash, for its clock: each run is timed with $EPOCHREALTIME, read without starting a process. (The
# first version started `date` around each run, and that process's own start-up, counted in every
# time, made each ratio look closer to 1 than it is: weekly read 1.30x where it was 1.40x.)
set -eu
build=${1:-build}
runs=${RUNS:-101}
app=$build/app/backstride
bare=${BARE:-$build/bench/bare_core}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
"$app" settings set units km --db "$work/empty.sqlite3" >/dev/null # an empty journal

# Each command's arguments, split into words where used (the work folder's path has no spaces).
args_version="--version"
args_help="--help"
args_weekly="weekly --db $work/empty.sqlite3"
args_of() { eval "echo \"\$args_$1\""; }

# A journal as a runner has it: written more than 2 s ago, so that a read checks it once and then
# remembers that it passed (core/store/CheckedJournals.h). The first read below checks it.
sleep 2.1

timed() { # run, name, command...: "run name microseconds"
    run=$1 name=$2; shift 2
    start=${EPOCHREALTIME/[.,]/}
    "$@" >/dev/null 2>&1
    end=${EPOCHREALTIME/[.,]/}
    echo "$run $name $((end - start))"
}
for i in $(seq "$runs"); do
    timed "$i" bare "$bare"
    for name in version help weekly; do
        # shellcheck disable=SC2046 # the arguments are meant to split into words
        timed "$i" "$name" "$app" $(args_of "$name")
    done
done > "$work/times"
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
median_us() { awk -v name="$1" '$2 == name { print $3 }' "$work/times" | median; }
# The ratio: the median of each run's time over the bare program's in the same round, so a slow
# moment of the machine falls on both sides of each ratio.
median_ratio() {
    awk -v name="$1" '$2 == "bare" { bare[$1] = $3 } $2 == name { mine[$1] = $3 }
        END { for (i in mine) printf "%.3f\n", mine[i] / bare[i] }' "$work/times" | median
}
ms() { echo "scale=1; $1 / 1000" | bc; }
peak_kb() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1; }
bare_us=$(median_us bare)
bare_kb=$(peak_kb "$bare")
echo "bare QCoreApplication: $(ms "$bare_us") ms, $((bare_kb / 1024)) MB"
for name in version help weekly; do
    us=$(median_us "$name")
    # shellcheck disable=SC2046
    kb=$(peak_kb "$app" $(args_of "$name"))
    # What it loads: no GUI library, no fontconfig, no window module.
    # shellcheck disable=SC2046
    loaded=$(LD_DEBUG=files "$app" $(args_of "$name") 2>&1 >/dev/null | grep -o 'file=[^ ]*' \
        | grep -E 'Qt6Gui|Qt6Widgets|fontconfig|backstride-window' | sort -u | tr '\n' ' ')
    echo "$name: $(ms "$us") ms ($(median_ratio "$name")x), $((kb / 1024)) MB; loads ${loaded:-no GUI library, no fontconfig}"
done
