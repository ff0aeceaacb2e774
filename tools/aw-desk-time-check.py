#!/usr/bin/python3
"""Desk hours per local day from an ActivityWatch export, computed with ActivityWatch's own
aw_transform.flood and filter_keyvals (from an aw-core checkout), to check Backstride's reading
of the same file:

    tools/aw-desk-time-check.py AW_CORE_DIR EXPORT.json TIMEZONE
    backstride import --dry-run --json EXPORT.json   # with TZ=TIMEZONE

Needs Debian's python3-iso8601 (aw_core.models). Only aw_core/models.py and aw_transform's
flood.py and filter_keyvals.py are loaded; the rest of aw-core (config, dirs, schema) is not.
"""
import importlib.util
import json
import sys
import types
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def main():
    core, export, zone = Path(sys.argv[1]), sys.argv[2], ZoneInfo(sys.argv[3])
    # Bare packages, so that importing them does not pull in the rest of aw-core.
    for package in ("aw_core", "aw_transform"):
        sys.modules[package] = types.ModuleType(package)
        sys.modules[package].__path__ = [str(core / package)]
    models = load("aw_core.models", core / "aw_core/models.py")
    sys.modules["aw_core"].Event = models.Event
    flood = load("aw_transform.flood", core / "aw_transform/flood.py").flood
    filter_keyvals = load("aw_transform.filter_keyvals", core / "aw_transform/filter_keyvals.py").filter_keyvals

    buckets = json.load(open(export))["buckets"]
    intervals = []
    for bucket in buckets.values():
        if bucket.get("type") != "afkstatus":
            continue
        events = [models.Event(**{k: e[k] for k in ("timestamp", "duration", "data")}) for e in bucket["events"]]
        for event in filter_keyvals(flood(events), "status", ["not-afk"]):
            intervals.append((event.timestamp, event.timestamp + event.duration))
    # Several hosts: the union, counted once.
    intervals.sort()
    united = []
    for start, end in intervals:
        if united and start <= united[-1][1]:
            united[-1][1] = max(united[-1][1], end)
        else:
            united.append([start, end])
    hours = defaultdict(float)
    for start, end in united:
        while start < end:
            local = start.astimezone(zone)
            midnight = datetime.combine(local.date() + timedelta(days=1), datetime.min.time(), zone)
            until = min(end, midnight)
            hours[local.date()] += (until - start).total_seconds() / 3600
            start = until
    for day in sorted(hours):
        print(json.dumps({"date": day.isoformat(), "hours": round(hours[day], 4)}))


main()
