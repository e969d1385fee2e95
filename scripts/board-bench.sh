#!/usr/bin/env bash
# The hall board through a day, measured in Chromium with the real mppd,
# figures written into docs/performance.md (MPP_REPORT= to leave the page
# alone, MPP_REPORT=FILE for another page):
#  1. announcements (tests/bench/board.mjs): every counter of the stock
#     hall config calls at once, then a busy morning; the board before
#     calls had an age limit (commit MPP_BEFORE_REF, adc99f1) against
#     today's, full and short sentence, in the same run: seconds until the
#     burst's last call is spoken, the longest wait from a call to its
#     announcement; about 8 minutes (MPP_BOARD_MINUTES=6 of morning);
#  2. a day on the board (tests/browser/board-day.test.mjs, long form):
#     10,000 calls and 100 reconnects; DOM nodes, listeners and the JS
#     heap after a forced collection; about 6 minutes.
#   scripts/board-bench.sh [announce|day]   (both when none is named)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/mppd.sh
. scripts/lib/mppd.sh
export MPP_REPORT=${MPP_REPORT-docs/performance.md}
mpp_node_modules
if [ -z "${MPPD:-}" ]; then
  mpp_sanitizer_build build-test mppd mppctl >/dev/null
  export MPPD="$PWD/build-test/mppd" MPPCTL="$PWD/build-test/mppctl"
fi
mpp_sanitizer_env
export CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
what=${1:-all}
if [ "$what" = all ] || [ "$what" = announce ]; then
  node tests/bench/board.mjs
fi
if [ "$what" = all ] || [ "$what" = day ]; then
  MPP_BOARD_CALLS=${MPP_BOARD_CALLS:-10000} MPP_BOARD_RECONNECTS=${MPP_BOARD_RECONNECTS:-100} \
    node --test tests/browser/board-day.test.mjs
fi
