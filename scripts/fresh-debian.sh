#!/usr/bin/env bash
# The README's two commands on a fresh Debian 12, as root, from a clean clone:
# builds a minimal Debian 12 root with debootstrap (from this machine's apt
# mirror, with bookworm-updates and bookworm-security as on an installed
# system), clones this checkout's HEAD into /root/mpp in it, runs
# scripts/test.sh there in a chroot, then scripts/run.sh in the background
# until /healthz answers "status":"ok", stops it and prints how long each
# command took. A long run of its own (the suite, and every package it
# installs, downloaded); not part of scripts/test.sh or CI. As root.
#
#   scripts/fresh-debian.sh [--steps LIST] [--base-cache] [--keep] [--dir DIR] [--port N]
#     --steps LIST  what runs in the root, in order (default test,run,deb):
#                   test  scripts/test.sh
#                   run   scripts/run.sh in the background until /healthz
#                         answers "status":"ok", then SIGTERM: mppd must stop
#                         cleanly
#                   deb   scripts/package.sh in the root builds the package
#                         and a higher version of it; scripts/package-test.sh
#                         installs it into a second new root, runs it as its
#                         user, upgrades (a ticket and the config kept) and
#                         purges it
#     --base-cache  start from a tarball of the bare debootstrap root kept in
#                   /var/cache/mpp-fresh-debian/ (made on the first run; delete
#                   it to refresh). Without it every run is a new debootstrap.
#     --keep        leave the root in place after a successful run (a failed
#                   run always leaves it, for a look inside)
#     --dir DIR     where to work (a new empty folder; default under /var/tmp)
#     --port N      the port of run.sh's mppd (default the first free from 18080)
#
# Everything runs in its own mount and PID namespaces (unshare, with a /proc
# of its own so pids read there are its own): the mounts
# of the root are never seen by the rest of the machine and vanish with the
# script, and no process started in the root outlives it. Each step is a
# function step_NAME; another one (say, installing a .deb in the root) is one
# more such function, running its commands there with in_root.
set -euo pipefail
SUITE=bookworm
VARIANT=minbase # what a minimal debootstrap root has: almost nothing
CACHE_DIR=/var/cache/mpp-fresh-debian
SRC=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)

STEPS=test,run,deb BASE_CACHE=0 KEEP=0 WORK='' PORT=''
while [ $# -gt 0 ]; do
  case "$1" in
    --steps) STEPS=$2; shift ;;
    --base-cache) BASE_CACHE=1 ;;
    --keep) KEEP=1 ;;
    --dir) WORK=$2; shift ;;
    --port) PORT=$2; shift ;;
    *) sed -n '/^#   scripts/,/^#$/p' "$0" >&2; exit 2 ;;
  esac
  shift
done
[ "$(id -u)" -eq 0 ] || { echo "fresh-debian.sh: run it as root (debootstrap, mount, chroot)" >&2; exit 1; }

# Once, before anything else: go into new mount and PID namespaces.
if [ -z "${MPP_FRESH_NS:-}" ]; then
  again=(--steps "$STEPS")
  if [ "$BASE_CACHE" = 1 ]; then again+=(--base-cache); fi
  if [ "$KEEP" = 1 ]; then again+=(--keep); fi
  MPP_FRESH_NS=1 exec unshare --mount --propagation private --pid --fork --mount-proc -- "$0" \
    "${again[@]}" ${WORK:+--dir "$WORK"} ${PORT:+--port "$PORT"}
fi

say() { printf '== fresh-debian: %s\n' "$*"; }

