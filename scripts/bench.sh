#!/usr/bin/env bash
# Benchmarks of a release build of mppd (issue 7), printed and written to
# docs/performance.md with the targets met and missed:
#  1. durable ticket issue rate with wrk at 1, 16, 64, 256 connections;
#  2. the floors on the same disk: LMDB durable commits/s with 1 and 100
#     puts each (and MDB_NOSYNC as a reference), tests/bench/lmdb_floor.c;
#     a bare lws server broadcasting the same bytes, tests/bench/lws_floor.c;
#  3. call -> board latency at 1, 100, 1,000, 10,000 /ws clients
#     (tests/bench/ws_clients.c, a C client on its own epoll loop);
#  4. issue rate and call latency with 5,000 tickets waiting vs none;
#  5. RSS idle with the 20 plugins, with 1,000 clients, after a simulated day;
#  6. time to ready (tests/bench/ready_time.c) and plugin reload with 1,000
#     clients connected;
#  7. call-next with Lua routing over long queues: the routing decision in
#     process (tests/bench/route_time.c, the real engine and plugin host) and
#     the HTTP round trip with its commit (tests/bench/ws_clients.c);
#  8. issue rate and call latency with 10^3 vs 10^6 tickets stored;
#  9. a mixed hour, compressed: 1,000 boards, 60 consoles, 2 tickets/s,
#     1 call/s, 500 phones connecting within 5 s.
#   scripts/bench.sh [--quick] [RUNS] [SECONDS]
# --quick: 10^5 instead of 10^6 stored, a 1-minute mixed run, fewer rounds:
# a few minutes. The full run takes about 25 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
QUICK=0
if [ "${1:-}" = --quick ]; then QUICK=1; shift; fi
RUNS=${1:-3}
SECS=${2:-$([ $QUICK = 1 ] && echo 2 || echo 5)}
PORT=${MPP_BENCH_PORT:-8181}
FLOOR_PORT=$((PORT + 1))
if [ $QUICK = 1 ]; then
  ROUNDS=30; GROWTH=100000; DAY=2000; MIX_S=60; ROUTE_SIZES=100,10000; ROUTE_ROUNDS=100
else
  ROUNDS=100; GROWTH=1000000; DAY=4000; MIX_S=600; ROUTE_SIZES=100,10000,100000; ROUTE_ROUNDS=300
fi
MODE=$([ $QUICK = 1 ] && echo "scripts/bench.sh --quick $RUNS $SECS" || echo "scripts/bench.sh $RUNS $SECS")

scripts/setup.sh --bench # wrk, jq
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DMPP_TESTS=OFF -DMPP_BENCH=ON >/dev/null
cmake --build build-bench -j"$(nproc)" >/dev/null
# the benchmark's own programs, optimised like the server
BIN=build-bench/bench
mkdir -p "$BIN"
CC=${CC:-cc}
CFLAGS="-std=c11 -O2 -Wall -Wextra -Werror"
$CC $CFLAGS -o "$BIN/lmdb_floor" tests/bench/lmdb_floor.c $(pkg-config --cflags --libs lmdb)
$CC $CFLAGS -o "$BIN/lws_floor" tests/bench/lws_floor.c $(pkg-config --cflags --libs libwebsockets)
$CC $CFLAGS -o "$BIN/ws_clients" tests/bench/ws_clients.c
$CC $CFLAGS -o "$BIN/ready_time" tests/bench/ready_time.c
ulimit -n "$(ulimit -Hn)" # one descriptor per WebSocket client, mppd and client alike

LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
tmp=$(mktemp -d)
pid=; fpid=
trap 'kill $pid $fpid 2>/dev/null || true; rm -rf "$tmp"' EXIT
BASE="http://127.0.0.1:$PORT"
CFG=mppd.cfg PLUGSRC=plugins # start() runs mppd with these (section 7 changes them)
MPPD=(build-bench/mppd --config mppd.cfg --data "$tmp/data" --port "$PORT" --plugins "$tmp/plugins")
SERVICE=dukcapil/legalisasi # no daily quota, served at counters 1-4

