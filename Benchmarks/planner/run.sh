#!/usr/bin/env bash
# The planner against calcurse and khal on generated calendars (issue #12's table):
#   Benchmarks/planner/run.sh                      # N = 1,000, 10,000 and 100,000
#   Benchmarks/planner/run.sh --sizes 1000 10000   # planner-bench table --help for the rest
# Builds the release binaries in .build-release (kept apart from the debug build; Swift
# libraries linked statically), installs
# calcurse and khal when apt-get can, then prints a Markdown table of whole-process medians.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in calcurse khal; do
  if ! command -v "$tool" >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null || echo "run.sh: $tool not installed; its column stays empty" >&2
  fi
done
# The Swift libraries linked statically: start-up then spends far less in the dynamic loader
# (59 shared libraries to relocate otherwise). Foundation's networking, for sync, links
# libcurl by name (-lcurl); without the development package only libcurl.so.4 exists, so a
# link to it goes in .build-release/link. Both products use the same flags (any change of
# flags rebuilds everything).
link=.build-release/link
mkdir -p "$link"
if ! ldconfig -p | awk '$1 == "libcurl.so" { found = 1 } END { exit !found }'; then
  curl4=$(ldconfig -p | awk '$1 == "libcurl.so.4" { print $NF; exit }')
  [ -n "$curl4" ] && ln -sf "$curl4" "$link/libcurl.so"
fi
flags=(-c release --scratch-path .build-release --static-swift-stdlib -Xlinker -L"$link")
swift build "${flags[@]}" --product planner-tui >&2
swift build "${flags[@]}" --product planner-bench >&2
exec .build-release/release/planner-bench table --planner .build-release/release/planner-tui "$@"
