#!/usr/bin/env bash
# The planner against calcurse and khal on generated calendars (issue #12's table):
#   Benchmarks/planner/run.sh                      # N = 1,000, 10,000 and 100,000
#   Benchmarks/planner/run.sh --sizes 1000 10000   # planner-bench table --help for the rest
# Builds the release binaries in .build-release (kept apart from the debug build), installs
# calcurse and khal when apt-get can, then prints a Markdown table of whole-process medians.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in calcurse khal; do
  if ! command -v "$tool" >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null || echo "run.sh: $tool not installed; its column stays empty" >&2
  fi
done
swift build -c release --scratch-path .build-release --product planner-tui >&2
swift build -c release --scratch-path .build-release --product planner-bench >&2
exec .build-release/release/planner-bench table --planner .build-release/release/planner-tui "$@"
