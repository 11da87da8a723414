#!/usr/bin/env python3
"""Differential fixture for the planner's iCalendar import, computed by python's
recurring-ical-events (the reader of khal's ecosystem), independently of the planner.

    python3 generate.py            # rewrites expected.json next to this file
    python3 generate.py --check    # recomputes in memory; exit 1 if expected.json differs

For every calendar in ../ics-real (hand-written from what Google, Outlook/Exchange,
Thunderbird, Apple Calendar and public-holiday feeds export), the occurrences between
2026-01-01 and 2028-01-01 as [start, end, summary]:
- timed: UTC `YYYY-MM-DDTHH:MM:SSZ`; floating times (no zone, no X-WR-TIMEZONE) are read
  in Europe/Paris, the zone the Swift test imports with;
- all-day: `YYYY-MM-DD` (end exclusive);
- summary without C0/C1 control characters (the planner removes them, RFC 5545 forbids
  them in TEXT), "" when absent.
A file that recurring-ical-events refuses is recorded with its error: the Swift test then
checks that the planner still imports it, with warnings.
"""
import argparse
import datetime as dt
import json
import os
import re
import sys
import warnings
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(os.path.dirname(HERE), "ics-real")
OUT = os.path.join(HERE, "expected.json")
PARIS = ZoneInfo("Europe/Paris")
WINDOW = (dt.date(2026, 1, 1), dt.date(2028, 1, 1))
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def stamp(v):
    if isinstance(v, dt.datetime):
        if v.tzinfo is None:
            v = v.replace(tzinfo=PARIS)
        return v.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return v.isoformat()


def occurrences(path):
    with open(path, "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    out = []
    for o in recurring_ical_events.of(cal).between(*WINDOW):
        start = o["DTSTART"].dt
        end = o["DTEND"].dt if "DTEND" in o else start
        summary = CONTROL.sub("", str(o.get("SUMMARY", "")))
        out.append([stamp(start), stamp(end), summary])
    return sorted(out)


def compute():
    files = {}
    for name in sorted(os.listdir(SOURCE)):
        if not name.endswith(".ics"):
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                files[name] = {"occurrences": occurrences(os.path.join(SOURCE, name))}
        except Exception as e:  # the reader refuses the file: recorded, not hidden
            files[name] = {"refused": f"{type(e).__name__}: {e}"}
    return {
        "reader": f"recurring-ical-events {recurring_ical_events.__version__ if hasattr(recurring_ical_events, '__version__') else ''}".strip(),
        "window": [WINDOW[0].isoformat(), WINDOW[1].isoformat()],
        "floatingZone": "Europe/Paris",
        "files": files,
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    data = compute()
    data.pop("reader")
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if args.check:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                print(f"{OUT} is not what recurring-ical-events computes: rerun generate.py", file=sys.stderr)
                return 1
        print(f"ics differential: {OUT} matches recurring-ical-events ({len(data['files'])} calendars)")
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
