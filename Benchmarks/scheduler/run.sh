#!/usr/bin/env bash
# Scheduler benchmark: our solver next to an exact CP-SAT reference on generated instances.
#   Benchmarks/scheduler/run.sh [SIZES] [SEEDS]      e.g.  run.sh "50 200 1000" "1 2 3"
# Prints a markdown table: time to the first feasible plan, objective after 1 s and 5 s,
# and CP-SAT's objective, bound and times (2 workers, 30 s limit). Figures, not a test.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
sizes="${1:-50 200 1000}"
seeds="${2:-1 2 3}"
gen="$root/scripts/gen_instance.py"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ ! -x "$here/.venv/bin/python" ]; then
  python3 -m venv "$here/.venv"
  "$here/.venv/bin/pip" install -q ortools
fi
(cd "$root" && swift build -c release --product planner-tui >/dev/null)
bin="$root/.build/release/planner-tui"

echo "| events | seed | ours: first plan | ours @1 s | ours @5 s | CP-SAT first plan | CP-SAT objective (bound) | CP-SAT time |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $sizes; do
  for s in $seeds; do
    inst="$work/i-$n-$s.json"
    python3 "$gen" --events "$n" --seed "$s" --year 2026 -o "$inst" >/dev/null
    one=$("$bin" schedule "$inst" -o "$work/one.json" --time-limit 1 --seed 1 2>&1 >/dev/null | tail -1)
    five=$("$bin" schedule "$inst" -o "$work/five.json" --time-limit 5 --seed 1 2>&1 >/dev/null | tail -1)
    "$bin" schedule "$inst" --check "$work/five.json" >/dev/null
    first=$(sed -E 's/.*first plan after ([0-9.]+) s.*/\1/' <<<"$one")
    obj1=$(sed -E 's/.*objective ([0-9]+).*/\1/' <<<"$one")
    obj5=$(sed -E 's/.*objective ([0-9]+).*/\1/' <<<"$five")
    ref=$("$here/.venv/bin/python" "$here/cpsat_reference.py" "$inst" --time-limit 30 --workers 2)
    rf=$(python3 -c 'import json,sys; r=json.loads(sys.argv[1]); print(r["first_feasible_s"], r["objective"], r["bound"], r["seconds"], r["status"])' "$ref")
    read -r cfirst cobj cbound ctime cstatus <<<"$rf"
    echo "| $n | $s | ${first} s | $obj1 | $obj5 | ${cfirst} s | $cobj ($cbound, $cstatus) | ${ctime} s |"
  done
done
