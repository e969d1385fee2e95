#!/usr/bin/env bash
# Fuzzes mppd: the libFuzzer targets of tests/fuzz (the HTTP API, /ws client
# messages, the config loader, plugin loading; clang with ASan and UBSan)
# and the wire-level fuzzer against a sanitizer build of the real mppd.
#
#   scripts/fuzz.sh [TARGET] [RUNS]
#     TARGET  http | ws | config | plugin | wire | all (default all)
#     RUNS    inputs per libFuzzer target (default 10000000), or connections
#             for wire (default 100000)
#   scripts/fuzz.sh --short   a few seconds of each (scripts/test.sh runs it)
#
# Each libFuzzer target first replays its committed corpus (the seeds and
# every regression input), then mutates. Findings land in
# build-fuzz/artifacts/; the grown corpus in build-fuzz/corpus-TARGET/ (add
# what is worth keeping to tests/fuzz/corpus/TARGET/). Prints one line of
# figures per target; exits 1 on any finding.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/mppd.sh
. scripts/lib/mppd.sh

SHORT=0
if [ "${1:-}" = "--short" ]; then
  SHORT=1
  shift
fi
TARGET=${1:-all}
RUNS=${2:-}
BUILD=${MPP_FUZZ_BUILD:-build-fuzz}

case "$TARGET" in
  http | ws | config | plugin | wire | all) ;;
  *) echo "usage: scripts/fuzz.sh [--short] [http|ws|config|plugin|wire|all] [RUNS]" >&2; exit 2 ;;
esac

scripts/setup.sh --test # clang and its sanitizer and libFuzzer runtimes (libclang-rt-14-dev)

mpp_sanitizer_env
export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export TZ=${TZ:-Asia/Jakarta}
status=0

# The seed folders of a target: its committed corpus, and for plugins the
# bundled plugins and the plugin-host fixtures themselves (not copies).
seeds() {
  case "$1" in
    plugin) echo plugins tests/plugins ;;
    *) echo "tests/fuzz/corpus/$1" ;;
  esac
}

run_libfuzzer() {
  local t=$1
  local corpus="$BUILD/corpus-$t" art="$BUILD/artifacts"
  mkdir -p "$corpus" "$art"
  local limit
  if [ "$SHORT" = 1 ]; then
    limit=(-max_total_time=4)
  else
    limit=(-runs="${RUNS:-10000000}")
  fi
  local max_len=16384
  [ "$t" = http ] && max_len=8192
  local log="$BUILD/fuzz-$t.log"
  [ "$SHORT" = 1 ] && log="$BUILD/fuzz-$t-short.log" # a short run beside a long one
  local t0=$SECONDS seed_dirs
  read -ra seed_dirs <<<"$(seeds "$t")"
  # -timeout: the harness gives one exchange 20 s before it calls it a stall
  if "$BUILD/fuzz_$t" "${limit[@]}" -timeout=30 -rss_limit_mb=4096 -max_len=$max_len \
    -print_final_stats=1 -artifact_prefix="$art/$t-" "$corpus" "${seed_dirs[@]}" \
    >"$log" 2>&1; then
    local runs rate cov
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    cov=$(grep -a -o "cov: [0-9]*" "$log" | tail -1)
    echo "fuzz_$t: ${runs:-0} inputs in $((SECONDS - t0)) s (${rate:-0}/s, $cov), 0 crashes"
  else
    echo "fuzz_$t: FAILED after $((SECONDS - t0)) s; the input is in $art/, the log in $log:"
    grep -a -E -A30 '^fuzz:|ERROR: |SUMMARY' "$log" | head -60
    status=1
  fi
}

if [ "$TARGET" != wire ]; then
  echo "== libFuzzer targets (clang, ASan + UBSan) in $BUILD"
  cmake -S . -B "$BUILD" -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DMPP_FUZZ=ON -DMPP_TESTS=OFF >/dev/null
  if [ "$TARGET" = all ]; then set -- http ws config plugin; else set -- "$TARGET"; fi
  cmake --build "$BUILD" --target "${@/#/fuzz_}" -j"$(nproc)" >/dev/null
  for t in "$@"; do run_libfuzzer "$t"; done
fi

if [ "$TARGET" = wire ] || [ "$TARGET" = all ]; then
  # the real mppd with ASan and UBSan (gcc, as scripts/test.sh builds it)
  WBUILD=${MPP_BUILD:-build-test}
  if [ ! -x "$WBUILD/mppd" ] || [ -z "${MPP_BUILD:-}" ]; then
    mpp_sanitizer_build "$WBUILD" mppd mppctl >/dev/null
  fi
  mpp_node_modules
  if [ "$SHORT" = 1 ]; then rounds=240; slow=32; else rounds=${RUNS:-100000}; slow=200; fi
  case "$WBUILD" in /*) ;; *) WBUILD="$PWD/$WBUILD" ;; esac
  MPPD="$WBUILD/mppd" MPPCTL="$WBUILD/mppctl" \
    node tests/fuzz/wire.mjs --rounds "$rounds" --slow "$slow" || status=1
fi
exit $status
