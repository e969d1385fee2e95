#!/usr/bin/env bash
# Benchmarks of a release build of mppd (issue 7). Each one prints its
# figures as it goes and writes them, medians and the ratios of this run,
# to build-bench/results/NAME.json; scripts/bench-report.mjs then writes
# docs/performance.md from those files, the machine's facts and the targets
# (MPP_REPORT= to leave the page alone, MPP_REPORT=FILE for another page;
# `node scripts/bench-report.mjs` renders the page again without running):
#  1. issue: durable ticket issue rate with wrk at 1, 16, 64, 256
#     connections (profile: where mppd's time goes at 64, with perf);
#  2. floors: LMDB durable commits/s with 1 and 100 puts each (and
#     MDB_NOSYNC as a reference) on the same disk, tests/bench/lmdb_floor.c;
#  3. latency: call -> board latency at 1, 100, 1,000, 10,000 /ws clients
#     (tests/bench/ws_clients.c, a C client on its own epoll loop) and the
#     same from a bare lws server broadcasting the same bytes,
#     tests/bench/lws_floor.c;
#  4. long-queue: issue rate and call latency with 5,000 tickets waiting vs none;
#  5. memory: RSS idle with the 20 plugins, with 1,000 clients, after a simulated day;
#  6. start: time to ready (tests/bench/ready_time.c) and plugin reload with
#     1,000 clients connected;
#  7. routing: call-next with Lua routing over long queues: the routing
#     decision in process (tests/bench/route_time.c, the real engine and
#     plugin host) and the HTTP round trip with its commit (ws_clients);
#  8. growth: issue rate and call latency with 10^3 vs 10^6 tickets stored;
#  9. mixed: a mixed hour, compressed: 1,000 boards, 60 consoles, 2 tickets/s,
#     1 call/s, 500 phones connecting within 5 s;
# 10. bookings: a booking rush, a day's slots opening at once and 256
#     connections trying to book for 10 s (tests/bench/book.lua): attempts/s,
#     p99, and the bookings oversold, counted from the store after a restart;
# 11. notifications: the durable issue rate at 64 connections with every
#     ticket opted in to messages against none; a backlog of messages
#     drained to a local gateway (tests/bench/gateway.mjs): sends/s, and
#     call -> board latency meanwhile against after; the delivery lag
#     p50/p99 of a steady trickle, from mppd's own histogram.
#   scripts/bench.sh [--quick] [RUNS] [SECONDS]
# --quick: 10^5 instead of 10^6 stored, a 1-minute mixed run, fewer rounds:
# a few minutes. The full run takes about 25 minutes.
# MPP_BENCH_RESULTS: the results folder; MPP_BENCH_PORT: mppd's port (8181).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/mppd.sh
. scripts/lib/mppd.sh
QUICK=0
if [ "${1:-}" = --quick ]; then QUICK=1; shift; fi
RUNS=${1:-3}
SECS=${2:-$([ $QUICK = 1 ] && echo 2 || echo 5)}
PORT=${MPP_BENCH_PORT:-8181}
FLOOR_PORT=$((PORT + 1))
if [ $QUICK = 1 ]; then
  ROUNDS=30; GROWTH=100000; DAY=2000; MIX_S=60; ROUTE_SIZES=100,10000; ROUTE_ROUNDS=100; BOOK_S=3
  BACKLOG=20000
else
  ROUNDS=100; GROWTH=1000000; DAY=4000; MIX_S=600; ROUTE_SIZES=100,10000,100000; ROUTE_ROUNDS=300; BOOK_S=10
  BACKLOG=100000
fi
MODE=$([ $QUICK = 1 ] && echo "scripts/bench.sh --quick $RUNS $SECS" || echo "scripts/bench.sh $RUNS $SECS")
RESULTS=${MPP_BENCH_RESULTS:-build-bench/results}
REPORT=${MPP_REPORT-docs/performance.md}

scripts/setup.sh --bench # wrk, jq, Node.js for the report
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DMPP_TESTS=OFF -DMPP_BENCH=ON >/dev/null
cmake --build build-bench -j"$(nproc)" >/dev/null
# the benchmark's own programs, optimised like the server
BIN=build-bench/bench
mkdir -p "$BIN"
CC=${CC:-cc}
read -ra CCV <<<"$CC"
CFLAGS=(-std=c11 -O2 -Wall -Wextra -Werror)
read -ra LMDB_FLAGS < <(pkg-config --cflags --libs lmdb)
read -ra LWS_FLAGS < <(pkg-config --cflags --libs libwebsockets)
"${CCV[@]}" "${CFLAGS[@]}" -o "$BIN/lmdb_floor" tests/bench/lmdb_floor.c "${LMDB_FLAGS[@]}"
"${CCV[@]}" "${CFLAGS[@]}" -o "$BIN/lws_floor" tests/bench/lws_floor.c "${LWS_FLAGS[@]}"
"${CCV[@]}" "${CFLAGS[@]}" -o "$BIN/ws_clients" tests/bench/ws_clients.c
"${CCV[@]}" "${CFLAGS[@]}" -o "$BIN/ready_time" tests/bench/ready_time.c
ulimit -n "$(ulimit -Hn)" # one descriptor per WebSocket client, mppd and client alike