# ---- the machine's apt sources: "URI SUITE" lines, deb822 and one-line files alike ----
apt_sources() {
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -e "$f" ] || continue
    awk 'BEGIN { RS = ""; FS = "\n" }
      { t = u = s = ""
        for (i = 1; i <= NF; i++) {
          if ($i ~ /^#/) continue
          if ($i ~ /^Types:/) t = $i
          if ($i ~ /^URIs:/) { u = $i; sub(/^URIs:[ \t]*/, "", u) }
          if ($i ~ /^Suites:/) { s = $i; sub(/^Suites:[ \t]*/, "", s) }
          if ($i ~ /^Enabled:[ \t]*no/) t = ""
        }
        if (t !~ /[ \t]deb([ \t]|$)/) next
        nu = split(u, us, /[ \t]+/); ns = split(s, ss, /[ \t]+/)
        for (a = 1; a <= nu; a++) for (b = 1; b <= ns; b++) print us[a], ss[b] }' "$f"
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -e "$f" ] || continue
    # deb [options] URI SUITE COMPONENTS...
    awk '$1 == "deb" { i = 2; if ($2 ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }; print $i, $(i + 1) }' "$f"
  done
}
# the URI the machine uses for a suite, or the default
source_for() { apt_sources | awk -v s="$1" '$2 == s { print $1; exit }' | grep . || echo "$2"; }

# ---- making the root ----
host_tools() {
  command -v debootstrap >/dev/null && return
  say "installing debootstrap on this machine"
  apt-get -qq -o DPkg::Lock::Timeout=600 update
  DEBIAN_FRONTEND=noninteractive apt-get -qq -o DPkg::Lock::Timeout=600 install -y --no-install-recommends debootstrap
}

# The bare root: debootstrap, or the cached tarball of an earlier one.
make_root() {
  local cache="$CACHE_DIR/$SUITE-$VARIANT.tar"
  mkdir -p "$ROOT"
  if [ $BASE_CACHE = 1 ] && [ -s "$cache" ]; then
    say "root from the cached bare root $cache ($(date -r "$cache" +%F))"
    tar -xpf "$cache" --numeric-owner -C "$ROOT"
    return
  fi
  say "debootstrap --variant=$VARIANT $SUITE from $MIRROR (log: $WORK/debootstrap.log)"
  local t0=$SECONDS
  if ! debootstrap --variant=$VARIANT "$SUITE" "$ROOT" "$MIRROR" >"$WORK/debootstrap.log" 2>&1; then
    tail -30 "$WORK/debootstrap.log"
    return 1
  fi
  say "debootstrap took $((SECONDS - t0)) s"
  if [ $BASE_CACHE = 1 ]; then
    mkdir -p "$CACHE_DIR"
    tar -cpf "$cache.tmp" --numeric-owner -C "$ROOT" . && mv "$cache.tmp" "$cache"
    say "bare root kept in $cache"
  fi
}

# What an installed Debian 12 has and a bare root lacks: the same apt
# sources as this machine (so Debian's security updates, Node.js 18.20.4
# among them, are what gets installed), /etc/hosts, name resolution. And the
# network as this machine reaches it: its own CA certificates (those of a
# TLS-inspecting proxy, say), which Debian's ca-certificates adds to the
# system store when setup.sh installs it, as on a machine of that network.
configure_root() {
  rm -f "$ROOT/etc/apt/sources.list"
  cat >"$ROOT/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $MIRROR
Suites: $SUITE $SUITE-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $SECURITY
Suites: $SUITE-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  [ -s "$ROOT/etc/hosts" ] || printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$ROOT/etc/hosts"
  cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf"
  if [ -d /usr/local/share/ca-certificates ]; then
    mkdir -p "$ROOT/usr/local/share/ca-certificates"
    cp -a /usr/local/share/ca-certificates/. "$ROOT/usr/local/share/ca-certificates/"
  fi
  # The root shares this machine's network and processes: no package
  # installed in it may start a daemon here.
  printf '#!/bin/sh\nexit 101\n' >"$ROOT/usr/sbin/policy-rc.d"
  chmod 755 "$ROOT/usr/sbin/policy-rc.d"
}

