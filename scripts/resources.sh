#!/usr/bin/env bash
# Resource reliability of mppd's storage under load (tests/reliability/
# resources.mjs): the LMDB map growing from 1 MiB while kiosks issue
# tickets, reader slots left by processes killed in a read transaction
# being cleared, and `mppctl backup` under load restored and compared with
# the live server. Builds a release mppd and the stale-reader helper, prints
# one figure line per part and writes them to docs/reliability.md
# (MPP_REPORT= to leave the page alone).
#   scripts/resources.sh [--short] [--only growth,stale,backup]
# MPPD/MPPCTL: use these binaries instead of building (the suite's short run).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/mppd.sh
. scripts/lib/mppd.sh
scripts/setup.sh --test

if [ -z "${MPPD:-}" ]; then
  export MPP_BUILD_KIND="release build"
else
  export MPP_BUILD_KIND=${MPP_BUILD_KIND:-$(basename "$(dirname "$MPPD")")}
fi
mpp_release_build
# the helper that leaves stale readers, beside the binaries it tests
STALE_READER="$(dirname "$MPPD")/stale_reader"
export STALE_READER
if [ ! -x "$STALE_READER" ] || [ tests/reliability/stale_reader.c -nt "$STALE_READER" ]; then
  cc -std=c11 -Wall -Wextra -Werror -O2 -o "$STALE_READER" tests/reliability/stale_reader.c -llmdb
fi
mpp_node_modules
exec node tests/reliability/resources.mjs --report "${MPP_REPORT-docs/reliability.md}" "$@"
