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
#     ticket opted in to messages against none, in pairs of runs on one
#     hall, with the local gateway taking them and with no gateway
#     (messages held); a backlog of messages
#     drained to a local gateway (Debian's nginx answering 200 and logging
#     each Idempotency-Key): sends/s, and
#     call -> board latency meanwhile against after (p99 of 500 calls,
#     the median ratio of five such drains);
#     the delivery lag p50/p99 of a steady trickle, from mppd's own
#     histogram; a backlog drained to a gateway 100 ms away with 1 and 4
#     POSTs in flight (tests/bench/far_gateway.mjs);
# 12. visit plans: ten services planned over the whole catalogue, in
#     process (tests/bench/plan_time.c) and through GET /api/v1/plans.
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
  BACKLOG=20000; DRAIN_ROUNDS=30; DRAIN_RUNS=1
else
  ROUNDS=100; GROWTH=1000000; DAY=4000; MIX_S=600; ROUTE_SIZES=100,10000,100000; ROUTE_ROUNDS=300; BOOK_S=10
  BACKLOG=100000; DRAIN_ROUNDS=500 # a p99 of 500 calls, not the slowest of 100
  DRAIN_RUNS=5
fi
MODE=$([ $QUICK = 1 ] && echo "scripts/bench.sh --quick $RUNS $SECS" || echo "scripts/bench.sh $RUNS $SECS")
RESULTS=${MPP_BENCH_RESULTS:-build-bench/results}
REPORT=${MPP_REPORT-docs/performance.md}

scripts/setup.sh --bench # wrk, jq, Node.js for the report
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DMPP_TESTS=OFF -DMPP_BENCH=ON >/dev/null
cmake --build build-bench -j"$(nproc)" >/dev/null # mppd, mppctl, route_time, plan_time
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
# cpu_now: the machine's CPU ticks so far, all of them and those a
# hypervisor gave to other guests (steal); steal_since "ALL STEAL": the
# stolen share since cpu_now gave those, in %
cpu_now() { awk '/^cpu / {t = 0; for (i = 2; i <= 9; i++) t += $i; print t, $9}' /proc/stat; }
steal_since() { cpu_now | awk -v a="$1" '{split(a, s, " "); printf "%.1f", ($1 > s[1] ? 100 * ($2 - s[2]) / ($1 - s[1]) : 0)}'; }
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
node scripts/bench-report.mjs --results "$RESULTS" --machine start --data-dir "$tmp"

# ---- 1. durable issue rate ----
echo "== 1. durable ticket issue rate (wrk, $RUNS runs of ${SECS}s)"
rows=()
declare -A RATE
dups=0; numbers=0
for c in 1 16 64 256; do
  rates=(); p50s=(); p99s=()
  for _ in $(seq "$RUNS"); do
    mpp_start
    t=$(( c < 2 ? 1 : 2 ))
    line=$(SERVICE=$SERVICE wrk -t"$t" -c"$c" -d"${SECS}s" -s tests/bench/issue.lua "$BASE/api/v1/tickets" | grep '^tickets/s')
    failed=$(echo "$line" | field failed)
    [ "$failed" = 0 ] || { echo "run with $c connections had $failed failed requests"; exit 1; }
    dups=$((dups + $(echo "$line" | field duplicates)))
    numbers=$((numbers + $(echo "$line" | field numbers)))
    mpp_stop
    rates+=("$(echo "$line" | awk '{print $2}')")
    p50s+=("$(echo "$line" | awk '{print $4}')")
    p99s+=("$(echo "$line" | awk '{print $7}')")
  done
  RATE[$c]=$(printf '%s\n' "${rates[@]}" | median)
  p50=$(printf '%s\n' "${p50s[@]}" | median)
  p99=$(printf '%s\n' "${p99s[@]}" | median)
  printf 'connections %4d: %8s tickets/s  p50 %6s ms  p99 %7s ms\n' "$c" "${RATE[$c]}" "$p50" "$p99"
  rows+=("$(obj connections "$c" tickets_per_s "${RATE[$c]}" p50_ms "$p50" p99_ms "$p99")")
done
ratio_64_1=$(ratio "${RATE[64]}" "${RATE[1]}")
echo "64 connections against 1: ${ratio_64_1}x; $numbers tickets issued, $dups numbers issued twice"
result issue runs "$RUNS" seconds "$SECS" -j rows "$(array "${rows[@]}")" \
  tickets "$numbers" duplicates "$dups" ratio_64_to_1 "$ratio_64_1"

# where the time of the 64-connection issue goes (perf, when it can run)
profile=
if command -v perf >/dev/null; then
  mpp_start
  SERVICE=$SERVICE wrk -t2 -c64 -d"$((SECS + 1))s" -s tests/bench/issue.lua "$BASE/api/v1/tickets" >/dev/null &
  wpid=$!
  sleep 0.5
  if perf record -F 999 -g -p "$MPP_PID" -o "$tmp/perf.data" -- sleep "$SECS" >/dev/null 2>&1; then
    profile=$(perf report -i "$tmp/perf.data" --no-children --sort dso,symbol --stdio 2>/dev/null |
      grep -E '^ +[0-9.]+%' | sed -n 1,20p | sed 's/ *$//')
  fi
  wait "$wpid" || true
  mpp_stop
  rm -f "$tmp/perf.data"
  echo "profile of mppd while issuing at 64 connections:"
  echo "${profile:-(perf could not record)}"
fi
result profile connections 64 seconds "$SECS" -j perf "$(command -v perf >/dev/null && echo true || echo false)" \
  -s top "$profile"

