#!/usr/bin/env python3
"""Differential fixture for the planner's recurrence expander, computed by python-dateutil.

    python3 generate.py            # rewrites cases.json next to this file
    python3 generate.py --check    # recomputes in memory; exit 1 if cases.json differs

Each case: an RRULE, a DTSTART (Europe/Paris wall-clock) and the occurrence instants as UTC
epoch seconds: the first 200 distinct instants, or all within ten years of DTSTART.

Conventions, so both sides compute the same thing:
- DTSTART is synchronised with the rule (it is the rule's first occurrence from a random
  seed time): RFC 5545 counts DTSTART as the first occurrence even when the rule would not
  produce it, dateutil does not; synchronised starts make the question moot.
- Times are wall-clock in Europe/Paris, pinned to the zone one by one (zoneinfo, fold=0):
  a time in the spring gap maps to the instant after the gap (RFC 5545 §3.3.5), an
  ambiguous autumn time to its first instant. Instants are deduplicated (HOURLY rules
  produce 02:00 and 03:00 on the spring-forward day, the same instant).
- UNTIL is always a UTC date-time (dateutil requires it with an aware DTSTART).

Excluded, because dateutil departs from RFC 5545 there (the Swift tests cover them from the
RFC's own examples instead):
- BYDAY mixing plain days and ordinals (dateutil requires both to match; RFC: either);
- BYDAY ordinals outside MONTHLY/YEARLY, BYWEEKNO outside YEARLY, BYYEARDAY with
  DAILY/WEEKLY/MONTHLY, BYMONTHDAY with WEEKLY (invalid per RFC 5545; the planner refuses them);
- BYSETPOS with WEEKLY: dateutil applies it to the first week truncated at DTSTART, the
  RFC to the whole week (RecurrenceExpanderTests covers it);
- BYSECOND and SECONDLY (the planner's events are to the minute).
"""
import argparse
import datetime as dt
import itertools
import json
import os
import random
import sys
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

PARIS = ZoneInfo("Europe/Paris")
UTC = dt.timezone.utc
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases.json")
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
N_CASES = 600
MAX_OCC = 200


