# What the scripts that build, start and drive mppd share; sourced, never
# run, by scripts that have cd'ed to the checkout's root and set -euo pipefail:
#   . scripts/lib/mppd.sh
#
# Builds
#   mpp_release_build          build-release/mppd and mppctl, unless MPPD names
#                              a binary already; exports MPPD and MPPCTL
#   mpp_sanitizer_build DIR [TARGET...]
#                              the suite's build (Debug, ASan and UBSan, -Werror,
#                              the test clock) in DIR; the build's own output is
#                              the caller's to keep or drop
#   mpp_sanitizer_env          ASAN_OPTIONS and UBSAN_OPTIONS as the suite runs
#                              them (leaks checked, the first error stops)
#   mpp_node_modules           the tests' npm packages, when ws is missing
#
# One mppd on a fresh data folder (the benchmark's start and stop)
#   MPP_TMP      the folder it lives in: data/, plugins/, log
#   MPP_PORT     its port on 127.0.0.1
#   MPP_CFG      the hall config (default mppd.cfg)
#   MPP_PLUGSRC  the plugins copied in at each start (default plugins)
#   MPP_USER, MPP_PASSWORD  the admin account made at each start
#   MPPD, MPPCTL the binaries
#   mpp_start         stops the one running, starts a new one on a fresh data
#                     folder with the admin account, waits for /healthz, logs
#                     in; sets MPP_PID, MPP_BASE and MPP_COOKIE
#   mpp_stop          SIGTERM and wait; nothing when none runs
#   mpp_post PATH [JSON]  a POST as the admin; fails on an HTTP error
#   mpp_wait_ready URL LOG  waits up to 10 s for URL/healthz; else shows LOG
#                     and exits
# shellcheck shell=bash

mpp_release_build() {
  [ -z "${MPPD:-}" ] || return 0
  cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DMPP_TESTS=OFF >/dev/null
  cmake --build build-release -j"$(nproc)" >/dev/null
  export MPPD="$PWD/build-release/mppd" MPPCTL="$PWD/build-release/mppctl"
}

mpp_sanitizer_build() {
  local dir=$1
  shift
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Debug -DMPP_SANITIZE=ON -DMPP_WERROR=ON -DMPP_TEST_CLOCK=ON >/dev/null
  if [ $# -gt 0 ]; then
    cmake --build "$dir" -j"$(nproc)" --target "$@"
  else
    cmake --build "$dir" -j"$(nproc)"
  fi
}

mpp_sanitizer_env() {
  export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
}

mpp_node_modules() {
  [ -d tests/node_modules/ws ] || (cd tests && npm ci --no-audit --no-fund --silent)
}

MPP_PID=
MPP_COOKIE=

mpp_wait_ready() {
  local _
  for _ in $(seq 200); do
    curl -sf "$1/healthz" >/dev/null && return 0
    sleep 0.05
  done
  echo "mppd did not start"
  cat "$2"
  exit 1
}

mpp_start() {
  mpp_stop
  local cfg=${MPP_CFG:-mppd.cfg}
  if [ -z "${MPP_KEEP_DATA:-}" ]; then # MPP_KEEP_DATA=1: the data of the last start, again
    rm -rf "$MPP_TMP/data" "$MPP_TMP/plugins"
    cp -r "${MPP_PLUGSRC:-plugins}" "$MPP_TMP/plugins"
    printf '%s\n' "$MPP_PASSWORD" | "$MPPCTL" --config "$cfg" --data "$MPP_TMP/data" \
      user add "$MPP_USER" --role admin >/dev/null
  fi
  "$MPPD" --config "$cfg" --data "$MPP_TMP/data" --port "$MPP_PORT" --plugins "$MPP_TMP/plugins" \
    --web "${MPP_WEB:-$PWD/web}" >"$MPP_TMP/log" 2>&1 &
  MPP_PID=$!
  MPP_BASE="http://127.0.0.1:$MPP_PORT"
  mpp_wait_ready "$MPP_BASE" "$MPP_TMP/log"
  MPP_COOKIE=$(curl -s -D - -o /dev/null -H 'content-type: application/json' \
    -d "{\"username\":\"$MPP_USER\",\"password\":\"$MPP_PASSWORD\"}" "$MPP_BASE/api/v1/session" |
    tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/p')
  [ -n "$MPP_COOKIE" ] || { echo "cannot log in"; exit 1; }
}

mpp_stop() {
  [ -n "$MPP_PID" ] || return 0
  kill "$MPP_PID" 2>/dev/null || true
  wait "$MPP_PID" 2>/dev/null || true
  MPP_PID=
}

mpp_post() {
  local body=${2:-}
  [ -n "$body" ] || body='{}'
  curl -sf -X POST -H "cookie: $MPP_COOKIE" -H 'content-type: application/json' \
    -d "$body" "$MPP_BASE$1" >/dev/null
}