# ---- 2. the LMDB floor ----
echo "== 2. floors: LMDB durable commits on the same disk ($RUNS runs of 2 s)"
rows=()
declare -A LMDB
for mode in "1 sync" "100 sync" "1 nosync"; do
  read -r puts sync <<<"$mode"
  v=(); c50=(); c99=()
  for _ in $(seq "$RUNS"); do
    rm -rf "$tmp/lmdb"
    o=$("$BIN/lmdb_floor" "$tmp/lmdb" 2 "$puts" "$sync")
    v+=("$(echo "$o" | field commits/s)"); c50+=("$(echo "$o" | field commit_p50)"); c99+=("$(echo "$o" | field commit_p99)")
  done
  LMDB[$mode]=$(printf '%s\n' "${v[@]}" | median)
  p50=$(printf '%s\n' "${c50[@]}" | median)
  p99=$(printf '%s\n' "${c99[@]}" | median)
  echo "lmdb $puts put(s) per commit, $sync: ${LMDB[$mode]} commits/s, one commit p50 $p50 ms p99 $p99 ms"
  rows+=("$(obj puts "$puts" -j durable "$([ "$sync" = sync ] && echo true || echo false)" \
    commits_per_s "${LMDB[$mode]}" puts_per_s "$(awk -v c="${LMDB[$mode]}" -v p="$puts" 'BEGIN {print c * p}')" \
    commit_p50_ms "$p50" commit_p99_ms "$p99")")
done
rm -rf "$tmp/lmdb"
puts100=$(awk -v c="${LMDB["100 sync"]}" 'BEGIN {print c * 100}')
ratio_floor1=$(ratio "${RATE[64]}" "${LMDB["1 sync"]}")
ratio_floor100=$(ratio "${RATE[64]}" "$puts100")
ratio_256_floor1=$(ratio "${RATE[256]}" "${LMDB["1 sync"]}")
echo "issue at 64 connections / 1-put commit floor: ${ratio_floor1}x; / 100-put puts/s: ${ratio_floor100}"
result floors runs "$RUNS" seconds 2 value_bytes 400 -j rows "$(array "${rows[@]}")" \
  issue_64_tickets_per_s "${RATE[64]}" issue_64_to_1put "$ratio_floor1" issue_64_to_100put_puts "$ratio_floor100" \
  issue_256_tickets_per_s "${RATE[256]}" issue_256_to_1put "$ratio_256_floor1"

# ---- 3. call -> board latency, mppd and the bare lws floor ----
echo "== 3. call -> board latency ($ROUNDS calls each)"
declare -A P50 P99 LAST50 LAST99 DROP
mpp_start
fill $((ROUNDS * 4 + 10)) "$SERVICE" >/dev/null
mpp_post /api/v1/counters/1/open
for n in 1 100 1000 10000; do
  out=$(clients --clients "$n" --rounds "$ROUNDS" --call-path /api/v1/counters/1/call \
    --finish-path /api/v1/counters/1/finish --dump "$tmp/called.json" --timeout-ms 20000)
  line=$(echo "$out" | grep '^call')
  P50[$n]=$(echo "$line" | field all_p50); P99[$n]=$(echo "$line" | field all_p99)
  LAST50[$n]=$(echo "$line" | field last_p50); LAST99[$n]=$(echo "$line" | field last_p99)
  DROP[$n]=$(echo "$out" | grep '^done' | field dropped)
  echo "mppd  $line  dropped ${DROP[$n]}"
done
mpp_stop
msg_bytes=$(wc -c <"$tmp/called.json")
"$BIN/lws_floor" "$FLOOR_PORT" "$tmp/called.json" >"$tmp/floor.log" 2>&1 &
fpid=$!
sleep 0.3
rows=()
for n in 1 100 1000 10000; do
  line=$({ "$BIN/ws_clients" --port "$FLOOR_PORT" --clients "$n" --rounds "$ROUNDS" --call-path /call --timeout-ms 20000 || [ $? = 3 ]; } | grep '^call')
  flast50=$(echo "$line" | field last_p50)
  flast99=$(echo "$line" | field last_p99)
  echo "floor $line"
  rows+=("$(obj clients "$n" p50_ms "${P50[$n]}" p99_ms "${P99[$n]}" last_p50_ms "${LAST50[$n]}" last_p99_ms "${LAST99[$n]}" \
    floor_last_p50_ms "$flast50" floor_last_p99_ms "$flast99" last_p99_to_floor "$(ratio "${LAST99[$n]}" "$flast99")" \
    dropped "${DROP[$n]}")")
done
kill "$fpid"; wait "$fpid" 2>/dev/null || true; fpid=
result latency rounds "$ROUNDS" message_bytes "$msg_bytes" -j rows "$(array "${rows[@]}")"

# ---- 4. a long queue ----
echo "== 4. 5,000 tickets waiting vs none ($RUNS runs)"
rows=()
declare -A LQ_RATE
for w in 0 5000; do
  rates=(); c50=(); c99=(); l99=()
  for _ in $(seq "$RUNS"); do
    mpp_start
    fill $((w + ROUNDS)) "$SERVICE" >/dev/null
    mpp_post /api/v1/counters/1/open
    line=$(clients --clients 100 --rounds "$ROUNDS" --call-path /api/v1/counters/1/call \
      --finish-path /api/v1/counters/1/finish | grep '^call')
    c50+=("$(echo "$line" | field http_p50)"); c99+=("$(echo "$line" | field http_p99)")
    l99+=("$(echo "$line" | field last_p99)")
    rates+=("$(SERVICE=$SERVICE wrk -t2 -c64 -d2s -s tests/bench/issue.lua "$BASE/api/v1/tickets" | grep '^tickets/s' | awk '{print $2}')")
    mpp_stop
  done
  LQ_RATE[$w]=$(printf '%s\n' "${rates[@]}" | median)
  call50=$(printf '%s\n' "${c50[@]}" | median)
  call99=$(printf '%s\n' "${c99[@]}" | median)
  last99=$(printf '%s\n' "${l99[@]}" | median)
  echo "waiting $w: issue ${LQ_RATE[$w]} tickets/s (64 connections, 2 s)  call p50 $call50 ms p99 $call99 ms  last of 100 boards p99 $last99 ms"
  rows+=("$(obj waiting "$w" tickets_per_s "${LQ_RATE[$w]}" call_p50_ms "$call50" call_p99_ms "$call99" last_p99_ms "$last99")")
