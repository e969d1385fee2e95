#!/usr/bin/env bash
# Sets up and runs every test: installs what is missing, checks the shell
# scripts with shellcheck, builds with AddressSanitizer and
# UndefinedBehaviorSanitizer, runs the C unit tests (ctest), the plugin
# checks and rehearsals, the integration tests against the real mppd
# binary, the short reliability and fuzz runs, the browser tests in
# Chromium, and the Debian package's install and upgrade in a new Debian 12
# root.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/mppd.sh
. scripts/lib/mppd.sh

scripts/setup.sh --test

echo "== shell scripts: shellcheck"
shellcheck scripts/*.sh scripts/lib/*.sh

BUILD=${MPP_BUILD:-build-test}
mpp_sanitizer_build "$BUILD"

# node --test, one file after the other: each file starts its own mppd
# processes, and Node.js 18 (Debian 12's) has no --test-concurrency
node_tests() {
  local f failed=()
  for f in "$@"; do node --test "$f" || failed+=("$f"); done
  [ ${#failed[@]} -eq 0 ] || { echo "failed: ${failed[*]}" >&2; return 1; }
}

mpp_sanitizer_env

echo "== C layout: every C file as .clang-format lays it out"
find core tests -name node_modules -prune -o -name '*.[ch]' -print0 | xargs -0 clang-format --dry-run --Werror

echo "== C unit tests"
(cd "$BUILD" && ctest --output-on-failure -j"$(nproc)")

echo "== plugins: every bundled plugin loads cleanly"
for f in plugins/*.lua; do
  case "$(basename "$f")" in _*) continue ;; esac
  "$BUILD/mppctl" --config mppd.cfg check "$f" >/dev/null || { "$BUILD/mppctl" --config mppd.cfg check "$f"; exit 1; }
done

echo "== routing rehearsals: mppctl try plugins/<agency>.lua tests/try/<agency>.txt"
for f in tests/try/*.txt; do
  a=$(basename "$f" .txt)
  "$BUILD/mppctl" --config mppd.cfg try "plugins/$a.lua" "$f" >/dev/null ||
    { "$BUILD/mppctl" --config mppd.cfg try "plugins/$a.lua" "$f"; exit 1; }
  echo "ok: $f"
done
# the plugin guide's worked route example, with its own one-counter hall
ex=docs/examples/route
"$BUILD/mppctl" --config "$ex/hall.cfg" try "$ex/bpom.lua" "$ex/bpom.txt" >/dev/null ||
  { "$BUILD/mppctl" --config "$ex/hall.cfg" try "$ex/bpom.lua" "$ex/bpom.txt"; exit 1; }
echo "ok: $ex/bpom.txt"

echo "== journeys across agencies: mppctl journey tests/journeys/<errand>.txt"
for f in tests/journeys/*.txt; do
  "$BUILD/mppctl" --config mppd.cfg journey "$f" >/dev/null ||
    { "$BUILD/mppctl" --config mppd.cfg journey "$f"; exit 1; }
  echo "ok: $f"
done

echo "== integration tests (real mppd, HTTP and WebSocket)"
(cd tests && npm ci --no-audit --no-fund --silent)
MPPD="$PWD/$BUILD/mppd" MPPCTL="$PWD/$BUILD/mppctl" node_tests tests/integration/*.test.mjs

echo "== reliability, short runs (the scripts without --short for the figures)"
MPP_REPORT='' MPPD="$PWD/$BUILD/mppd" MPPCTL="$PWD/$BUILD/mppctl" scripts/crash.sh 10
MPP_REPORT='' MPPD="$PWD/$BUILD/mppd" scripts/strace-order.sh 20
MPP_REPORT='' scripts/faketime.sh --short # the release build: no sanitizer runs under libfaketime
MPP_REPORT='' MPPD="$PWD/$BUILD/mppd" MPPCTL="$PWD/$BUILD/mppctl" scripts/resources.sh --short
MPP_REPORT='' MPPD="$PWD/$BUILD/mppd" MPPCTL="$PWD/$BUILD/mppctl" scripts/soak.sh --short

echo "== fuzzing, short runs (scripts/fuzz.sh for the long ones, >= 10^7 inputs each)"
MPP_BUILD="$BUILD" scripts/fuzz.sh --short

echo "== browser tests (Chromium driving the pages against the real mppd)"
MPPD="$PWD/$BUILD/mppd" MPPCTL="$PWD/$BUILD/mppctl" CHROMIUM=${CHROMIUM:-/usr/bin/chromium} \
  node_tests tests/browser/*.test.mjs

echo "== the Debian package: built (lintian clean), installed in a new Debian 12 root, run as its user, upgraded and purged"
scripts/package-test.sh
