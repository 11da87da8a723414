#!/usr/bin/env bash
# Sync benchmark (figures, not a test): N events (default 2000) through a Radicale started
# on a free loopback port with a temporary storage folder. Measures Toulouse's first sync
# (N PUTs), a sync with nothing new, a sync with one change, Montpellier's first sync
# (N events pulled) and its incremental sync with that one change; then kills a fresh
# push and a fresh pull with SIGKILL at random moments (seeded) and checks that the final
# syncs leave N resources on the server, N events in each database and identical exports.
# Usage: [CONFIG=debug] Benchmarks/sync/run.sh [N] [KILLS]
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-2000}
KILLS=${2:-5}
CONFIG=${CONFIG:-release}   # CONFIG=debug measures the debug binary (the time is the server's and the network's)
swift build -c "$CONFIG" --product planner-tui >/dev/null
B=$PWD/.build/$CONFIG/planner-tui
if [ ! -x .venv/bin/radicale ]; then python3 -m venv .venv; .venv/bin/pip install -q python-dateutil radicale; fi
W=$(mktemp -d)
RPID=
cleanup() { [ -n "$RPID" ] && kill "$RPID" 2>/dev/null; rm -rf "$W"; }
trap cleanup EXIT
PW="bench-$RANDOM-$RANDOM"
echo "bench:$PW" > "$W/users"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
.venv/bin/radicale --server-hosts "127.0.0.1:$PORT" --storage-filesystem-folder "$W/collections" \
  --auth-type htpasswd --auth-htpasswd-filename "$W/users" --auth-htpasswd-encryption plain >"$W/radicale.log" 2>&1 &
RPID=$!
for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.3; done
URL="http://127.0.0.1:$PORT/bench/shared/"
curl -s -o /dev/null -u "bench:$PW" -X MKCALENDAR "$URL"
export PLANNER_CALDAV_PASSWORD=$PW LANG=C.UTF-8

python3 - "$N" >"$W/bulk.ics" <<'PY'
import sys
n = int(sys.argv[1])
print("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//sync bench//EN\r", end="\n")
for i in range(n):
    day, month, hour = 1 + i % 28, 1 + (i // 28) % 12, 8 + i % 10
    print(f"BEGIN:VEVENT\r\nUID:bench-{i}@bench\r\nDTSTAMP:20261101T000000Z\r\n"
          f"DTSTART;TZID=Europe/Paris:2027{month:02d}{day:02d}T{hour:02d}0000\r\nDURATION:PT1H\r\n"
          f"SUMMARY:Atelier n°{i}\r\nLOCATION:Toulouse\r\nEND:VEVENT\r", end="\n")
print("END:VCALENDAR\r", end="\n")
PY

office() { # office DB OFFICE
  "$B" config --db "$1" --no-sample --office "$2" --caldav-url "$URL" --caldav-user bench >/dev/null
}
timed() { # timed LABEL COMMAND...
  local t0 t1
  t0=$(date +%s.%N)
  "${@:2}" >"$W/out" 2>&1 || { echo "$1 failed:"; cat "$W/out"; exit 1; }
  t1=$(date +%s.%N)
  printf '| %s | %.2f s | %s |\n' "$1" "$(echo "$t1 - $t0" | bc)" "$(tr '\n' ' ' <"$W/out" | cut -c1-90)"
}
count() { "$B" config --db "$1" --lang en | sed -n 's/^events: //p'; }
server_count() {
  curl -s -u "bench:$PW" -X PROPFIND -H 'Depth: 1' "$URL" | grep -o '<href>[^<]*\.ics</href>' | sort -u | wc -l
}

office "$W/t.sqlite" toulouse
office "$W/m.sqlite" montpellier
"$B" import --db "$W/t.sqlite" "$W/bulk.ics" >/dev/null
echo "| step ($N events, loopback) | time | output |"
echo "|---|---:|---|"
timed "Toulouse first sync (push)" "$B" sync --db "$W/t.sqlite"
timed "Toulouse sync, nothing new" "$B" sync --db "$W/t.sqlite"
"$B" edit --db "$W/t.sqlite" bench-7@bench --title "Atelier n°7 (déplacé)" >/dev/null
timed "Toulouse sync, one change" "$B" sync --db "$W/t.sqlite"
"$B" edit --db "$W/t.sqlite" bench-8@bench --title "Atelier n°8 (déplacé)" >/dev/null
timed "Montpellier first sync (pull)" "$B" sync --db "$W/m.sqlite"
"$B" sync --db "$W/t.sqlite" >/dev/null
timed "Montpellier sync, one change" "$B" sync --db "$W/m.sqlite"
timed "Montpellier sync, nothing new" "$B" sync --db "$W/m.sqlite"

# kill -9 at random moments: a fourth office pushes N events to a second calendar, then a
# fifth pulls them, each killed KILLS times before a final sync.
URL2="http://127.0.0.1:$PORT/bench/second/"
curl -s -o /dev/null -u "bench:$PW" -X MKCALENDAR "$URL2"
RANDOM=42
killed() { # killed DB: KILLS syncs killed at random moments
  for _ in $(seq "$KILLS"); do
    "$B" sync --db "$1" >/dev/null 2>&1 &
    local pid=$!
    sleep "$(( RANDOM % 4 )).$(( RANDOM % 10 ))"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
}
for db in p k; do "$B" config --db "$W/$db.sqlite" --no-sample --caldav-url "$URL2" --caldav-user bench >/dev/null; done
"$B" import --db "$W/p.sqlite" "$W/bulk.ics" >/dev/null
killed "$W/p.sqlite"
timed "push killed $KILLS times, final sync" "$B" sync --db "$W/p.sqlite"
killed "$W/k.sqlite"
timed "pull killed $KILLS times, final sync" "$B" sync --db "$W/k.sqlite"
URL=$URL2
echo
echo "second calendar: $(server_count) resources for $N events; events: pushing office $(count "$W/p.sqlite"), pulling office $(count "$W/k.sqlite")"
"$B" export --db "$W/p.sqlite" >"$W/p.ics"; "$B" export --db "$W/k.sqlite" >"$W/k.ics"
cmp -s "$W/p.ics" "$W/k.ics" && echo "the two exports are identical" || { echo "EXPORTS DIFFER"; exit 1; }
