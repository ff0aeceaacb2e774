#!/bin/sh
# Inputs a hundred times larger than a person's journal (issue 28, item 5): peak memory and time of
# whole `backstride import` processes. The inputs are generated (bench/big_inputs.py), never committed.
#
#   bench/big-inputs.sh BUILD_DIR [WORK_DIR]
#
# Measures: a journal JSON of 2,000,000 pain entries (and 200,000 runs), dry run; an ActivityWatch
# export of 5,000,000 AFK events, dry run; folders of 1,000, 10,000 and 100,000 small GPX files
# imported into a fresh journal. Needs python3 and GNU time (/usr/bin/time). Takes about 10 minutes
# and 2 GB of disk.
set -eu
build=${1:?usage: bench/big-inputs.sh BUILD_DIR [WORK_DIR]}
work=${2:-$(mktemp -d)}
here=$(dirname "$0")
backstride="$build/app/backstride"
mkdir -p "$work"

measure() { # label, then the command
    label=$1
    shift
    rm -f "$work/journal.sqlite3" "$work/journal.sqlite3-wal" "$work/journal.sqlite3-shm" "$work/journal.sqlite3.lock"
    /usr/bin/time -f "%M %e" -o "$work/time.txt" "$@" >"$work/out.txt" 2>&1 || true
    read -r kb seconds <"$work/time.txt"
    printf '%-28s %8.1f MB peak %9.2f s   %s\n' "$label" "$(awk "BEGIN { print $kb / 1024 }")" "$seconds" \
        "$(tail -n 1 "$work/out.txt" | cut -c1-100)"
}

[ -f "$work/journal.json" ] || python3 "$here/big_inputs.py" journal 2000000 "$work/journal.json"
[ -f "$work/activitywatch.json" ] || python3 "$here/big_inputs.py" activitywatch 5000000 "$work/activitywatch.json"
for n in 1000 10000 100000; do
    [ -d "$work/gpx-$n" ] || python3 "$here/big_inputs.py" gpx "$n" "$work/gpx-$n"
done

measure "journal JSON, 2M entries" "$backstride" import --db "$work/journal.sqlite3" --dry-run "$work/journal.json"
measure "ActivityWatch, 5M events" "$backstride" import --db "$work/journal.sqlite3" --dry-run "$work/activitywatch.json"
for n in 1000 10000 100000; do
    measure "$n GPX files" "$backstride" import --db "$work/journal.sqlite3" "$work/gpx-$n"
done
