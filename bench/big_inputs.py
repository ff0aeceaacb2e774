#!/usr/bin/env python3
"""Writes the inputs of bench/big-inputs.sh: inputs far larger than any person's journal.

  big_inputs.py journal N OUT.json     journal JSON with N pain entries (and N/10 runs)
  big_inputs.py activitywatch N OUT.json   an ActivityWatch export with N AFK events
  big_inputs.py gpx N DIR             N small GPX files (one run each, distinct days and times)

Deterministic: the same arguments give the same bytes. Generated, never committed.
"""
import datetime
import os
import sys


def journal(n, out):
    runs = max(1, n // 10)
    start = datetime.date(2000, 1, 1)
    with open(out, "w") as f:
        f.write('{\n  "format": "backstride-journal",\n  "version": 1,\n  "runs": [\n')
        for i in range(runs):
            d = start + datetime.timedelta(days=i % 9000)
            sep = "," if i + 1 < runs else ""
            f.write('    {"date": "%s", "start_time": "%02d:%02d", "distance_m": %d, "duration_s": %d}%s\n'
                    % (d.isoformat(), 6 + i % 12, i % 60, 5000 + i % 5000, 1800 + i % 1800, sep))
        f.write('  ],\n  "pain": [\n')
        for i in range(n):
            d = start + datetime.timedelta(days=i % 9000)
            sep = "," if i + 1 < n else ""
            run = ', "run": %d' % (i % runs) if i % 3 == 0 else ""
            f.write('    {"date": "%s", "time": "%02d:%02d", "intensity": %d, "sites": ["lower-back-left"], '
                    '"timing": ["after-run"], "notes": "entry %d"%s}%s\n'
                    % (d.isoformat(), i % 24, (i // 24) % 60, i % 11, i, run, sep))
        f.write("  ]\n}\n")


def activitywatch(n, out):
    t0 = datetime.datetime(2026, 1, 5, 8, 0, tzinfo=datetime.timezone.utc)
    with open(out, "w") as f:
        f.write('{"buckets": {"aw-watcher-afk_bench": {"id": "aw-watcher-afk_bench", "created": '
                '"2026-01-05T08:00:00+00:00", "type": "afkstatus", "client": "aw-watcher-afk", '
                '"hostname": "bench", "events": [')
        # Newest first, as ActivityWatch exports them; 10 s events, alternating 50 at the computer
        # and 10 away, from 2026-01-05 on (5M events reach into 2027).
        for i in reversed(range(n)):
            t = t0 + datetime.timedelta(seconds=10 * i)
            status = "afk" if i % 60 >= 50 else "not-afk"
            sep = ", " if i > 0 else ""
            f.write('{"id": %d, "timestamp": "%s", "duration": 10.0, "data": {"status": "%s"}}%s'
                    % (i + 1, t.isoformat(), status, sep))
        f.write("]}}}\n")


def gpx(n, folder):
    os.makedirs(folder, exist_ok=True)
    start = datetime.datetime(1990, 1, 1, 6, 0, tzinfo=datetime.timezone.utc)
    for i in range(n):
        t = start + datetime.timedelta(days=i // 4, hours=3 * (i % 4))
        points = []
        for k in range(20):
            pt = t + datetime.timedelta(seconds=30 * k)
            points.append('<trkpt lat="%.6f" lon="%.6f"><ele>%d</ele><time>%s</time></trkpt>'
                          % (52.0 + 0.001 * k, 13.0 + 0.0005 * k + 0.00001 * (i % 100), 30 + k % 5,
                             pt.strftime("%Y-%m-%dT%H:%M:%SZ")))
        sub = os.path.join(folder, "%03d" % (i // 1000))
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, "run-%06d.gpx" % i), "w") as f:
            f.write('<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="bench" '
                    'xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg>%s'
                    '</trkseg></trk></gpx>\n' % "".join(points))


if __name__ == "__main__":
    kind, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    {"journal": journal, "activitywatch": activitywatch, "gpx": gpx}[kind](n, out)
