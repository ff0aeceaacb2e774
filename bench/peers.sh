#!/bin/sh
# Reading GPX and FIT files: Backstride against the tools a runner might use instead, on the same
# files, whole processes, timed by hyperfine in the same run:
#   GPX: gpxpy (Debian's python3-gpxpy, the library behind `gpxinfo`: parse, length, duration)
#        and GPSBabel (gpsbabel, reading the GPX and writing nothing);
#   FIT: Garmin's official FIT SDK for JavaScript (@garmin/fitsdk from npm, Node.js).
# Backstride runs `import --dry-run --json` on a fresh journal: parse, check, de-duplicate. The
# fresh copy is made before each run and not timed (--prepare); every command runs without a shell.
# Usage: bench/peers.sh [BUILD_DIR]; needs hyperfine, gpsbabel, python3-gpxpy, node and
# `npm install @garmin/fitsdk` in $PEERS (default /tmp/backstride-peers). Nothing of the peers is
# part of the project.
set -eu
build=$(cd "${1:-build}" && pwd)
samples=$(cd "$(dirname "$0")/../tests/data/activities" && pwd)
peers=${PEERS:-/tmp/backstride-peers}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ ! -d "$peers/node_modules/@garmin/fitsdk" ]; then
    mkdir -p "$peers" && (cd "$peers" && npm init -y >/dev/null && npm install --silent @garmin/fitsdk >/dev/null)
fi
cat > "$work/fit.mjs" <<JS
import { Decoder, Stream } from "$peers/node_modules/@garmin/fitsdk/src/index.js";
import { readFileSync } from "fs";
const decoder = new Decoder(Stream.fromByteArray(readFileSync(process.argv[2])));
const { messages, errors } = decoder.read();
const s = messages.sessionMesgs[0];
console.log(s.sport, s.totalDistance, s.totalTimerTime, errors.length);
JS
cat > "$work/gpx.py" <<PY
import sys, gpxpy
gpx = gpxpy.parse(open(sys.argv[1], encoding="utf-8-sig"))
print(gpx.length_2d(), gpx.get_duration())
PY
"$build/app/backstride" generate --db "$work/template.sqlite3" --years 1 >/dev/null
for file in gpx/garmin-connect_cim-marathon-2012_run_hr.gpx gpx/strava-export_fr935_ride_4801048867.gpx \
            fit/garmin-fenix2_run_9km.fit fit/wahoo-elemnt_ride_devfields.fit; do
    path="$samples/$file"
    name=$(basename "$file")
    backstride="$build/app/backstride import --dry-run --json --db $work/j.sqlite3 $path"
    fresh="cp $work/template.sqlite3 $work/j.sqlite3"
    case "$file" in
    *.gpx) hyperfine -N --prepare "$fresh" --warmup 3 --runs "${RUNS:-20}" --export-json "$work/r.json" --style none \
               -n backstride "$backstride" -n gpxpy "/usr/bin/python3 $work/gpx.py $path" \
               -n gpsbabel "gpsbabel -i gpx -f $path -o unicsv -F /dev/null" >/dev/null 2>&1 ;;
    *.fit) hyperfine -N --prepare "$fresh" --warmup 3 --runs "${RUNS:-20}" --export-json "$work/r.json" --style none \
               -n backstride "$backstride" -n fitsdk "node $work/fit.mjs $path" >/dev/null 2>&1 ;;
    esac
    /usr/bin/python3 - "$work/r.json" "$name" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
ours = next(r for r in results if r["command"] == "backstride")["median"]
line = f"{sys.argv[2]}: backstride {ours * 1000:.1f} ms"
for r in results:
    if r["command"] != "backstride":
        line += f", {r['command']} {r['median'] * 1000:.1f} ms ({r['median'] / ours:.1f}x slower)"
print(line)
PY
done
