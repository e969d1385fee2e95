#!/usr/bin/env bash
# Shows with strace that mppd writes every reply to a ticket issue only
# after the fdatasync of the commit holding that ticket: runs a release mppd
# under `strace -f`, issues N tickets (default 40, 8 at a time), and checks
# the order of the system calls (tests/reliability/strace_order.mjs).
# Writes the figure to docs/reliability.md (MPP_REPORT= to leave it alone).
#   scripts/strace-order.sh [N]
# MPPD: use this binary instead of building a release one.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/mppd.sh
. scripts/lib/mppd.sh
scripts/setup.sh --test # strace, procps
N=${1:-40}
PORT=${MPP_STRACE_PORT:-$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')}

mpp_release_build

tmp=$(mktemp -d)
spid=
trap '[ -n "$spid" ] && kill "$spid" 2>/dev/null; rm -rf "$tmp"' EXIT
# LeakSanitizer cannot run under ptrace; a sanitizer build checks leaks elsewhere
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
  strace -f -qq -ttt -s 8192 -e trace=fdatasync,fsync,msync,write,sendto,writev,pwrite64,pwritev,openat \
  -o "$tmp/trace" "$MPPD" --config mppd.cfg --data "$tmp/data" --port "$PORT" >"$tmp/log" 2>&1 &
spid=$!
mpp_wait_ready "http://127.0.0.1:$PORT" "$tmp/log"
echo "== strace: is every ticket reply sent after its commit's fdatasync?"
node tests/reliability/strace_order.mjs load "http://127.0.0.1:$PORT" "$N"
mpid=$(pgrep -P "$spid" | head -1)
kill -TERM "$mpid"
wait "$spid" || true
spid=
node tests/reliability/strace_order.mjs check "$tmp/trace" "$N" --report "${MPP_REPORT-docs/reliability.md}"
