#!/usr/bin/env python3
"""Exact reference for the planner's scheduler: the same instance as a CP-SAT model.

    cpsat_reference.py INSTANCE.json [--time-limit 30] [--workers 2]

Prints one JSON line: status, objective, best bound, seconds to the first feasible plan,
seconds in all. A benchmark tool only: the planner never depends on OR-Tools.

Model (rules of SCHEDULING.md):
  x[e,o]  one boolean per legal option o = (start day, city) of event e; exactly one per event (H1)
  y[p,d,c] person p is in city c on day d (sum of the options covering d);  sum_c y[p,d,c] <= 1 (H2)
  y[p,d,c1] + y[p,d',c2] <= 1 for far (c1,c2) and 1 <= d'-d <= gap (H3: gap days strictly between)
  per city and day, big events covering it <= max (H4)
  S1: per spread series and ISO week, n = starts in that week; n(n-1)/2 as sum_k (k-1)*[n >= k]
  S2: per quarter, t >= |starts in TLS - starts in MPL|
"""
import argparse
import datetime as dt
import json
import sys
import time
from collections import defaultdict

from ortools.sat.python import cp_model


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("instance")
    ap.add_argument("--time-limit", type=float, default=30)
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    inst = json.load(open(a.instance, encoding="utf-8"))
    cal = inst["calendar"]
    start = dt.date.fromisoformat(cal["start"])
    end = dt.date.fromisoformat(cal["end"])
    days = (end - start).days + 1
    holidays = {h["date"] for h in cal["public_holidays"]}
    workdays = set(cal["workdays"])
    date = [start + dt.timedelta(days=d) for d in range(days)]
    open_day = [date[d].isoweekday() in workdays and date[d].isoformat() not in holidays for d in range(days)]
    rules = inst["rules"]
    far_km, gap, max_big = rules["far_km"], rules["travel_gap_days"], rules["max_big_events_per_city_day"]
    dist = inst["distances_km"]
    spread = {s["id"] for s in inst["series"] if s.get("spread_weeks", True)}
    bal = rules["balance_cities"]
    w1, w2 = rules["weights"]["series_same_week"], rules["weights"]["balance"]

    m = cp_model.CpModel()
    person_day_city = defaultdict(list)
    city_day_big = defaultdict(list)
    series_week = defaultdict(list)
    quarter_side = defaultdict(list)
    for e in inst["events"]:
        lo = max(0, (dt.date.fromisoformat(e["earliest_start"]) - start).days)
        hi = min(days - 1, (dt.date.fromisoformat(e["latest_end"]) - start).days) - (e["duration_days"] - 1)
        opts = []
        for d in range(lo, hi + 1):
            if all(open_day[d + k] for k in range(e["duration_days"])):
                for c in e["cities"]:
                    opts.append((d, c, m.NewBoolVar("")))
        if not opts:
            print(json.dumps({"status": "infeasible", "reason": f"{e['id']} has no legal day"}))
            return
        m.AddExactlyOne(v for _, _, v in opts)
        for d, c, v in opts:
            for k in range(e["duration_days"]):
                for p in e["required_people"]:
                    person_day_city[(p, d + k, c)].append(v)
                if e["big"]:
                    city_day_big[(c, d + k)].append(v)
            if e.get("series") in spread:
                iso = date[d].isocalendar()
                series_week[(e["series"], iso[0], iso[1])].append(v)
            if len(bal) == 2 and c in bal:
                q = (date[d].year, (date[d].month - 1) // 3)
                quarter_side[(q, c)].append(v)
    # H2 and H3 through y[p,d,c].
    y = {}
    by_pd = defaultdict(list)
    for (p, d, c), vs in person_day_city.items():
        if len(vs) == 1:
            y[(p, d, c)] = vs[0]
        else:
            b = m.NewBoolVar("")
            m.Add(sum(vs) == b)
            y[(p, d, c)] = b
        by_pd[(p, d)].append(y[(p, d, c)])
    for vs in by_pd.values():
        if len(vs) > 1:
            m.AddAtMostOne(vs)
    for (p, d, c1), v1 in y.items():
        for g in range(1, gap + 1):
            for c2 in inst_cities(inst):
                v2 = y.get((p, d + g, c2))
                if v2 is not None and c1 != c2 and dist[c1][c2] > far_km:
                    m.AddBoolOr([v1.Not(), v2.Not()])
    for vs in city_day_big.values():
        if len(vs) > max_big:
            m.Add(sum(vs) <= max_big)
    cost = []
    for vs in series_week.values():
        if len(vs) < 2:
            continue
        n = len(vs)
        bs = [m.NewBoolVar("") for _ in range(n)]
        for k in range(n - 1):
            m.AddImplication(bs[k + 1], bs[k])
        m.Add(sum(vs) == sum(bs))
        cost += [w1 * k * bs[k] for k in range(1, n)]
    quarters = {q for (q, _) in quarter_side}
    for q in quarters:
        a_ = sum(quarter_side.get((q, bal[0]), []))
        b_ = sum(quarter_side.get((q, bal[1]), []))
        t = m.NewIntVar(0, len(inst["events"]), "")
        m.Add(t >= a_ - b_)
        m.Add(t >= b_ - a_)
        cost.append(w2 * t)
    m.Minimize(sum(cost))

    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = a.time_limit
    solver.parameters.num_workers = a.workers
    t0 = time.time()
    first = []

    class CB(cp_model.CpSolverSolutionCallback):
        def on_solution_callback(self):
            if not first:
                first.append(time.time() - t0)

    status = solver.Solve(m, CB())
    out = {"status": solver.StatusName(status), "objective": int(solver.ObjectiveValue()) if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) else None,
           "bound": int(solver.BestObjectiveBound()), "first_feasible_s": round(first[0], 2) if first else None,
           "seconds": round(time.time() - t0, 2)}
    print(json.dumps(out))


def inst_cities(inst):
    return [c["id"] for c in inst["cities"]]


if __name__ == "__main__":
    sys.exit(main())
