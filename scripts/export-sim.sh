#!/usr/bin/env bash
# The export's simulation and benchmark (issue 18, docs/export.md): release
# builds of mppd and mppagg against Debian's nats-server, driven by
# tests/bench/export-sim.mjs:
#  1. 35 simulated halls publishing at a steady rate: the view's lag p50/p99;
#  2. the 35 halls publishing a busy day each at full speed at once: events/s
#     the view keeps up with (target >= 50,000), and a view rebuilt from the
#     stream's start (its figures must equal the live view's);
#  3. a real hall's durable issue rate with export on against off (wrk,
#     16 connections, alternating runs; target ratio >= 0.9);
#  4. a real hall under load while the broker is away for 10 minutes: the
#     catch-up time once it is back.
# Prints the figures as it goes; writes build-bench/results/export.json and
# the section "13. Beyond one hall" of docs/performance.md (MPP_REPORT= to
# leave the page alone). --quick: smaller days and a 30 s outage.
#   scripts/export-sim.sh [--quick]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/mppd.sh
. scripts/lib/mppd.sh
QUICK=0
if [ "${1:-}" = --quick ]; then QUICK=1; shift; fi
scripts/setup.sh --test  # nats-server and libnats
scripts/setup.sh --bench # wrk
mpp_release_build
export MPPAGG=${MPPAGG:-$(dirname "$MPPD")/mppagg}
mpp_node_modules
QUICK=$QUICK node tests/bench/export-sim.mjs
