#!/usr/bin/env bash
# Crash durability: builds a release mppd and kills it with SIGKILL N times
# (default 200) at random moments while kiosks issue tickets and counter
# consoles call and finish them, restarting it each time; then checks that
# every acknowledged ticket and counter action is still there, the event log
# is gapless and no number repeats within a day. Prints
# "N kills, T tickets acknowledged, 0 lost" and writes the figures to
# docs/reliability.md (MPP_REPORT= to leave the page alone).
#   scripts/crash.sh [N]
# MPPD/MPPCTL: use these binaries instead of building (the suite's short run).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
KILLS=${1:-200}

if [ -z "${MPPD:-}" ]; then
  cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DMPP_TESTS=OFF >/dev/null
  cmake --build build-release -j"$(nproc)" >/dev/null
  export MPPD="$PWD/build-release/mppd" MPPCTL="$PWD/build-release/mppctl"
fi
[ -d tests/node_modules/ws ] || (cd tests && npm ci --no-audit --no-fund --silent)
echo "== crash durability: $KILLS kills of $(basename "$MPPD") under kiosk and console load"
exec node tests/reliability/crash.mjs --kills "$KILLS" --report "${MPP_REPORT-docs/reliability.md}"