clone_project() {
  local head; head=$(git -C "$SRC" rev-parse HEAD)
  [ -z "$(git -C "$SRC" status --porcelain)" ] || say "note: uncommitted changes of $SRC are not in the clone"
  say "cloning $SRC at $(git -C "$SRC" log -1 --format='%h %s' HEAD) into /root/mpp"
  git clone -q --no-hardlinks "$SRC" "$ROOT/root/mpp"
  git -C "$ROOT/root/mpp" checkout -q --detach "$head"
}

MOUNTED=()
mount_root() {
  mount -t proc proc "$ROOT/proc" && MOUNTED+=("$ROOT/proc")
  mount -t sysfs sysfs "$ROOT/sys" && MOUNTED+=("$ROOT/sys")
  mount --bind /dev "$ROOT/dev" && MOUNTED+=("$ROOT/dev")
  mount --bind /dev/pts "$ROOT/dev/pts" && MOUNTED+=("$ROOT/dev/pts")
  mount -t tmpfs -o mode=1777,nosuid,nodev shm "$ROOT/dev/shm" && MOUNTED+=("$ROOT/dev/shm")
}

unmount_root() {
  local i
  for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do
    umount "${MOUNTED[$i]}" 2>/dev/null || umount -l "${MOUNTED[$i]}"
  done
  MOUNTED=()
}

# root_cmd CMD...: sets ROOT_CMD to the command that runs CMD in /root/mpp
# of the root, as root, with the bare environment of a root login (and this
# machine's proxy, if it has one); chroot and env exec, so CMD keeps the pid.
# in_root CMD...: runs it.
root_cmd() {
  local v proxy=()
  for v in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY; do
    [ -z "${!v:-}" ] || proxy+=("$v=${!v}")
  done
  ROOT_CMD=(chroot "$ROOT" /usr/bin/env -i -C /root/mpp HOME=/root USER=root LOGNAME=root SHELL=/bin/bash
    TERM="${TERM:-dumb}" PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "${proxy[@]}" "$@")
}
in_root() { root_cmd "$@"; "${ROOT_CMD[@]}"; }

# ---- the steps ----
step_test() {
  say "scripts/test.sh in the root (log: $WORK/test.log)"
  local t0=$SECONDS
  if ! in_root scripts/test.sh 2>&1 | tee "$WORK/test.log"; then
    say "scripts/test.sh FAILED after $((SECONDS - t0)) s"
    return 1
  fi
  TIMES+=("scripts/test.sh $((SECONDS - t0)) s")
  say "scripts/test.sh passed in $((SECONDS - t0)) s ($(in_root node --version), $(in_root chromium --version 2>/dev/null || echo no chromium))"
  # promtool came without a Prometheus server
  if in_root dpkg-query -W -f="\${Status}\n" prometheus 2>/dev/null | grep -q "install ok installed"; then
    say "the prometheus package (a server) got installed"
    return 1
  fi
}

RUN_PID=
step_run() {
  say "MPP_PORT=$PORT scripts/run.sh in the background (log: $WORK/run.log)"
  local t0=$SECONDS reply=
  root_cmd env MPP_PORT="$PORT" scripts/run.sh
  "${ROOT_CMD[@]}" >"$WORK/run.log" 2>&1 & # run.sh ends with exec mppd: this pid
  RUN_PID=$!
  while [ $((SECONDS - t0)) -lt 1800 ]; do
    if ! kill -0 "$RUN_PID" 2>/dev/null; then
      tail -30 "$WORK/run.log"
      say "scripts/run.sh stopped before /healthz answered"
      return 1
    fi
    reply=$(in_root curl -sf "http://127.0.0.1:$PORT/healthz" 2>/dev/null) || reply=
    case "$reply" in *'"status":"ok"'*) break ;; esac
    sleep 1
  done
  case "$reply" in *'"status":"ok"'*) ;; *) say "no \"status\":\"ok\" from /healthz in 30 min"; return 1 ;; esac
  TIMES+=("scripts/run.sh to a healthy mppd $((SECONDS - t0)) s")
  say "scripts/run.sh served /healthz after $((SECONDS - t0)) s: $reply"
  kill -TERM "$RUN_PID"
  local rc=0
  wait "$RUN_PID" || rc=$?
  RUN_PID=
  [ $rc -eq 0 ] || { say "mppd exited $rc on SIGTERM"; tail -20 "$WORK/run.log"; return 1; }
  say "mppd stopped cleanly on SIGTERM"
}