def seed_start(rng):
    """A seed wall-clock time, often near a DST change or a month end."""
    year = rng.randint(2019, 2030)
    kind = rng.random()
    if kind < 0.3:      # last days of March (spring forward)
        d = dt.date(year, 3, rng.randint(20, 31))
    elif kind < 0.55:   # last days of October (fall back)
        d = dt.date(year, 10, rng.randint(18, 31))
    elif kind < 0.8:    # a month end
        m = rng.randint(1, 12)
        last = (dt.date(year + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
        d = dt.date(year, m, rng.randint(max(1, last - 3), last))
    else:
        d = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
    if rng.random() < 0.2:
        h, mi = 2, rng.choice([0, 30])   # inside the gap / the fold
    else:
        h, mi = rng.randint(0, 23), rng.choice([0, 15, 30, 45])
    return dt.datetime(d.year, d.month, d.day, h, mi)


def sample(rng, pool, lo, hi):
    return sorted(rng.sample(pool, rng.randint(lo, hi)))


def make_rule(rng):
    freq = rng.choices(["YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY", "MINUTELY"], [3, 4, 4, 3, 1, 1])[0]
    parts = ["FREQ=" + freq]
    if freq == "HOURLY":
        interval = rng.choice([1, 1, 2, 3, 5, 7, 12, 25])
    elif freq == "MINUTELY":
        interval = rng.choice([15, 30, 45, 60, 90, 97, 120, 600])
    else:
        interval = rng.choice([1, 1, 1, 2, 2, 3, 4])
    if interval != 1:
        parts.append("INTERVAL=%d" % interval)
    has_by = False
    if rng.random() < (0.5 if freq == "YEARLY" else 0.15):
        parts.append("BYMONTH=" + ",".join(map(str, sample(rng, list(range(1, 13)), 1, 4))))
        has_by = True
    use_weekno = freq == "YEARLY" and rng.random() < 0.15
    if use_weekno:
        pool = list(range(1, 54)) + list(range(-53, 0))
        parts.append("BYWEEKNO=" + ",".join(map(str, sample(rng, pool, 1, 3))))
        has_by = True
    if freq == "YEARLY" and rng.random() < 0.15:
        pool = list(range(1, 367)) + list(range(-366, 0))
        parts.append("BYYEARDAY=" + ",".join(map(str, sample(rng, pool, 1, 4))))
        has_by = True
    if freq != "WEEKLY" and rng.random() < 0.3:
        pool = list(range(1, 32)) + list(range(-31, 0))
        parts.append("BYMONTHDAY=" + ",".join(map(str, sample(rng, pool, 1, 4))))
        has_by = True
    r = rng.random()
    if freq in ("MONTHLY", "YEARLY") and not use_weekno and r < 0.3:
        entries = []
        for _ in range(rng.randint(1, 3)):
            n = rng.choice([1, 2, 3, 4, -1, -2] + ([5, 10, 20, -10, 52] if freq == "YEARLY" else []))
            entries.append("%d%s" % (n, rng.choice(DAYS)))
        parts.append("BYDAY=" + ",".join(sorted(set(entries))))
        has_by = True
    elif r < 0.65:
        parts.append("BYDAY=" + ",".join(d for d in DAYS if d in sample(rng, DAYS, 1, 5)))
        has_by = True
    if freq in ("YEARLY", "MONTHLY", "WEEKLY", "DAILY") and rng.random() < 0.2:
        parts.append("BYHOUR=" + ",".join(map(str, sample(rng, list(range(24)), 1, 3))))
        has_by = True
    if freq in ("YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY") and rng.random() < 0.15:
        parts.append("BYMINUTE=" + ",".join(map(str, sample(rng, [0, 10, 15, 20, 30, 45, 50], 1, 3))))
        has_by = True
    if has_by and freq in ("YEARLY", "MONTHLY") and rng.random() < 0.2:
        parts.append("BYSETPOS=" + ",".join(map(str, sample(rng, [1, 2, 3, -1, -2], 1, 2))))
    if rng.random() < 0.3:
        parts.append("WKST=" + rng.choice(DAYS))
    return parts


def instants(rule_text, start):
    aware = start.replace(tzinfo=PARIS)
    rule = rrulestr(rule_text, dtstart=aware)
    horizon = aware + dt.timedelta(days=3653)
    out = []
    seen = set()
    for t in itertools.islice(rule, 5 * MAX_OCC):
        if t > horizon:
            break
        ts = int(t.astimezone(UTC).timestamp())
        if ts in seen:
            continue
        seen.add(ts)
        out.append(ts)
    # Wall-clock order can differ from instant order around the autumn fold.
    out.sort()
    return out[:MAX_OCC]


def build():
    rng = random.Random(20261125)
    cases = []
    attempts = 0
    while len(cases) < N_CASES:
        attempts += 1
        if attempts > 50 * N_CASES:
            raise SystemExit("could not generate enough cases")
        parts = make_rule(rng)
        seed = seed_start(rng)
        base = ";".join(parts)
        try:
            first = next(iter(rrulestr(base, dtstart=seed.replace(tzinfo=PARIS))), None)
        except Exception:  # dateutil raises IndexError on some valid BYWEEKNO rules: skip them
            continue
        if first is None or first.year > seed.year + 20:
            continue
        start = first.replace(tzinfo=None)
        end_kind = rng.random()
        if end_kind < 0.4:
            parts.append("COUNT=%d" % rng.randint(1, 60))
        elif end_kind < 0.7:
            until = (start + dt.timedelta(days=rng.randint(0, 6 * 365), hours=rng.randint(0, 23))).replace(tzinfo=PARIS)
            parts.append("UNTIL=" + until.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
        text = ";".join(parts)
        try:
            occ = instants(text, start)
        except Exception:
            continue
        if not occ:
            continue
        cases.append({"rule": text, "dtstart": start.strftime("%Y%m%dT%H%M%S"), "tz": "Europe/Paris",
                      "horizonDays": 3653, "occurrences": occ})
    return cases


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if cases.json is not what dateutil computes")
    args = ap.parse_args()
    text = json.dumps({"generator": "python-dateutil", "cases": build()}, indent=0, sort_keys=True) + "\n"
    if args.check:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                print("rrule-differential: cases.json differs from what python-dateutil computes; run generate.py", file=sys.stderr)
                return 1
        print("rrule-differential: cases.json matches python-dateutil")
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %s" % OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