tmp=$(mktemp -d)
fpid=
trap 'mpp_stop; [ -z "$fpid" ] || kill "$fpid" 2>/dev/null || true; rm -rf "$tmp"' EXIT
MPPD=build-bench/mppd MPPCTL=build-bench/mppctl
MPP_TMP=$tmp MPP_PORT=$PORT MPP_USER=bench MPP_PASSWORD=bench-pass
MPP_CFG=mppd.cfg MPP_PLUGSRC=plugins # mpp_start runs mppd with these (section 7 changes them)
BASE="http://127.0.0.1:$PORT"
SERVICE=dukcapil/legalisasi # no daily quota, served at counters 1-4
BOOK_SERVICE=polres/skck-baru # takes bookings: 48 slots of 4 places a day in the demo hall

# ws_clients against mppd; its exit status (3 when a client dropped) is
# read from its report instead, so the run goes on and reports it
clients() { "$BIN/ws_clients" --port "$PORT" --cookie "$MPP_COOKIE" --pid "$MPP_PID" "$@" || [ $? = 3 ]; }
fill() { clients --clients 0 --fill "$1" --fill-service "$2" | grep '^filled'; }
# field LABEL: the number after LABEL in stdin
field() { sed -n "s|.*$1 \([0-9.]*\).*|\1|p" | sed -n 1p; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR) print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", b ? a / b : 0}'; }
rss_of() { awk '/^(VmRSS|RssAnon|RssFile):/ {printf "%s %d ", $1, $2}' "/proc/$1/status"; }
kib() { sed -n "s/.*$1:* \([0-9]*\).*/\1/p" | sed -n 1p; }

