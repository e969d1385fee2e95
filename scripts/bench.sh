#!/usr/bin/env bash
# Benchmarks of a release build of mppd, printed and written to
# docs/performance.md: the durable ticket issue rate measured with wrk
# (POST /api/v1/tickets at 1, 16, 64 and 256 connections, RUNS runs of
# SECONDS each, medians, a service with no daily quota, a fresh data folder
# each run), and call-next latency with Lua routing at 100, 10,000 and
# 100,000 waiting tickets.
#   scripts/bench.sh [RUNS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
SECS=${2:-5}
PORT=${MPP_BENCH_PORT:-8181}

scripts/setup.sh
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DMPP_TESTS=OFF >/dev/null
cmake --build build-bench -j"$(nproc)" >/dev/null

tmp=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$tmp"' EXIT
pid=
start() {
  rm -rf "$tmp/data"
  build-bench/mppd --config mppd.cfg --data "$tmp/data" --port "$PORT" >"$tmp/log" 2>&1 &
  pid=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && return; sleep 0.05; done
  echo "mppd did not start"; cat "$tmp/log"; exit 1
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

results=()
for c in 1 16 64 256; do
  rates=(); p50s=(); p99s=()
  for r in $(seq "$RUNS"); do
    start
    t=$(( c < 2 ? 1 : 2 ))
    line=$(wrk -t"$t" -c"$c" -d"${SECS}s" -s tests/bench/issue.lua "http://127.0.0.1:$PORT/api/v1/tickets" | grep '^tickets/s')
    kill "$pid"; wait "$pid" 2>/dev/null || true
    failed=$(echo "$line" | awk '{print $NF}')
    [ "$failed" = 0 ] || { echo "run with $c connections had $failed failed requests"; exit 1; }
    rates+=("$(echo "$line" | awk '{print $2}')")
    p50s+=("$(echo "$line" | awk '{print $4}')")
    p99s+=("$(echo "$line" | awk '{print $7}')")
  done
  rate=$(printf '%s\n' "${rates[@]}" | median)
  p50=$(printf '%s\n' "${p50s[@]}" | median)
  p99=$(printf '%s\n' "${p99s[@]}" | median)
  printf 'connections %4d: %8s tickets/s  p50 %6s ms  p99 %7s ms  (median of %d runs of %ds)\n' "$c" "$rate" "$p50" "$p99" "$RUNS" "$SECS"
  results+=("| $c | $rate | $p50 | $p99 |")
done

ratio=$(awk -v a="$(echo "${results[2]}" | awk -F'|' '{print $3}')" -v b="$(echo "${results[0]}" | awk -F'|' '{print $3}')" 'BEGIN {printf "%.1f", a / b}')
echo "64 connections / 1 connection: ${ratio}x (group commit: one fsync carries many tickets)"

echo "== call-next with a Lua route function over long queues"
(cd tests && npm ci --no-audit --no-fund --silent)
callnext=$(MPPD="$PWD/build-bench/mppd" MPPCTL="$PWD/build-bench/mppctl" node tests/bench/call_next.mjs 100,10000,100000 300)
echo "$callnext"

{
  echo "# Performance"
  echo
  echo "Measured by \`scripts/bench.sh $RUNS $SECS\` on $(date -u +%Y-%m-%d), $(nproc) cores, $(uname -m);"
  echo "release build, data folder on $(df -T "$tmp" | awk 'NR==2 {print $2}'); every ticket is committed"
  echo "with fsync before its reply. Medians of $RUNS runs of ${SECS} s, each on a fresh data folder."
  echo
  echo "## Durable ticket issue (POST /api/v1/tickets, wrk)"
  echo
  echo "| connections | tickets/s | p50 ms | p99 ms |"
  echo "|---|---|---|---|"
  printf '%s\n' "${results[@]}"
  echo
  echo "64 connections against 1 connection, same run: ${ratio}x. With one"
  echo "connection every ticket waits for its own fsync; with many, the tickets"
  echo "that arrive during one commit share the next (docs/architecture.md)."
  echo
  echo "## Call-next with Lua routing (tests/bench/call_next.mjs)"
  echo
  echo "One counter calls and finishes tickets of an agency whose plugin routes"
  echo "with a Lua function (tests/bench/plugins/uji.lua) over N waiting tickets."
  echo "Each figure is the HTTP round trip of a call, its durable commit included."
  echo
  echo '```'
  echo "$callnext"
  echo '```'
  echo
  echo "The route function sees only the head of each queue, so the time does"
  echo "not grow with the queue."
} > docs/performance.md
echo "written to docs/performance.md"