done
lq_ratio=$(ratio "${LQ_RATE[5000]}" "${LQ_RATE[0]}")
echo "issue rate with 5,000 waiting / none: $lq_ratio"
result long-queue runs "$RUNS" rounds "$ROUNDS" boards 100 wrk_seconds 2 -s service "$SERVICE" \
  -j rows "$(array "${rows[@]}")" ratio_5000_to_0 "$lq_ratio"

# ---- 5 and 6. memory, start, reload ----
echo "== 5. memory (RSS)"
mpp_start
sleep 1
idle=$(rss_of "$MPP_PID")
plugins=$(curl -s "$BASE/healthz" | jq .agencies)
echo "idle with $plugins plugins: $idle"
out=$(clients --clients 1000 --hold-ms 500)
c1000=$(echo "$out" | grep '^rss connected')
echo "with 1000 clients: $c1000"
mpp_post /api/v1/counters/1/open
fill "$DAY" "$SERVICE"
clients --clients 0 --rounds "$DAY" --call-path /api/v1/counters/1/call \
  --finish-path /api/v1/counters/1/finish | grep '^call' >/dev/null
sleep 1
day=$(rss_of "$MPP_PID")
echo "after a simulated day ($DAY tickets issued, called, finished): $day"
mpp_stop
IDLE_ANON=$(echo "$idle" | kib RssAnon); C_ANON=$(echo "$c1000" | kib anon_kib)
result memory plugins "$plugins" day_tickets "$DAY" \
  -j idle "$(obj vmrss_kib "$(echo "$idle" | kib VmRSS)" rss_anon_kib "$IDLE_ANON" rss_file_kib "$(echo "$idle" | kib RssFile)")" \
  -j clients_1000 "$(obj vmrss_kib "$(echo "$c1000" | kib rss_kib)" rss_anon_kib "$C_ANON" rss_file_kib "$(echo "$c1000" | kib file_kib)")" \
  -j day "$(obj vmrss_kib "$(echo "$day" | kib VmRSS)" rss_anon_kib "$(echo "$day" | kib RssAnon)" rss_file_kib "$(echo "$day" | kib RssFile)")"

echo "== 6. start and reload"
v=()
for _ in $(seq 5); do
  rm -rf "$tmp/data"
  v+=("$("$BIN/ready_time" "$PORT" "$MPPD" --config "$MPP_CFG" --data "$tmp/data" --port "$PORT" \
    --plugins "$tmp/plugins" --web "$PWD/web" 2>/dev/null | field ready_ms)")
done
READY=$(printf '%s\n' "${v[@]}" | median)
echo "time to ready with 20 plugins: $READY ms (median of 5, fresh data folder each)"
mpp_start
rl=(); rd=(); reload_drop=0
for r in $(seq "$RUNS"); do
  out=$(clients --clients 1000 --exec "printf '\n-- %s\n' $r >> $tmp/plugins/dukcapil.lua" \
    --marker '"agency.updated"' --hold-ms 500)
  rd+=("$(echo "$out" | grep '^exec' | field last)")
  reload_drop=$((reload_drop + $(echo "$out" | grep '^done' | field dropped)))
  rl+=("$(grep 'reloaded in' "$tmp/log" | tail -1 | field 'reloaded in')")
done
mpp_stop
RELOAD=$(printf '%s\n' "${rl[@]}" | median)
RELOAD_SEEN=$(printf '%s\n' "${rd[@]}" | median)
echo "reload with 1000 clients: $RELOAD ms (mppd's own figure, median of $RUNS); agency.updated at the last client $RELOAD_SEEN ms after the edit (300 ms of collecting included); dropped $reload_drop"
result start ready_ms "$READY" ready_runs 5 clients 1000 reload_runs "$RUNS" reload_ms "$RELOAD" \
  reload_seen_ms "$RELOAD_SEEN" reload_dropped "$reload_drop"

# ---- 7. routing ----
echo "== 7. call-next with a Lua route function over long queues"
sed 's/{ number = 34; agency = "taspen"; }/{ number = 34; agency = "uji"; }/' mppd.cfg >"$tmp/route.cfg"
routetime=$(build-bench/route_time "$tmp/route.cfg" tests/bench/plugins/uji.lua 34 "$ROUTE_SIZES" "$ROUTE_ROUNDS")
echo "$routetime"
decision=()
while read -r w p50 p99 calls chosen; do
  decision+=("$(obj waiting "$w" p50_us "$p50" p99_us "$p99" calls "$calls" uji_dua "$chosen")")
done < <(echo "$routetime" |
  sed -n 's/^waiting *\([0-9]*\): route p50 \([0-9.]*\) us  p99 \([0-9.]*\) us  (\([0-9]*\) calls, \([0-9]*\) of them.*/\1 \2 \3 \4 \5/p')
