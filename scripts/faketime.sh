#!/usr/bin/env bash
# Time against the real binary: builds a release mppd (no test clock, no
# sanitizers: libfaketime is an LD_PRELOAD library, which AddressSanitizer
# refuses to run after) and runs tests/reliability/faketime.mjs, which moves
# mppd's clock with libfaketime: restarts at 23:59:59 after a kill -9 or a
# SIGTERM while kiosks issue across midnight, the clock stepped back (by a
# restart and live), and the closing time of a hall with opening hours.
# Prints "N restarts around midnight, M tickets ..., 1 reset per day,
# 0 repeated numbers" and writes the figures to docs/reliability.md
# (MPP_REPORT= to leave the page alone).
#   scripts/faketime.sh [NIGHTS]     (default 8)
#   scripts/faketime.sh --short      (2 nights, for the suite)
# MPPD: a release mppd to use instead of building one.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/mppd.sh
. scripts/lib/mppd.sh
ARGS=()
case "${1:-}" in
  --short) ARGS=(--short) ;;
  "") ;;
  *) ARGS=(--nights "$1") ;;
esac

scripts/setup.sh --test # faketime
LIB=${LIBFAKETIME:-/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1}
mpp_release_build
if ldd "$MPPD" | grep -q libasan; then
  echo "$MPPD is a sanitizer build; libfaketime needs a release one (leave MPPD unset)" >&2
  exit 1
fi
mpp_node_modules
echo "== time under libfaketime: $(basename "$MPPD") from $MPPD"
LIBFAKETIME="$LIB" exec node tests/reliability/faketime.mjs "${ARGS[@]}" --report "${MPP_REPORT-docs/reliability.md}"