# ---- the figures as JSON ----
# obj [-s KEY TEXT | -j KEY JSON | KEY VALUE]...: one JSON object; a VALUE that
# reads as a number is one, an empty one is null
obj() {
  local args=() f='{}' i=0
  while [ $# -gt 0 ]; do
    case $1 in
      -s) args+=(--arg "v$i" "$3"); f+=" | .[\"$2\"] = \$v$i"; shift 3 ;;
      -j) args+=(--argjson "v$i" "$3"); f+=" | .[\"$2\"] = \$v$i"; shift 3 ;;
      *) args+=(--arg "v$i" "$2"); f+=" | .[\"$1\"] = (\$v$i | if . == \"\" then null else (tonumber? // .) end)"; shift 2 ;;
    esac
    i=$((i + 1))
  done
  jq -cn "${args[@]}" "$f"
}
# array OBJ...: a JSON array of the objects
array() { if [ $# -gt 0 ]; then printf '%s\n' "$@" | jq -cs .; else echo '[]'; fi; }
# result NAME ARGS...: results/NAME.json, the object of ARGS with this run's id
result() {
  local name=$1
  shift
  obj -s run "$RUN" -s benchmark "$name" "$@" | jq . >"$RESULTS/$name.json"
  echo "figures: $RESULTS/$name.json"
}
RUN=$(date -u +%Y-%m-%dT%H:%M:%SZ)
mkdir -p "$RESULTS"
rm -f "$RESULTS"/*.json # one run's figures only: every ratio compares figures of the same run
result run -s command "$MODE" -j quick "$([ $QUICK = 1 ] && echo true || echo false)" runs "$RUNS" seconds "$SECS" rounds "$ROUNDS" \
  -s service "$SERVICE" -s cc "$CC" -s cflags "${CFLAGS[*]}"


# ---- 11. notifications ----
echo "== 11. notifications: opted-in issue rate, a backlog of $BACKLOG messages draining, the lag"
GW_PORT=$((PORT + 2))
node tests/bench/gateway.mjs "$GW_PORT" >/dev/null &
gpid=$!
trap 'mpp_stop; kill "$gpid" 2>/dev/null || true; [ -z "$fpid" ] || kill "$fpid" 2>/dev/null || true; rm -rf "$tmp"' EXIT
GW="http://127.0.0.1:$GW_PORT"
for _ in $(seq 100); do curl -sf "$GW/stats" >/dev/null && break; sleep 0.05; done
PHONE=081234567890
# the same hall with a gateway (and without one, where messages wait)
{ cat mppd.cfg; printf 'notify = { url = "%s/send"; quiet_hours = "off"; };\n' "$GW"; } >"$tmp/notify.cfg"
gw() { curl -s "$GW/stats" | jq -r ".$1"; }
declare -A NRATE
for mode in none all; do
  rates=()
  for _ in $(seq "$RUNS"); do
    MPP_CFG=$tmp/notify.cfg mpp_start
    phone=$([ $mode = all ] && echo "$PHONE" || echo '')
    line=$(SERVICE=$SERVICE PHONE=$phone wrk -t2 -c64 -d"${SECS}s" -s tests/bench/issue.lua "$BASE/api/v1/tickets" | grep '^tickets/s')
    rates+=("$(echo "$line" | awk '{print $2}')")
    mpp_stop
  done
  NRATE[$mode]=$(printf '%s\n' "${rates[@]}" | median)
  echo "issue at 64 connections, $mode opted in: ${NRATE[$mode]} tickets/s"
done
ratio_opt=$(ratio "${NRATE[all]}" "${NRATE[none]}")
echo "every ticket opted in / none: $ratio_opt"

# a backlog: tickets with a phone taken while the hall has no gateway
mpp_start
SERVICE=$SERVICE PHONE=$PHONE wrk -t2 -c64 -d120s -s tests/bench/issue.lua "$BASE/api/v1/tickets" >/dev/null 2>&1 &
wpid=$!
while [ "$(curl -s -H "cookie: $MPP_COOKIE" "$BASE/api/v1/outbox" | jq .queued)" -lt "$BACKLOG" ] &&
  kill -0 "$wpid" 2>/dev/null; do sleep 0.5; done
kill "$wpid" 2>/dev/null || true
wait "$wpid" 2>/dev/null || true
mpp_stop
# the same data with the gateway: the backlog drains while a counter calls
curl -s -X POST "$GW/reset" >/dev/null
MPP_KEEP_DATA=1 MPP_CFG=$tmp/notify.cfg mpp_start
queued=$(curl -s -H "cookie: $MPP_COOKIE" "$BASE/api/v1/outbox" | jq '.queued')
mpp_post /api/v1/counters/1/open
during=$(clients --clients 100 --rounds "$ROUNDS" --call-path /api/v1/counters/1/call \
  --finish-path /api/v1/counters/1/finish --timeout-ms 20000 | grep '^call')
while [ "$(gw count)" -lt "$queued" ]; do sleep 0.2; done
sends=$(awk -v n="$(gw count)" -v a="$(gw first_ms)" -v b="$(gw last_ms)" 'BEGIN {printf "%.0f", b > a ? n / ((b - a) / 1000) : 0}')
dupkeys=$(( $(gw count) - $(gw keys) ))
after=$(clients --clients 100 --rounds "$ROUNDS" --call-path /api/v1/counters/1/call \
  --finish-path /api/v1/counters/1/finish --timeout-ms 20000 | grep '^call')
p99_during=$(echo "$during" | field all_p99)
p99_after=$(echo "$after" | field all_p99)
ratio_drain=$(ratio "$p99_during" "$p99_after")
echo "drained $queued messages at $sends sends/s ($dupkeys keys twice); call -> board p99 $p99_during ms while draining, $p99_after ms after: ${ratio_drain}x"
# the lag when healthy: a fresh hall with the gateway, 300 tickets one by
# one, then mppd's own histogram
mpp_stop
MPP_CFG=$tmp/notify.cfg mpp_start
for _ in $(seq 300); do
  curl -s -o /dev/null -H 'content-type: application/json' \
    -d "{\"service\":\"$SERVICE\",\"notify\":{\"phone\":\"$PHONE\"}}" "$BASE/api/v1/tickets"
  sleep 0.01
done
sleep 1
lag=$(curl -s "$BASE/metrics" | node scripts/bench-report.mjs --quantiles mpp_message_delivery_seconds)
mpp_stop
echo "delivery lag of 300 tickets taken one by one: $lag"
result notify runs "$RUNS" seconds "$SECS" connections 64 \
  issue_none_per_s "${NRATE[none]}" issue_all_per_s "${NRATE[all]}" ratio_all_to_none "$ratio_opt" \
  backlog "$queued" sends_per_s "$sends" keys_twice "$dupkeys" \
  call_p99_draining_ms "$p99_during" call_p99_after_ms "$p99_after" ratio_draining_to_after "$ratio_drain" \
  -j lag "$lag"

