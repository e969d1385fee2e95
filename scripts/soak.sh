#!/usr/bin/env bash
# Memory soak of mppd (tests/reliability/soak.mjs): simulated business days
# at high speed through the test clock, with boards on /ws, each day
# crossing midnight; mppd's RssAnon at the end of each day must stay flat.
#   scripts/soak.sh            7 days of about 2,400 tickets on a release build with
#                              the test clock (build-soak), then one day on the
#                              sanitizer build (build-test, LeakSanitizer on) and one
#                              under valgrind on a Debug build without sanitizers
#                              (build-valgrind), each ending with SIGTERM: 0 errors,
#                              0 leaks. Writes the figures to docs/reliability.md
#                              (MPP_REPORT= to leave the page alone).
#   scripts/soak.sh --short    the suite's run: one day of about 600 tickets on the
#                              sanitizer build (MPPD/MPPCTL name it), LeakSanitizer on.
# SOAK_DAYS, SOAK_SCALE (1 = about 600 tickets a day) change the long run.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/mppd.sh
. scripts/lib/mppd.sh
scripts/setup.sh --test # valgrind for the long run
REPORT=${MPP_REPORT-docs/reliability.md}
mpp_node_modules
mpp_sanitizer_env

# the sanitizer build of the suite
asan_build() {
  if [ -z "${MPPD:-}" ]; then
    mpp_sanitizer_build build-test mppd mppctl >/dev/null
    MPPD="$PWD/build-test/mppd" MPPCTL="$PWD/build-test/mppctl"
  fi
  case "$ASAN_OPTIONS" in *detect_leaks=0*) echo "soak: LeakSanitizer must be on (detect_leaks=1)"; exit 1 ;; esac
}

if [ "${1:-}" = "--short" ]; then
  asan_build
  echo "== soak, short: one simulated day on $(basename "$(dirname "$MPPD")"), LeakSanitizer on, SIGTERM at the end"
  MPPD=$MPPD MPPCTL=$MPPCTL MPP_BUILD_KIND="sanitizer build (ASan, UBSan, LSan)" \
    exec node tests/reliability/soak.mjs --days 1 --scale 1 --boards 5 --label "soak, ASan" \
      --report "$REPORT" --section soak-asan --command "scripts/soak.sh --short"
fi

echo "== soak: ${SOAK_DAYS:-7} simulated business days on a release build with the test clock (build-soak)"
cmake -S . -B build-soak -DCMAKE_BUILD_TYPE=Release -DMPP_TESTS=OFF -DMPP_TEST_CLOCK=ON >/dev/null
cmake --build build-soak -j"$(nproc)" --target mppd mppctl >/dev/null
MPPD="$PWD/build-soak/mppd" MPPCTL="$PWD/build-soak/mppctl" MPP_BUILD_KIND="release build with the test clock" \
  node tests/reliability/soak.mjs --days "${SOAK_DAYS:-7}" --scale "${SOAK_SCALE:-4}" --boards 20 \
    --report "$REPORT" --section soak --command "scripts/soak.sh"

echo "== soak: one day on the sanitizer build (build-test), LeakSanitizer on"
(
  asan_build
  MPPD=$MPPD MPPCTL=$MPPCTL MPP_BUILD_KIND="sanitizer build (ASan, UBSan, LSan)" \
    node tests/reliability/soak.mjs --days 1 --scale 1 --boards 5 --label "soak, ASan" \
      --report "$REPORT" --section soak-asan --command "scripts/soak.sh --short"
)

echo "== soak: one day under valgrind on a Debug build without sanitizers (build-valgrind)"
cmake -S . -B build-valgrind -DCMAKE_BUILD_TYPE=Debug -DMPP_TESTS=OFF -DMPP_TEST_CLOCK=ON >/dev/null
cmake --build build-valgrind -j"$(nproc)" --target mppd mppctl >/dev/null
MPPD="$PWD/build-valgrind/mppd" MPPCTL="$PWD/build-valgrind/mppctl" MPP_BUILD_KIND="Debug build without sanitizers, under valgrind" \
  node tests/reliability/soak.mjs --days 1 --scale 1 --boards 5 --label "soak, valgrind" \
    --wrap "valgrind --leak-check=full --error-exitcode=1" \
    --report "$REPORT" --section soak-valgrind --command "scripts/soak.sh (valgrind --leak-check=full --error-exitcode=1 build-valgrind/mppd)"
