#!/usr/bin/env bash
# Crash durability: builds a release mppd and kills it with SIGKILL N times
# (default 200) at random moments while kiosks issue tickets and counter
# consoles call and finish them, restarting it each time; then checks that
# every acknowledged ticket and counter action is still there, the event log
# is gapless and no number repeats within a day; half the tickets ask for
# messages, and each still waiting got its first one, at its own phone,
# with nothing sent again by a restart once the outbox is empty. Prints
# "N kills, T tickets acknowledged, 0 lost" and writes the figures to
# docs/reliability.md (MPP_REPORT= to leave the page alone).
#   scripts/crash.sh [N]
# MPPD/MPPCTL: use these binaries instead of building (the suite's short run).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/mppd.sh
. scripts/lib/mppd.sh
scripts/setup.sh --test
KILLS=${1:-200}

mpp_release_build
mpp_node_modules
echo "== crash durability: $KILLS kills of $(basename "$MPPD") under kiosk and console load"
exec node tests/reliability/crash.mjs --kills "$KILLS" --report "${MPP_REPORT-docs/reliability.md}"
