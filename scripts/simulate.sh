#!/usr/bin/env bash
# Runs a simulated MPP day at high speed (tests/sim/): arrivals with a
# morning peak, the 20 agencies weighted, service times around each
# service's standard, no-shows, transfers and SKM surveys, driven through
# the test clock of a test build. Prints the day, the service report mppd
# gives for it and the error of the wait estimates (docs/reports.md).
#
#   scripts/simulate.sh                  # its own mppd, fresh data, then stops
#   scripts/simulate.sh --keep           # ... and leaves it running for /admin
#   scripts/simulate.sh --url http://127.0.0.1:8080 --user admin --password P
#                                        # a running mppd built with -DMPP_TEST_CLOCK=ON
# Options: --seed N  --scale X (1 = about 600 tickets)  --from 07:30 --until 14:30 --close 16:00
#          --date YYYY-MM-DD  --json FILE
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/mppd.sh
. scripts/lib/mppd.sh
scripts/setup.sh --test

BUILD=${MPP_BUILD:-build-test}
if [[ " $* " != *" --url "* ]]; then
  if [ ! -x "$BUILD/mppd" ]; then
    mpp_sanitizer_build "$BUILD" mppd mppctl
  fi
  case "$BUILD" in /*) ;; *) BUILD=$PWD/$BUILD ;; esac
  export MPPD=${MPPD:-$BUILD/mppd} MPPCTL=${MPPCTL:-$BUILD/mppctl}
fi
mpp_node_modules
exec node tests/sim/simulate.mjs "$@"