step_deb() {
  say "scripts/package.sh in the root, scripts/package-test.sh in a second new root (log: $WORK/deb.log)"
  local t0=$SECONDS v deb up
  v=$(sed -n 's/^project(mpp VERSION \([0-9][0-9.]*\).*/\1/p' "$SRC/CMakeLists.txt")
  if ! { in_root scripts/package.sh --out /root/debs &&
         in_root scripts/package.sh --nocheck --version "$v+test1" --out /root/debs; } >"$WORK/deb.log" 2>&1; then
    tail -30 "$WORK/deb.log"
    say "scripts/package.sh FAILED after $((SECONDS - t0)) s"
    return 1
  fi
  deb=$(ls "$ROOT/root/debs/mpp_${v}_"*.deb) up=$(ls "$ROOT/root/debs/mpp_${v}+test1_"*.deb)
  TIMES+=("scripts/package.sh (twice) $((SECONDS - t0)) s")
  local t1=$SECONDS
  if ! MPP_DEB=$deb MPP_DEB_UPGRADE=$up "$SRC/scripts/package-test.sh" "$WORK/deb-root" >>"$WORK/deb.log" 2>&1; then
    tail -40 "$WORK/deb.log"
    say "scripts/package-test.sh FAILED after $((SECONDS - t1)) s (its root stays in $WORK/deb-root)"
    return 1
  fi
  rm -rf --one-file-system "$WORK/deb-root"
  TIMES+=("the .deb installed, served, upgraded and purged in a new root $((SECONDS - t1)) s")
  say "$(basename "$deb") installed in a new root, served /healthz as mpp, upgraded to $(basename "$up") keeping a ticket and the edited config, purged, in $((SECONDS - t1)) s"
}

free_port() {
  local p
  for p in $(seq 18080 18180); do
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
  return 1
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  [ -z "$RUN_PID" ] || { kill -TERM "$RUN_PID" 2>/dev/null; wait "$RUN_PID" 2>/dev/null || true; }
  unmount_root
  if [ $rc -eq 0 ] && [ $KEEP = 0 ] && [ -n "${ROOT:-}" ] && ! awk -v r="$ROOT/" 'index($5 "/", r) == 1 { f = 1 } END { exit !f }' /proc/self/mountinfo; then
    rm -rf --one-file-system "$ROOT"
    say "root removed; logs in $WORK"
  elif [ -n "${ROOT:-}" ]; then
    say "the root stays in $ROOT (logs in $WORK)"
  fi
  exit $rc
}

main() {
  local step
  for step in ${STEPS//,/ }; do
    declare -F "step_$step" >/dev/null || { echo "fresh-debian.sh: no step \"$step\"" >&2; exit 2; }
  done
  MIRROR=$(source_for "$SUITE" http://deb.debian.org/debian)
  SECURITY=$(source_for "$SUITE-security" http://deb.debian.org/debian-security)
  PORT=${PORT:-$(free_port)}
  if [ -n "$WORK" ]; then
    [ ! -e "$WORK" ] || [ -z "$(ls -A "$WORK")" ] || { echo "fresh-debian.sh: $WORK is not empty" >&2; exit 1; }
    mkdir -p "$WORK"
  else
    WORK=$(mktemp -d /var/tmp/mpp-fresh-debian.XXXXXX)
  fi
  ROOT=$WORK/root
  trap cleanup EXIT
  trap 'exit 130' INT TERM

  host_tools
  make_root
  configure_root
  clone_project
  mount_root
  TIMES=()
  for step in ${STEPS//,/ }; do "step_$step"; done
  local t; t=$(printf '%s, ' "${TIMES[@]}")
  say "done: ${t%, }"
}

main