# the same calls through mppd, timed by the C client: N tickets of uji's
# three services waiting, then calls and finishes at counter 34
MPP_CFG="$tmp/route.cfg" MPP_PLUGSRC=tests/bench/plugins
http=(); rtt10k=
for n in ${ROUTE_SIZES//,/ }; do
  mpp_start
  fill $((n / 3)) uji/satu >/dev/null
  fill $((n / 3)) uji/dua >/dev/null
  fill $((n - 2 * (n / 3))) uji/tiga >/dev/null
  mpp_post /api/v1/counters/34/open
  r=$((ROUTE_ROUNDS < n ? ROUTE_ROUNDS : n))
  line=$(clients --clients 1 --rounds "$r" --call-path /api/v1/counters/34/call \
    --finish-path /api/v1/counters/34/finish | grep '^call')
  errors=$(curl -s "$BASE/healthz" | jq '.plugin_errors | length')
  [ "$errors" = 0 ] || { echo "the route function failed"; curl -s "$BASE/healthz"; exit 1; }
  printf 'waiting %6d: call-next p50 %s ms  p99 %s ms  (%d calls, Lua route function, commit included)\n' \
    "$n" "$(echo "$line" | field http_p50)" "$(echo "$line" | field http_p99)" "$r"
  http+=("$(obj waiting "$n" p50_ms "$(echo "$line" | field http_p50)" p99_ms "$(echo "$line" | field http_p99)" calls "$r")")
  [ "$n" != 10000 ] || rtt10k=$(echo "$line" | field http_p99)
  mpp_stop
done
MPP_CFG=mppd.cfg MPP_PLUGSRC=plugins
route10k=$(echo "$routetime" | grep 'waiting  10000' | awk '{for (i = 1; i < NF; i++) if ($i == "p99") printf "%.3f", $(i + 1) / 1000}')
result routing -s sizes "$ROUTE_SIZES" rounds "$ROUTE_ROUNDS" -j decision "$(array "${decision[@]}")" \
  -j http "$(array "${http[@]}")" decision_p99_ms_at_10000 "$route10k" http_p99_ms_at_10000 "$rtt10k"

# ---- 8. growth ----
echo "== 8. 10^3 vs $GROWTH tickets stored"
rows=()
declare -A G_RATE G_CALL
for s in 1000 "$GROWTH"; do
  mpp_start
  fill "$s" dpmptsp/nib
  fill $((ROUNDS + 10)) "$SERVICE" >/dev/null
  mpp_post /api/v1/counters/1/open
  line=$(clients --clients 100 --rounds "$ROUNDS" --call-path /api/v1/counters/1/call \
    --finish-path /api/v1/counters/1/finish | grep '^call')
  G_CALL[$s]=$(echo "$line" | field http_p50); call99=$(echo "$line" | field http_p99)
  rates=()
  for _ in $(seq "$RUNS"); do
    rates+=("$(SERVICE=$SERVICE wrk -t2 -c64 -d2s -s tests/bench/issue.lua "$BASE/api/v1/tickets" | grep '^tickets/s' | awk '{print $2}')")
  done
  G_RATE[$s]=$(printf '%s\n' "${rates[@]}" | median)
  disk_kib=$(du -sk "$tmp/data" | cut -f1)
  echo "stored $s: issue ${G_RATE[$s]} tickets/s  call p50 ${G_CALL[$s]} ms p99 $call99 ms  ($(du -sh "$tmp/data" | cut -f1) on disk)"
  rows+=("$(obj stored "$s" tickets_per_s "${G_RATE[$s]}" call_p50_ms "${G_CALL[$s]}" call_p99_ms "$call99" data_kib "$disk_kib")")
  mpp_stop
done
g_rate=$(ratio "${G_RATE[$GROWTH]}" "${G_RATE[1000]}")
g_call=$(ratio "${G_CALL[$GROWTH]}" "${G_CALL[1000]}")
echo "issue rate $g_rate and call p50 $g_call of the figures with 10^3 stored"
result growth stored "$GROWTH" rounds "$ROUNDS" boards 100 runs "$RUNS" wrk_seconds 2 -s service "$SERVICE" \
  -s other_service dpmptsp/nib -j rows "$(array "${rows[@]}")" ratio_rate "$g_rate" ratio_call_p50 "$g_call"

# ---- 9. a mixed hour, compressed ----
echo "== 9. mixed: 1000 boards, 60 consoles, 2 tickets/s, 1 call/s, 500 phones, ${MIX_S}s"
mpp_start
services=$(curl -s "$BASE/api/v1/agencies" |
  jq -r '[.agencies[] | ([.services[] | select((.quota // 0) == 0 and ((.inputs // []) | length) == 0 and .kiosk != false)][0].id) | select(.)] | join(",")')
for s in ${services//,/ }; do curl -sf -H 'content-type: application/json' -d "{\"service\":\"$s\"}" "$BASE/api/v1/tickets" >/dev/null; done
counters=()
for n in $(curl -s "$BASE/api/v1/board" | jq -r '.counters[].number'); do
  # a counter that can call one of those services
  if [ "$(curl -s -H "cookie: $MPP_COOKIE" "$BASE/api/v1/counters/$n" | jq '.waiting_total')" -gt 0 ]; then
    mpp_post "/api/v1/counters/$n/open"
    counters+=("$n")
  fi
done
cl=$(IFS=,; echo "${counters[*]}")
mixed=$(clients --clients 1060 --extra 500 --extra-ms 5000 --mixed "$MIX_S" --services "$services" \
  --counters "$cl" --hold-ms 1000 --timeout-ms 20000)
mpp_stop
echo "$mixed"
mline=$(echo "$mixed" | grep '^mixed call')
done_line=$(echo "$mixed" | grep '^done')
rss0=$(echo "$mixed" | grep '^rss mixed 10 s' | kib rss_kib)
rss1=$(echo "$mixed" | grep '^rss mixed end' | kib rss_kib)
rssmax=$(echo "$mixed" | grep '^rss mixed' | sed -n 's/.*rss_kib \([0-9]*\).*/\1/p' | sort -n | tail -1)
rss_growth=$(ratio "$rss1" "$rss0")
echo "RSS end / at 10 s: $rss_growth"
samples=()
while read -r line; do
  at=${line#rss }; at=${at%%: rss_kib*}
  samples+=("$(obj -s at "$at" vmrss_kib "$(echo "$line" | kib rss_kib)" \
    rss_anon_kib "$(echo "$line" | kib anon_kib)" rss_file_kib "$(echo "$line" | kib file_kib)")")
done < <(echo "$mixed" | grep '^rss ')
result mixed seconds "$MIX_S" clients 1060 boards 1000 consoles 60 phones 500 phones_within_ms 5000 \
  counters "${#counters[@]}" -s services "$services" \
  all_p99_ms "$(echo "$mline" | field all_p99)" last_p99_ms "$(echo "$mline" | field last_p99)" \
  dropped "$(echo "$done_line" | field dropped)" failed_connects "$(echo "$done_line" | field 'failed connects')" \
  rss_10s_kib "$rss0" rss_end_kib "$rss1" rss_max_kib "$rssmax" ratio_rss_end_to_10s "$rss_growth" \
  -j rss "$(array "${samples[@]}")" -s log "$(echo "$mixed" | grep -v '^connected')"

# ---- 10. a booking rush ----
echo "== 10. booking rush: a day's slots opening at once, 256 connections for ${BOOK_S}s"
mpp_start
day=$(TZ=Asia/Jakarta date -d tomorrow +%F)
slots=$(curl -s "$BASE/api/v1/slots?service=$BOOK_SERVICE&date=$day")
starts=$(echo "$slots" | jq -r '[.slots[].start] | join(",")')
places=$(echo "$slots" | jq '[.slots[].capacity] | add')
line=$(SERVICE=$BOOK_SERVICE STARTS=$starts wrk -t2 -c256 -d"${BOOK_S}s" -s tests/bench/book.lua \
  "$BASE/api/v1/bookings" | grep '^attempts/s')
echo "$line"
mpp_stop
# counted from the store: a new mppd restores the bookings from it
MPP_KEEP_DATA=1 mpp_start
held=$(curl -s -H "cookie: $MPP_COOKIE" "$BASE/api/v1/bookings?date=$day" |
  jq --arg s "$BOOK_SERVICE" '[.services[] | select(.service == $s) | .bookings[] |
    select(.status == "booked")] | group_by(.start) | map(length)')
capacity=$(echo "$slots" | jq '.slots[0].capacity')
stored=$(echo "$held" | jq 'add // 0')
oversold=$(echo "$held" | jq --argjson c "$capacity" 'map(select(. > $c) | . - $c) | add // 0')
mpp_stop
echo "made $(echo "$line" | field made) bookings; $stored in the store after a restart, over $places places; oversold $oversold"
result bookings seconds "$BOOK_S" connections 256 -s service "$BOOK_SERVICE" -s date "$day" \
  slots "$(echo "$slots" | jq '.slots | length')" places "$places" \
  attempts_per_s "$(echo "$line" | field attempts/s)" p50_ms "$(echo "$line" | field p50)" \
  p99_ms "$(echo "$line" | field p99)" made "$(echo "$line" | field made)" \
  refused "$(echo "$line" | field refused)" other "$(echo "$line" | field other)" \
  stored "$stored" oversold "$oversold"

# ---- 11. notifications ----
echo "== 11. notifications: opted-in issue rate, a backlog of $BACKLOG messages draining, the lag"
GW_PORT=$((PORT + 2))
# the gateway lies outside the hall: here Debian's nginx stands in for it on
# the same machine, on the time the hall leaves, as the hall's own sender
# thread runs (the idle scheduling class, else nice 10), so the figures are
# the hall's and not those of a gateway that shares its two cores; it
# answers 200 to every POST and logs when each came and its Idempotency-Key
GWDIR=$tmp/gateway
mkdir -p "$GWDIR"
cat >"$GWDIR/nginx.conf" <<NGINX
daemon off;
master_process off;
worker_processes 1;
pid $GWDIR/nginx.pid;
events { worker_connections 256; }
http {
  log_format gw '\$msec \$http_idempotency_key';
  access_log $GWDIR/sent.log gw buffer=64k flush=100ms;
  client_body_temp_path $GWDIR/body;
  keepalive_requests 10000000;
  server {
    listen 127.0.0.1:$GW_PORT;
    location / { access_log off; return 404; }
    location = /send { client_body_buffer_size 64k; return 200 '{}'; }
  }
}
NGINX
GW_SCHED=(chrt --idle 0)
"${GW_SCHED[@]}" true 2>/dev/null || GW_SCHED=(nice -n 10)
"${GW_SCHED[@]}" nginx -p "$GWDIR" -e "$GWDIR/error.log" -c "$GWDIR/nginx.conf" &
gpid=$!
trap 'mpp_stop; kill "$gpid" 2>/dev/null || true; [ -z "$fpid" ] || kill "$fpid" 2>/dev/null || true; rm -rf "$tmp"' EXIT
GW="http://127.0.0.1:$GW_PORT"
for _ in $(seq 100); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$GW/")" = 404 ] && break; sleep 0.05; done
PHONE=081234567890
# the same hall with a gateway (and without one, where messages wait)
{ cat mppd.cfg; printf 'notify = { url = "%s/send"; quiet_hours = "off"; };\n' "$GW"; } >"$tmp/notify.cfg"
# the same without a gateway: messages wait in the outbox; quiet hours off
# as above, so a message taken in the evening is not held until morning and
# the run's figures do not hang on the hour it starts
{ cat mppd.cfg; printf 'notify = { quiet_hours = "off"; };\n'; } >"$tmp/held.cfg"
# the gateway's log: gw_reset empties it; gw_stats prints the POSTs taken,
# their distinct keys and the POSTs a second from the first to the last
# ($msec is in seconds), once the log is written
gw_reset() { : >"$GWDIR/sent.log"; }
gw_stats() {
  sleep 0.3 # the log's buffer is written every 100 ms
  awk '{ if (!n++) first = $1; last = $1; if (!($2 in k)) { k[$2]; keys++ } }
    END { printf "%d %d %.0f\n", n, keys, (last > first ? n / (last - first) : 0) }' "$GWDIR/sent.log"
}
# none: no ticket asks for messages; all: every one does and the local
# gateway takes them meanwhile; held: every one does, and no gateway is
# set, so the messages wait in the outbox: the hall's own share of the
# cost, without the sending and the gateway on the same two cores
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# the messages the running hall still has to send
outbox_queued() { curl -s -H "cookie: $MPP_COOKIE" "$BASE/api/v1/outbox" | jq .queued; }
# seconds since the date +%s.%N of $1
since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN {printf "%.2f", b - a}'; }
# store_snap: what the store has paid so far: the bytes mppd's writer
# thread wrote (the thread that wrote most: its pwrites are the pages of
# each commit), and the sum and count of mppd's own commit histogram;
# store_cost N SNAP: what it paid for the N tickets taken since SNAP: KiB
# a ticket and the mean commit in ms
store_snap() {
  local w
  w=$(cat /proc/"$MPP_PID"/task/*/io | awk '/^wchar/ && $2 > m {m = $2} END {print m + 0}')
  curl -s "$BASE/metrics" | awk -v w="$w" '/^mpp_commit_duration_seconds_sum/ {s = $2}
    /^mpp_commit_duration_seconds_count/ {c = $2} END {print w, s + 0, c + 0}'
}
store_cost() {
  local w s c w0 s0 c0
  read -r w s c < <(store_snap)
  read -r w0 s0 c0 <<<"$2"
  awk -v w=$((w - w0)) -v n="$1" -v s="$s" -v s0="$s0" -v c=$((c - c0)) \
    'BEGIN {printf "%.2f %.3f\n", n ? w / 1024 / n : 0, c ? (s - s0) / c * 1000 : 0}'
}
# The modes are compared in pairs: a fresh hall for each pair, warmed by a
# second of issuing, then the two modes one right after the other, the
# order changing from pair to pair; the ratios are the medians of the
# pairs' own ratios. A run's rate swings by a tenth or more with the disk
# and the machine's neighbours over seconds; the two runs of a pair are
# seconds apart on the same hall, where three halls started one after
# another each for its mode had been half a minute apart.
# none: no ticket asks for messages; all: every one does and the local
# gateway takes them meanwhile (the hall's config names it); held: every
# one does, and no gateway is set, so the messages wait in the outbox: the
# hall's own share of the cost, without the sending and the gateway on the
# same two cores (paired with none on a hall of that config).
NPAIRS=$((RUNS * 4 > 12 ? RUNS * 4 : 12))
gw_ticks=(); burst_left=(); burst_catchup=()
declare -A NRATES NKIB NCOMMIT
ratios_opt=(); ratios_held=()
# issue_pair MODE N: pair N of none and MODE (all, held); its ratio in
# pair_ratio (not printed: the figures gathered here must stay in this shell)
issue_pair() {
  local mode=$1 pair=$2 m line kib commit_ms failed snap g0 t0
  local -A R
  MPP_CFG=$([ "$mode" = held ] && echo "$tmp/held.cfg" || echo "$tmp/notify.cfg") mpp_start
  SERVICE=$SERVICE wrk -t2 -c64 -d1s -s tests/bench/issue.lua "$BASE/api/v1/tickets" >/dev/null
  for m in $([ $((pair % 2)) = 1 ] && echo "none $mode" || echo "$mode none"); do
    snap=$(store_snap)
    g0=$(cpu_ticks "$gpid")
    line=$(SERVICE=$SERVICE PHONE=$([ "$m" = none ] || echo "$PHONE") wrk -t2 -c64 -d"${SECS}s" \
      -s tests/bench/issue.lua "$BASE/api/v1/tickets" | grep '^tickets/s')
    read -r kib commit_ms < <(store_cost "$(echo "$line" | field numbers)" "$snap")
    NKIB[$m]+="$kib "; NCOMMIT[$m]+="$commit_ms "
    if [ "$m" = all ]; then
      gw_ticks+=("$(($(cpu_ticks "$gpid") - g0))")
      # the sender runs on idle time: what it had left when the burst
      # ended, and how long it took to send that, before the pair goes on
      t0=$(date +%s.%N)
      burst_left+=("$(outbox_queued)")
      until [ "$(outbox_queued)" = 0 ]; do sleep 0.05; done
      burst_catchup+=("$(since "$t0")")
    fi
    failed=$(echo "$line" | field failed)
    [ "$failed" = 0 ] || { echo "issue with $m opted in had $failed failed requests"; exit 1; }
    R[$m]=$(echo "$line" | awk '{print $2}')
    NRATES[$m]+="${R[$m]} "
  done
  mpp_stop
  pair_ratio=$(ratio "${R[$mode]}" "${R[none]}")
  echo "pair $pair: none ${R[none]}, $mode ${R[$mode]} tickets/s: $pair_ratio"
}
for pair in $(seq "$NPAIRS"); do issue_pair all "$pair" && ratios_opt+=("$pair_ratio"); done
for pair in $(seq "$NPAIRS"); do issue_pair held "$pair" && ratios_held+=("$pair_ratio"); done
declare -A NRATE NKIB_MED NCOMMIT_MED
for mode in none all held; do
  NRATE[$mode]=$(echo "${NRATES[$mode]}" | tr ' ' '\n' | grep . | median)
  NKIB_MED[$mode]=$(echo "${NKIB[$mode]}" | tr ' ' '\n' | grep . | median)
  NCOMMIT_MED[$mode]=$(echo "${NCOMMIT[$mode]}" | tr ' ' '\n' | grep . | median)
  echo "issue at 64 connections, $mode: ${NRATE[$mode]} tickets/s, ${NKIB_MED[$mode]} KiB written a ticket, commits of ${NCOMMIT_MED[$mode]} ms (medians)"
done
ratio_opt=$(printf '%s\n' "${ratios_opt[@]}" | median)
ratio_held=$(printf '%s\n' "${ratios_held[@]}" | median)
# the gateway's share of the machine while the opted-in runs issued
gw_share=$(printf '%s\n' "${gw_ticks[@]}" | median | awk -v s="$SECS" -v c="$(nproc)" -v hz="$(getconf CLK_TCK)" \
  '{printf "%.2f", $1 / (s * c * hz)}')
left_burst=$(printf '%s\n' "${burst_left[@]}" | median)
catchup_burst=$(printf '%s\n' "${burst_catchup[@]}" | median)
echo "every ticket opted in / none: $ratio_opt (the local gateway used $gw_share of the machine; $left_burst messages left at the end, sent in $catchup_burst s); messages held, no gateway / none: $ratio_held"

# a backlog: tickets with a phone taken while the hall has no gateway; then
# the same data with the gateway: the backlog drains while a counter calls.
# The p99 of 500 calls moves with the disk from run to run by more than the
# drain moves it, so this takes DRAIN_RUNS rounds, each with its own ratio
# of during to after, and reports their medians.
drained() { curl -s -H "cookie: $MPP_COOKIE" "$BASE/api/v1/outbox" | jq --argjson n "$1" '.queued == 0 and .sent + .failed + .dropped >= $n'; }
d_queued=(); d_sends=(); d_left=(); d_during=(); d_after=(); d_ratios=(); d_steal=(); dupkeys=0
for round in $(seq "$DRAIN_RUNS"); do
  MPP_CFG=$tmp/held.cfg mpp_start
  SERVICE=$SERVICE PHONE=$PHONE wrk -t2 -c64 -d120s -s tests/bench/issue.lua "$BASE/api/v1/tickets" >/dev/null 2>&1 &
  wpid=$!
  while [ "$(outbox_queued)" -lt "$BACKLOG" ] &&
    kill -0 "$wpid" 2>/dev/null; do sleep 0.5; done
  kill "$wpid" 2>/dev/null || true
  wait "$wpid" 2>/dev/null || true
  mpp_stop
  gw_reset
  MPP_KEEP_DATA=1 MPP_CFG=$tmp/notify.cfg mpp_start
  queued=$(outbox_queued)
  mpp_post /api/v1/counters/1/open
  c0=$(cpu_now)
  during=$(clients --clients 100 --rounds "$DRAIN_ROUNDS" --call-path /api/v1/counters/1/call \
    --finish-path /api/v1/counters/1/finish --timeout-ms 20000 | grep '^call')
  steal_during=$(steal_since "$c0")
  # still waiting when the calls ended: 0 would mean they outlasted the drain
  left=$(outbox_queued)
  # drained: none waits, and as many were sent, failed or dropped (a call
  # drops its ticket's messages not yet sent) as waited
  until [ "$(drained "$queued")" = true ]; do sleep 0.2; done
  read -r gw_count gw_keys sends < <(gw_stats)
  dupkeys=$((dupkeys + gw_count - gw_keys))
  c0=$(cpu_now)
  after=$(clients --clients 100 --rounds "$DRAIN_ROUNDS" --call-path /api/v1/counters/1/call \
    --finish-path /api/v1/counters/1/finish --timeout-ms 20000 | grep '^call')
  d_steal+=("$(jq -cn --argjson d "$steal_during" --argjson a "$(steal_since "$c0")" '[$d, $a]')")
  p99_during=$(echo "$during" | field all_p99)
  p99_after=$(echo "$after" | field all_p99)
  d_queued+=("$queued"); d_sends+=("$sends"); d_left+=("$left")
  d_during+=("$p99_during"); d_after+=("$p99_after"); d_ratios+=("$(ratio "$p99_during" "$p99_after")")
  echo "drain round $round: $queued messages at $sends sends/s; call -> board p99 $p99_during ms while draining ($left still queued after the calls), $p99_after ms after: ${d_ratios[-1]}x (CPU time the hypervisor gave other guests during / after: $(jq -r 'map(tostring + "%") | join(" / ")' <<<"${d_steal[-1]}"))"
done
med() { printf '%s\n' "$@" | median; }
queued=$(med "${d_queued[@]}"); sends=$(med "${d_sends[@]}"); left=$(med "${d_left[@]}")
p99_during=$(med "${d_during[@]}"); p99_after=$(med "${d_after[@]}"); ratio_drain=$(med "${d_ratios[@]}")
echo "drained a median $queued messages at $sends sends/s ($dupkeys keys twice); call -> board p99 $p99_during ms while draining, $p99_after ms after; the rounds' ratios ${d_ratios[*]}: median ${ratio_drain}x"
# issue_opted_in N PAUSE: N tickets asking for messages, one by one with curl,
# PAUSE seconds apart
issue_opted_in() {
  for _ in $(seq "$1"); do
    curl -s -o /dev/null -H 'content-type: application/json' \
      -d "{\"service\":\"$SERVICE\",\"notify\":{\"phone\":\"$PHONE\"}}" "$BASE/api/v1/tickets"
    [ "$2" = 0 ] || sleep "$2"
  done
}
# the lag when healthy: a fresh hall with the gateway, 300 tickets one by
# one, then mppd's own histogram
mpp_stop
MPP_CFG=$tmp/notify.cfg mpp_start
issue_opted_in 300 0.01
sleep 1
lag=$(curl -s "$BASE/metrics" | node scripts/bench-report.mjs --quantiles mpp_message_delivery_seconds)
mpp_stop
echo "delivery lag of 300 tickets taken one by one: $lag"
# a gateway far away (100 ms to answer, as across the internet): the same
# backlog of FAR messages drained with notify.connections 1 and 4
FAR=200
FAR_PORT=$((PORT + 3))
node tests/bench/far_gateway.mjs "$FAR_PORT" 100 &
fpid=$!
FARGW="http://127.0.0.1:$FAR_PORT"
for _ in $(seq 100); do curl -sf -o /dev/null "$FARGW/stats" && break; sleep 0.05; done
declare -A FARRATE
for conn in 1 4; do
  MPP_CFG=$tmp/held.cfg mpp_start
  issue_opted_in "$FAR" 0
  mpp_stop
  curl -s -X DELETE "$FARGW/stats"
  { cat mppd.cfg; printf 'notify = { url = "%s/send"; quiet_hours = "off"; connections = %d; };\n' "$FARGW" "$conn"; } >"$tmp/far.cfg"
  MPP_KEEP_DATA=1 MPP_CFG=$tmp/far.cfg mpp_start
  until [ "$(outbox_queued)" = 0 ]; do sleep 0.2; done
  FARRATE[$conn]=$(curl -s "$FARGW/stats" | jq '.answered / .seconds * 10 | round / 10')
  mpp_stop
  echo "a gateway 100 ms away, $FAR messages, connections $conn: ${FARRATE[$conn]} sends/s"
done
kill "$fpid" 2>/dev/null || true
fpid=
result notify runs "$NPAIRS" seconds "$SECS" connections 64 -s gateway_sched "${GW_SCHED[*]}" \
  -j ratios_all "$(printf '%s\n' "${ratios_opt[@]}" | jq -cs .)" -j ratios_held "$(printf '%s\n' "${ratios_held[@]}" | jq -cs .)" \
  issue_none_per_s "${NRATE[none]}" issue_all_per_s "${NRATE[all]}" ratio_all_to_none "$ratio_opt" \
  kib_per_ticket_none "${NKIB_MED[none]}" kib_per_ticket_all "${NKIB_MED[all]}" kib_per_ticket_held "${NKIB_MED[held]}" \
  commit_ms_none "${NCOMMIT_MED[none]}" commit_ms_all "${NCOMMIT_MED[all]}" commit_ms_held "${NCOMMIT_MED[held]}" \
  gateway_cpu_share "$gw_share" burst_left "$left_burst" burst_catchup_s "$catchup_burst" issue_held_per_s "${NRATE[held]}" ratio_held_to_none "$ratio_held" \
  backlog "$queued" sends_per_s "$sends" keys_twice "$dupkeys" drain_calls "$DRAIN_ROUNDS" queued_after_calls "$left" \
  call_p99_draining_ms "$p99_during" call_p99_after_ms "$p99_after" ratio_draining_to_after "$ratio_drain" \
  drain_runs "$DRAIN_RUNS" -j drain_ratios "$(printf '%s\n' "${d_ratios[@]}" | jq -cs .)" \
  -j drain_steal_pct "$(printf '%s\n' "${d_steal[@]}" | jq -cs .)" \
  far_messages "$FAR" far_sends_per_s_1 "${FARRATE[1]}" far_sends_per_s_4 "${FARRATE[4]}" \
  ratio_far_4_to_1 "$(ratio "${FARRATE[4]}" "${FARRATE[1]}")" -j lag "$lag"

# ---- 12. visit plans ----
echo "== 12. visit plans: ten services over the whole catalogue"
planline=$(build-bench/plan_time mppd.cfg plugins "$((ROUNDS * 100))")
echo "$planline"
mpp_start
services=imigrasi/paspor-baru,samsat/balik-nama,bpn/peralihan-jual-beli,polres/skck-baru,disnaker/ak1
services+=,bpjs-tk/klaim-jht-ahli-waris,bank-jateng/tabungan-bima,bank-jateng/tabunganku
url="$BASE/api/v1/plans?services=$services&have=ktp-el,kk,akta-kelahiran,npwp"
curl -sf "$url" | jq -e '.steps | length > 0' >/dev/null
times=$(for _ in $(seq "$((ROUNDS * 3))"); do curl -s -o /dev/null -w '%{time_total}\n' "$url"; done |
  awk '{printf "%.3f\n", $1 * 1000}' | sort -n)
http_p50=$(echo "$times" | median)
http_p99=$(echo "$times" | awk '{a[NR]=$1} END {i = int(NR * 0.99); if (i < 1) i = 1; print a[i]}')
mpp_stop
echo "GET /api/v1/plans (8 services, today's estimates and problems): p50 $http_p50 ms p99 $http_p99 ms"
result plans -s line "$planline" services 10 catalogue "$(echo "$planline" | sed -n 's/.* over \([0-9]*\):.*/\1/p')" \
  steps "$(echo "$planline" | sed -n 's/.*(\([0-9]*\) steps).*/\1/p')" \
  p50_us "$(echo "$planline" | field p50)" p99_us "$(echo "$planline" | field p99)" \
  http_services 8 http_p50_ms "$http_p50" http_p99_ms "$http_p99" http_calls "$((ROUNDS * 3))"

# ---- the targets, and the page ----
node scripts/bench-report.mjs --results "$RESULTS" --machine end
echo "== targets"
node scripts/bench-report.mjs --results "$RESULTS" --targets
if [ -n "$REPORT" ]; then
  node scripts/bench-report.mjs --results "$RESULTS" --out "$REPORT"
  echo "written to $REPORT"
fi