# a fresh data folder and plugin copy, an admin account, mppd ready
start() {
  stop
  rm -rf "$tmp/data" "$tmp/plugins"
  cp -r "$PLUGSRC" "$tmp/plugins"
  printf 'bench-pass\n' | build-bench/mppctl --config "$CFG" --data "$tmp/data" \
    user add bench --role admin >/dev/null
  "${MPPD[@]/#mppd.cfg/$CFG}" >"$tmp/log" 2>&1 &
  pid=$!
  for _ in $(seq 200); do curl -sf "$BASE/healthz" >/dev/null && break; sleep 0.05; done
  curl -sf "$BASE/healthz" >/dev/null || { echo "mppd did not start"; cat "$tmp/log"; exit 1; }
  COOKIE=$(curl -s -D - -o /dev/null -H 'content-type: application/json' \
    -d '{"username":"bench","password":"bench-pass"}' "$BASE/api/v1/session" |
    tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/p')
  [ -n "$COOKIE" ] || { echo "cannot log in"; exit 1; }
}
stop() {
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=
}
post() { curl -sf -X POST -H "cookie: $COOKIE" -H 'content-type: application/json' -d "${2:-{\}}" "$BASE$1" >/dev/null; }
# ws_clients against mppd; its exit status (3 when a client dropped) is
# read from its report instead, so the run goes on and reports it
clients() { "$BIN/ws_clients" --port "$PORT" --cookie "$COOKIE" --pid "$pid" "$@" || [ $? = 3 ]; }
fill() { clients --clients 0 --fill "$1" --fill-service "$2" | grep '^filled'; }
# field LABEL: the number after LABEL in stdin
field() { sed -n "s|.*$1 \([0-9.]*\).*|\1|p" | sed -n 1p; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR) print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", b ? a / b : 0}'; }
rss_of() { awk '/^(VmRSS|RssAnon|RssFile):/ {printf "%s %d ", $1, $2}' "/proc/$1/status"; }
kib() { sed -n "s/.*$1:* \([0-9]*\).*/\1/p" | sed -n 1p; }
mib() { awk -v k="$1" 'BEGIN {printf "%.1f", k / 1024}'; }
TARGETS=()
# target WHAT FIGURE OP LIMIT: a row of the targets table
target() {
  local ok
  ok=$(awk -v f="$3" -v l="$5" -v op="$4" 'BEGIN {print ((op == ">=" && f >= l) || (op == "<=" && f <= l)) ? "met" : "**missed**"}')
  TARGETS+=("| $1 | $2 | $4 $5 | $ok |")
  echo "target: $1: $2 ($4 $5): $ok"
}

# ---- 1. durable issue rate ----
echo "== 1. durable ticket issue rate (wrk, $RUNS runs of ${SECS}s)"
issue_rows=()
declare -A RATE
dups=0; numbers=0
for c in 1 16 64 256; do
  rates=(); p50s=(); p99s=()
  for r in $(seq "$RUNS"); do
    start
    t=$(( c < 2 ? 1 : 2 ))
    line=$(SERVICE=$SERVICE wrk -t"$t" -c"$c" -d"${SECS}s" -s tests/bench/issue.lua "$BASE/api/v1/tickets" | grep '^tickets/s')
    failed=$(echo "$line" | field failed)
    [ "$failed" = 0 ] || { echo "run with $c connections had $failed failed requests"; exit 1; }
    dups=$((dups + $(echo "$line" | field duplicates)))
    numbers=$((numbers + $(echo "$line" | field numbers)))
    stop
    rates+=("$(echo "$line" | awk '{print $2}')")
    p50s+=("$(echo "$line" | awk '{print $4}')")
    p99s+=("$(echo "$line" | awk '{print $7}')")
  done
  RATE[$c]=$(printf '%s\n' "${rates[@]}" | median)
  p50=$(printf '%s\n' "${p50s[@]}" | median)
  p99=$(printf '%s\n' "${p99s[@]}" | median)
  printf 'connections %4d: %8s tickets/s  p50 %6s ms  p99 %7s ms\n' "$c" "${RATE[$c]}" "$p50" "$p99"
  issue_rows+=("| $c | ${RATE[$c]} | $p50 | $p99 |")
done
ratio_64_1=$(ratio "${RATE[64]}" "${RATE[1]}")

# where the time of the 64-connection issue goes (perf, when it can run)
profile="(perf is not available here)"
if command -v perf >/dev/null; then
  start
  SERVICE=$SERVICE wrk -t2 -c64 -d"$((SECS + 1))s" -s tests/bench/issue.lua "$BASE/api/v1/tickets" >/dev/null &
  wpid=$!
  sleep 0.5
  if perf record -F 999 -g -p "$pid" -o "$tmp/perf.data" -- sleep "$SECS" >/dev/null 2>&1; then
    profile=$(perf report -i "$tmp/perf.data" --no-children --sort dso,symbol --stdio 2>/dev/null |
      grep -E '^ +[0-9.]+%' | sed -n 1,20p | sed 's/ *$//')
  fi
  wait "$wpid" || true
  stop
  rm -f "$tmp/perf.data"
  echo "profile of mppd while issuing at 64 connections:"
  echo "$profile"
fi

# ---- 2a. the LMDB floor ----
echo "== 2. floors: LMDB durable commits on the same disk ($RUNS runs of 2 s)"
declare -A LMDB LMDB50 LMDB99
for mode in "1 sync" "100 sync" "1 nosync"; do
  set -- $mode
  v=(); c50=(); c99=()
  for r in $(seq "$RUNS"); do
    rm -rf "$tmp/lmdb"
    o=$("$BIN/lmdb_floor" "$tmp/lmdb" 2 "$1" "$2")
    v+=("$(echo "$o" | field commits/s)"); c50+=("$(echo "$o" | field commit_p50)"); c99+=("$(echo "$o" | field commit_p99)")
  done
  LMDB["$1 $2"]=$(printf '%s\n' "${v[@]}" | median)
  LMDB50["$1 $2"]=$(printf '%s\n' "${c50[@]}" | median)
  LMDB99["$1 $2"]=$(printf '%s\n' "${c99[@]}" | median)
  echo "lmdb $1 put(s) per commit, $2: ${LMDB["$1 $2"]} commits/s, one commit p50 ${LMDB50["$1 $2"]} ms p99 ${LMDB99["$1 $2"]} ms"
done
rm -rf "$tmp/lmdb"
puts100=$(awk -v c="${LMDB["100 sync"]}" 'BEGIN {print c * 100}')
ratio_floor1=$(ratio "${RATE[64]}" "${LMDB["1 sync"]}")
ratio_floor100=$(ratio "${RATE[64]}" "$puts100")
echo "issue at 64 connections / 1-put commit floor: ${ratio_floor1}x; / 100-put puts/s: ${ratio_floor100}"

# ---- 3. call -> board latency, mppd and the bare lws floor ----
echo "== 3. call -> board latency ($ROUNDS calls each)"
lat_rows=()
declare -A LAST99 LAST50 P50 P99 FLAST99 DROP
start
fill $((ROUNDS * 4 + 10)) "$SERVICE" >/dev/null
post /api/v1/counters/1/open
for n in 1 100 1000 10000; do
  out=$(clients --clients "$n" --rounds "$ROUNDS" --call-path /api/v1/counters/1/call \
    --finish-path /api/v1/counters/1/finish --dump "$tmp/called.json" --timeout-ms 20000)
  line=$(echo "$out" | grep '^call')
  P50[$n]=$(echo "$line" | field all_p50); P99[$n]=$(echo "$line" | field all_p99)
  LAST50[$n]=$(echo "$line" | field last_p50); LAST99[$n]=$(echo "$line" | field last_p99)
  DROP[$n]=$(echo "$out" | grep '^done' | field dropped)
  [ "$n" = 1000 ] && RSS1000=$(echo "$out" | grep '^rss connected' | kib rss_kib)
  echo "mppd  $line  dropped ${DROP[$n]}"
done
stop
msg_bytes=$(wc -c <"$tmp/called.json")
"$BIN/lws_floor" "$FLOOR_PORT" "$tmp/called.json" >"$tmp/floor.log" 2>&1 &
fpid=$!
sleep 0.3
for n in 1 100 1000 10000; do
  line=$({ "$BIN/ws_clients" --port "$FLOOR_PORT" --clients "$n" --rounds "$ROUNDS" --call-path /call --timeout-ms 20000 || [ $? = 3 ]; } | grep '^call')
  FLAST99[$n]=$(echo "$line" | field last_p99)
  FLAST50=$(echo "$line" | field last_p50)
  echo "floor $line"
  lat_rows+=("| $n | ${P50[$n]} | ${P99[$n]} | ${LAST50[$n]} | ${LAST99[$n]} | $FLAST50 | ${FLAST99[$n]} | $(ratio "${LAST99[$n]}" "${FLAST99[$n]}") | ${DROP[$n]} |")
done
kill "$fpid"; wait "$fpid" 2>/dev/null || true; fpid=

# ---- 4. a long queue ----
echo "== 4. 5,000 tickets waiting vs none ($RUNS runs)"
declare -A LQ_RATE LQ_CALL LQ_CALL99 LQ_LAST99
for w in 0 5000; do
  rates=(); c50=(); c99=(); l99=()
  for r in $(seq "$RUNS"); do
    start
    fill $((w + ROUNDS)) "$SERVICE" >/dev/null
    post /api/v1/counters/1/open
    line=$(clients --clients 100 --rounds "$ROUNDS" --call-path /api/v1/counters/1/call \
      --finish-path /api/v1/counters/1/finish | grep '^call')
    c50+=("$(echo "$line" | field http_p50)"); c99+=("$(echo "$line" | field http_p99)")
    l99+=("$(echo "$line" | field last_p99)")
    rates+=("$(SERVICE=$SERVICE wrk -t2 -c64 -d2s -s tests/bench/issue.lua "$BASE/api/v1/tickets" | grep '^tickets/s' | awk '{print $2}')")
    stop
  done
  LQ_RATE[$w]=$(printf '%s\n' "${rates[@]}" | median)
  LQ_CALL[$w]=$(printf '%s\n' "${c50[@]}" | median)
  LQ_CALL99[$w]=$(printf '%s\n' "${c99[@]}" | median)
  LQ_LAST99[$w]=$(printf '%s\n' "${l99[@]}" | median)
  echo "waiting $w: issue ${LQ_RATE[$w]} tickets/s (64 connections, 2 s)  call p50 ${LQ_CALL[$w]} ms p99 ${LQ_CALL99[$w]} ms  last of 100 boards p99 ${LQ_LAST99[$w]} ms"
done
lq_ratio=$(ratio "${LQ_RATE[5000]}" "${LQ_RATE[0]}")

# ---- 5 and 6. memory, start, reload ----
echo "== 5. memory (RSS)"
start
sleep 1
idle=$(rss_of "$pid")
IDLE_RSS=$(echo "$idle" | kib VmRSS); IDLE_ANON=$(echo "$idle" | kib RssAnon); IDLE_FILE=$(echo "$idle" | kib RssFile)
echo "idle with $(curl -s "$BASE/healthz" | jq .agencies) plugins: $idle"
out=$(clients --clients 1000 --hold-ms 500)
c1000=$(echo "$out" | grep '^rss connected')
C_RSS=$(echo "$c1000" | kib rss_kib); C_ANON=$(echo "$c1000" | kib anon_kib); C_FILE=$(echo "$c1000" | kib file_kib)
echo "with 1000 clients: $c1000"
post /api/v1/counters/1/open
fill "$DAY" "$SERVICE"
clients --clients 0 --rounds "$DAY" --call-path /api/v1/counters/1/call \
  --finish-path /api/v1/counters/1/finish | grep '^call' >/dev/null
sleep 1
day=$(rss_of "$pid")
D_RSS=$(echo "$day" | kib VmRSS); D_ANON=$(echo "$day" | kib RssAnon); D_FILE=$(echo "$day" | kib RssFile)
echo "after a simulated day ($DAY tickets issued, called, finished): $day"
stop

echo "== 6. start and reload"
v=()
for r in $(seq 5); do
  rm -rf "$tmp/data"
  v+=("$("$BIN/ready_time" "$PORT" "${MPPD[@]}" 2>/dev/null | field ready_ms)")
done
READY=$(printf '%s\n' "${v[@]}" | median)
echo "time to ready with 20 plugins: $READY ms (median of 5, fresh data folder each)"
start
rl=(); rd=(); reload_drop=0
for r in $(seq "$RUNS"); do
  out=$(clients --clients 1000 --exec "printf '\n-- %s\n' $r >> $tmp/plugins/dukcapil.lua" \
    --marker '"agency.updated"' --hold-ms 500)
  rd+=("$(echo "$out" | grep '^exec' | field last)")
  reload_drop=$((reload_drop + $(echo "$out" | grep '^done' | field dropped)))
  rl+=("$(grep 'reloaded in' "$tmp/log" | tail -1 | field 'reloaded in')")
done
stop
RELOAD=$(printf '%s\n' "${rl[@]}" | median)
RELOAD_SEEN=$(printf '%s\n' "${rd[@]}" | median)
echo "reload with 1000 clients: $RELOAD ms (mppd's own figure, median of $RUNS); agency.updated at the last client $RELOAD_SEEN ms after the edit (300 ms of collecting included); dropped $reload_drop"

# ---- 7. routing ----
echo "== 7. call-next with a Lua route function over long queues"
sed 's/{ number = 34; agency = "taspen"; }/{ number = 34; agency = "uji"; }/' mppd.cfg >"$tmp/route.cfg"
routetime=$(build-bench/route_time "$tmp/route.cfg" tests/bench/plugins/uji.lua 34 "$ROUTE_SIZES" "$ROUTE_ROUNDS")
echo "$routetime"
# the same calls through mppd, timed by the C client: N tickets of uji's
# three services waiting, then calls and finishes at counter 34
CFG="$tmp/route.cfg" PLUGSRC=tests/bench/plugins
callnext=
for n in ${ROUTE_SIZES//,/ }; do
  start
  fill $((n / 3)) uji/satu >/dev/null
  fill $((n / 3)) uji/dua >/dev/null
  fill $((n - 2 * (n / 3))) uji/tiga >/dev/null
  post /api/v1/counters/34/open
  r=$((ROUTE_ROUNDS < n ? ROUTE_ROUNDS : n))
  line=$(clients --clients 1 --rounds "$r" --call-path /api/v1/counters/34/call \
    --finish-path /api/v1/counters/34/finish | grep '^call')
  errors=$(curl -s "$BASE/healthz" | jq '.plugin_errors | length')
  [ "$errors" = 0 ] || { echo "the route function failed"; curl -s "$BASE/healthz"; exit 1; }
  callnext+="$(printf 'waiting %6d: call-next p50 %s ms  p99 %s ms  (%d calls, Lua route function, commit included)' \
    "$n" "$(echo "$line" | field http_p50)" "$(echo "$line" | field http_p99)" "$r")"$'\n'
  stop
done
CFG=mppd.cfg PLUGSRC=plugins
callnext=${callnext%$'\n'}
echo "$callnext"
route10k=$(echo "$routetime" | grep 'waiting  10000' | awk '{for (i = 1; i < NF; i++) if ($i == "p99") printf "%.3f", $(i + 1) / 1000}')
rtt10k=$(echo "$callnext" | grep 'waiting  10000' | sed -n 's/.*p99 \([0-9.]*\) ms.*/\1/p')

# ---- 8. growth ----
echo "== 8. 10^3 vs $GROWTH tickets stored"
declare -A G_RATE G_CALL G_CALL99
for s in 1000 "$GROWTH"; do
  start
  fill "$s" dpmptsp/nib
  fill $((ROUNDS + 10)) "$SERVICE" >/dev/null
  post /api/v1/counters/1/open
  line=$(clients --clients 100 --rounds "$ROUNDS" --call-path /api/v1/counters/1/call \
    --finish-path /api/v1/counters/1/finish | grep '^call')
  G_CALL[$s]=$(echo "$line" | field http_p50); G_CALL99[$s]=$(echo "$line" | field http_p99)
  rates=()
  for r in $(seq "$RUNS"); do
    rates+=("$(SERVICE=$SERVICE wrk -t2 -c64 -d2s -s tests/bench/issue.lua "$BASE/api/v1/tickets" | grep '^tickets/s' | awk '{print $2}')")
  done
  G_RATE[$s]=$(printf '%s\n' "${rates[@]}" | median)
  echo "stored $s: issue ${G_RATE[$s]} tickets/s  call p50 ${G_CALL[$s]} ms p99 ${G_CALL99[$s]} ms  ($(du -sh "$tmp/data" | cut -f1) on disk)"
  stop
done
g_rate=$(ratio "${G_RATE[$GROWTH]}" "${G_RATE[1000]}")
g_call=$(ratio "${G_CALL[$GROWTH]}" "${G_CALL[1000]}")

# ---- 9. a mixed hour, compressed ----
echo "== 9. mixed: 1000 boards, 60 consoles, 2 tickets/s, 1 call/s, 500 phones, ${MIX_S}s"
start
services=$(curl -s "$BASE/api/v1/agencies" |
  jq -r '[.agencies[] | ([.services[] | select((.quota // 0) == 0 and ((.inputs // []) | length) == 0)][0].id) | select(.)] | join(",")')
for s in ${services//,/ }; do curl -sf -H 'content-type: application/json' -d "{\"service\":\"$s\"}" "$BASE/api/v1/tickets" >/dev/null; done
counters=()
for n in $(curl -s "$BASE/api/v1/board" | jq -r '.counters[].number'); do
  # a counter that can call one of those services
  if [ "$(curl -s -H "cookie: $COOKIE" "$BASE/api/v1/counters/$n" | jq '.waiting_total')" -gt 0 ]; then
    post "/api/v1/counters/$n/open"
    counters+=("$n")
  fi
done
cl=$(IFS=,; echo "${counters[*]}")
mixed=$(clients --clients 1060 --extra 500 --extra-ms 5000 --mixed "$MIX_S" --services "$services" \
  --counters "$cl" --hold-ms 1000 --timeout-ms 20000)
stop
echo "$mixed"
mline=$(echo "$mixed" | grep '^mixed call')
M_P99=$(echo "$mline" | field all_p99); M_LAST99=$(echo "$mline" | field last_p99)
M_DROP=$(echo "$mixed" | grep '^done' | field dropped); M_FAIL=$(echo "$mixed" | grep '^done' | field 'failed connects')
M_RSS0=$(echo "$mixed" | grep '^rss mixed 10 s' | kib rss_kib)
M_RSS1=$(echo "$mixed" | grep '^rss mixed end' | kib rss_kib)
M_RSSMAX=$(echo "$mixed" | grep '^rss mixed' | sed -n 's/.*rss_kib \([0-9]*\).*/\1/p' | sort -n | tail -1)
rss_growth=$(ratio "$M_RSS1" "$M_RSS0")

echo "== targets"
target "issue rate at 64 connections (tickets/s)" "${RATE[64]}" "${RATE[64]}" ">=" 20000
target "ticket numbers issued twice" "$dups" "$dups" "<=" 0
target "issue rate / 1-put LMDB commit floor" "${ratio_floor1}x" "$ratio_floor1" ">=" 10
target "call -> last of 1,000 clients, p99 (ms)" "${LAST99[1000]}" "${LAST99[1000]}" "<=" 15
target "the same / bare lws floor" "$(ratio "${LAST99[1000]}" "${FLAST99[1000]}")x" "$(ratio "${LAST99[1000]}" "${FLAST99[1000]}")" "<=" 1.5
target "call -> last of 100 clients, p99 (ms)" "${LAST99[100]}" "${LAST99[100]}" "<=" 3
target "10,000 clients served, dropped" "${DROP[10000]}" "${DROP[10000]}" "<=" 0
target "issue rate with 5,000 waiting / empty" "$lq_ratio" "$lq_ratio" ">=" 0.9
target "idle RSS with 20 plugins, map pages aside (RssAnon, MiB)" "$(mib "$IDLE_ANON")" "$(mib "$IDLE_ANON")" "<=" 10
target "RSS with 1,000 clients, map pages aside (RssAnon, MiB)" "$(mib "$C_ANON")" "$(mib "$C_ANON")" "<=" 25
target "call-next p99 at 10,000 waiting, Lua routing decision (ms)" "$route10k" "$route10k" "<=" 1
target "the same call over HTTP, durable commit included, p99 (ms)" "$rtt10k" "$rtt10k" "<=" 1
target "time to ready (ms)" "$READY" "$READY" "<=" 100
target "plugin reload with 1,000 clients (ms)" "$RELOAD" "$RELOAD" "<=" 20
target "clients dropped by the reloads" "$reload_drop" "$reload_drop" "<=" 0
target "issue rate, $GROWTH stored / 10^3 stored" "$g_rate" "$g_rate" ">=" 0.8
target "call p50, $GROWTH stored / 10^3 stored" "$g_call" "$g_call" "<=" 1.2
target "mixed: clients dropped" "$((M_DROP + M_FAIL))" "$((M_DROP + M_FAIL))" "<=" 0
target "mixed: RSS end / at 10 s" "$rss_growth" "$rss_growth" "<=" 1.2

# ---- the report ----
disk=$(df -T "$tmp" | awk 'NR==2 {print $2}')
{
  echo "# Performance"
  echo
  echo "Measured by \`$MODE\` on $(date -u +%Y-%m-%d): $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | sed -n 1p)),"
  echo "$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) of memory, $(uname -sr), data folder on $disk. Release build"
  echo "(CMake Release, \`-O3\`); every ticket is committed with fsync before its reply; each"
  echo "figure is a median of $RUNS runs unless it says otherwise, and every ratio"
  echo "compares figures of the same run. The benchmark's own programs are in"
  echo "tests/bench/ and are built by this script with \`cc -O2\`. The machine's"
  echo "two cores are shared by mppd and every load generator (wrk, ws_clients),"
  echo "so the figures are a floor of what mppd does alone. Load average (1, 5,"
  echo "15 min) when the run started: $LOAD0; when it ended: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Other work on the machine during the run shows there, and in the figures."
  echo
  echo "## Targets of issue 7"
  echo
  echo "| target | figure | limit | |"
  echo "|---|---|---|---|"
  printf '%s\n' "${TARGETS[@]}"
  echo
  echo "## 1. Durable ticket issue (POST /api/v1/tickets, wrk, tests/bench/issue.lua)"
  echo
  echo "Runs of ${SECS} s, each on a fresh data folder; a run with a failed request"
  echo "stops the benchmark. wrk keeps the number of every reply: $numbers tickets"
  echo "issued in these runs, $dups numbers issued twice."
  echo
  echo "| connections | tickets/s | p50 ms | p99 ms |"
  echo "|---|---|---|---|"
  printf '%s\n' "${issue_rows[@]}"
  echo
  echo "64 connections against 1 connection: ${ratio_64_1}x. With one connection"
  echo "every ticket waits for its own fsync; with many, the tickets that arrive"
  echo "during one commit share the next (docs/architecture.md)."
  echo
  echo "## 2. Floors on the same disk"
  echo
  echo "tests/bench/lmdb_floor.c: one LMDB environment, ticket-sized values (400"
  echo "bytes) under 8-byte big-endian keys, runs of 2 s:"
  echo
  echo "| write transactions | commits/s | puts/s | one commit p50 ms | p99 ms |"
  echo "|---|---|---|---|---|"
  echo "| 1 put, durable | ${LMDB["1 sync"]} | ${LMDB["1 sync"]} | ${LMDB50["1 sync"]} | ${LMDB99["1 sync"]} |"
  echo "| 100 puts, durable | ${LMDB["100 sync"]} | $puts100 | ${LMDB50["100 sync"]} | ${LMDB99["100 sync"]} |"
  echo "| 1 put, MDB_NOSYNC (reference only; mppd never runs so) | ${LMDB["1 nosync"]} | ${LMDB["1 nosync"]} | ${LMDB50["1 nosync"]} | ${LMDB99["1 nosync"]} |"
  echo
  echo "mppd's issue rate at 64 connections is ${ratio_floor1}x the one-fsync-per-ticket"
  echo "floor; its tickets/s are ${ratio_floor100} of the puts/s of 100-put commits, and"
  echo "each ticket is at least four puts in mppd's round (the ticket, the open"
  echo "and token indexes, the event; docs/architecture.md)."
  echo
  echo "### Where the time goes"
  echo
  echo "\`perf record -g\` on mppd (both threads) for ${SECS} s of wrk at 64 connections,"
  echo "self time by library and symbol, top 20 (\`[k]\` is the kernel):"
  echo
  echo '```'
  echo "$profile"
  echo '```'
  echo
  echo "The one-put floor here is a fast virtual disk (one durable commit in"
  echo "${LMDB50["1 sync"]} ms), so 10x it asks for $(awk -v c="${LMDB["1 sync"]}" 'BEGIN {printf "%.0f", c * 10}') tickets/s from one loop that"
  echo "also parses HTTP, renders JSON and broadcasts; the profile shows where"
  echo "the loop's time goes instead of waiting on the disk."
  echo
  echo "## 3. Call -> board latency (tests/bench/ws_clients.c, tests/bench/lws_floor.c)"
  echo
  echo "N clients on /ws held by one C process on its own epoll loop; a counter"
  echo "calls (POST /api/v1/counters/1/call) and finishes, $ROUNDS times. Each delay"
  echo "runs from sending the HTTP call (its durable commit included) to the"
  echo "\`ticket.called\` message read at each client; \"last\" is the time until the"
  echo "last client has it, per call. The floor is a bare lws server (same lws,"
  echo "same 4096-byte rx buffer, one \`lws_write\` per WRITEABLE) broadcasting the"
  echo "same $msg_bytes bytes, captured from mppd in this run, on an HTTP POST; the"
  echo "same client program times it. All figures in ms."
  echo
  echo "| clients | p50 | p99 | last p50 | last p99 | floor last p50 | floor last p99 | last p99 / floor | dropped |"
  echo "|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${lat_rows[@]}"
  echo
  echo "With many clients both mppd and the floor are bound by the one client"
  echo "process reading every socket on the second core; the ratio to the floor"
  echo "is the figure that shows mppd's own cost."
  echo
  echo "## 4. A long queue"
  echo
  echo "A fresh hall; the queue of $SERVICE filled first; $ROUNDS calls (each then"
  echo "finished) with 100 boards connected; then wrk at 64 connections for 2 s"
  echo "(runs of 2 s so that the queue filled first is not dwarfed by the run)."
  echo
  echo "| waiting | issue tickets/s | call p50 ms | call p99 ms | last of 100 boards p99 ms |"
  echo "|---|---|---|---|---|"
  echo "| 0 | ${LQ_RATE[0]} | ${LQ_CALL[0]} | ${LQ_CALL99[0]} | ${LQ_LAST99[0]} |"
  echo "| 5,000 | ${LQ_RATE[5000]} | ${LQ_CALL[5000]} | ${LQ_CALL99[5000]} | ${LQ_LAST99[5000]} |"
  echo
  echo "Issue rate with 5,000 waiting against none: $lq_ratio. Pushes are events"
  echo "(one ticket each, plus the counts of the agencies that changed), never the"
  echo "whole state."
  echo
  echo "## 5. Memory"
  echo
  echo "From /proc/PID/status: RssAnon is mppd's own heap and stacks; RssFile is"
  echo "mapped files, mostly LMDB's map pages (read through the page cache) and"
  echo "shared libraries. In KiB:"
  echo
  echo "| state | VmRSS | RssAnon | RssFile |"
  echo "|---|---|---|---|"
  echo "| idle, 20 plugins loaded | $IDLE_RSS | $IDLE_ANON | $IDLE_FILE |"
  echo "| 1,000 /ws clients connected | $C_RSS | $C_ANON | $C_FILE |"
  echo "| after a simulated day: $DAY tickets issued, called and finished | $D_RSS | $D_ANON | $D_FILE |"
  echo
  echo "## 6. Start and reload"
  echo
  echo "- Time to ready with the 20 plugins (tests/bench/ready_time.c: from the"
  echo "  start of the process to the first 200 of GET /healthz, fresh data folder;"
  echo "  median of 5): **$READY ms**."
  echo "- Plugin reload while 1,000 clients are connected (an edit appended to"
  echo "  dukcapil.lua; mppd's own \"reloaded in\" figure, median of $RUNS): **$RELOAD ms**;"
  echo "  the \`agency.updated\` event reached the last client $RELOAD_SEEN ms after the"
  echo "  edit, 300 ms of collecting editor writes included; clients dropped: $reload_drop."
  echo
  echo "## 7. Call-next with Lua routing (tests/bench/route_time.c, tests/bench/ws_clients.c)"
  echo
  echo "One counter calls and finishes tickets of an agency whose plugin routes"
  echo "with a Lua function (tests/bench/plugins/uji.lua: elderly first, then"
  echo "service \"dua\", then the oldest head) over N waiting tickets."
  echo
  echo "The routing decision, in process: the real engine and plugin host"
  echo "(as \`mppctl try\` runs them), each call timed from the counter action to"
  echo "its return; no store, no network. The count of uji/dua calls shows the"
  echo "route function choosing:"
  echo
  echo '```'
  echo "$routetime"
  echo '```'
  echo
  echo "The same calls through mppd: the HTTP round trip of each call, its durable"
  echo "commit (one fdatasync and LMDB's meta-page write) included, timed by the C"
  echo "client (one /ws client connected):"
  echo
  echo '```'
  echo "$callnext"
  echo '```'
  echo
  echo "The route function sees only the head of each queue, so neither figure"
  echo "grows with the queue. The round trip adds to the decision the HTTP"
  echo "exchange, the commit (one LMDB commit of one put on this disk: p50"
  echo "${LMDB50["1 sync"]} ms, p99 ${LMDB99["1 sync"]} ms, section 2) and the wake-ups between the loop and"
  echo "the writer thread; its tail is the machine's (two cores shared by mppd,"
  echo "its writer's fsync and the client)."
  echo
  echo "## 8. Growth"
  echo
  echo "A fresh hall is given N tickets of another agency (dpmptsp/nib, issued"
  echo "through the API and left waiting), then $ROUNDS calls of $SERVICE with 100"
  echo "boards connected and $RUNS wrk runs of 2 s at 64 connections."
  echo
  echo "| stored | issue tickets/s | call p50 ms | call p99 ms |"
  echo "|---|---|---|---|"
  echo "| 1,000 | ${G_RATE[1000]} | ${G_CALL[1000]} | ${G_CALL99[1000]} |"
  echo "| $GROWTH | ${G_RATE[$GROWTH]} | ${G_CALL[$GROWTH]} | ${G_CALL99[$GROWTH]} |"
  echo
  echo "Issue rate $g_rate and call p50 $g_call of the figures with 10^3 stored."
  echo
  echo "## 9. A mixed hour, compressed (${MIX_S} s)"
  echo
  echo "1,060 /ws clients (1,000 boards and 60 consoles) connected first; 500"
  echo "phones connect within the first 5 s; one ticket every 500 ms round-robin"
  echo "over one service of each agency; one call a second round-robin over the"
  echo "${#counters[@]} counters that serve those services (each finishing its previous"
  echo "ticket first); the latency of a call is measured at every client connected"
  echo "when it was sent."
  echo
  echo '```'
  echo "$mixed" | grep -v '^connected'
  echo '```'
  echo
  echo "p99 call -> board: $M_P99 ms over every delivery, $M_LAST99 ms to the last"
  echo "client; dropped: $M_DROP, failed connects: $M_FAIL; RSS $(mib "$M_RSS0") MiB at 10 s,"
  echo "$(mib "$M_RSS1") MiB at the end, at most $(mib "$M_RSSMAX") MiB."
} > docs/performance.md
echo "written to docs/performance.md"
