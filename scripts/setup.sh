#!/usr/bin/env bash
# Installs the Debian packages mppd needs, only those that are missing. The
# one place where scripts install anything; the other scripts call it.
#   scripts/setup.sh          to build and run
#   scripts/setup.sh --test   also every tool of the tests: scripts/test.sh and
#                             the reliability and fuzz scripts, long runs included
#   scripts/setup.sh --bench  also the benchmark's tools (scripts/bench.sh)
#   scripts/setup.sh --package  also what scripts/package.sh needs
#                             (debhelper, lintian)
# A new need is one more line in its group below.
set -euo pipefail

# to build and run mppd
run_pkgs=(
  build-essential cmake pkg-config
  liblua5.4-dev libwebsockets-dev liblmdb-dev lmdb-utils libconfig-dev
  libjansson-dev libsodium-dev libqrencode-dev
  zlib1g-dev           # the catalogue gzipped once for browsers that ask
  curl ca-certificates # run.sh and the scripts ask /healthz with curl
  tzdata               # the hall's time zone (mppd.cfg: Asia/Jakarta)
  libsystemd-dev       # sd_notify: mppd tells systemd it is ready (docs/operations.md)
  libcurl4-openssl-dev # the notification gateway: messages are POSTed to it (docs/notify.md)
  libnats-dev          # the event export to NATS JetStream, and mppagg (docs/export.md)
)
# the tests; promtool comes apart (install_promtool below)
test_pkgs=(
  libcmocka-dev            # C unit tests
  chromium                 # browser tests (playwright-core drives Debian's Chromium)
  fonts-dejavu-core        # a font for the pages' text in Chromium
  openssl                  # tls.test.mjs makes its certificate
  procps                   # pgrep (strace-order.sh)
  strace                   # scripts/strace-order.sh
  faketime                 # scripts/faketime.sh (libfaketime)
  valgrind                 # scripts/soak.sh
  clang libclang-rt-14-dev # scripts/fuzz.sh: libFuzzer and the sanitizer runtimes
  clang-format             # test.sh: the C code keeps .clang-format's layout
  nginx                    # proxy.test.mjs puts Debian's nginx in front of mppd (kept off: below)
  shellcheck               # test.sh checks scripts/*.sh and scripts/lib/*.sh
  nats-server              # export.test.mjs starts Debian's NATS JetStream servers (kept off: below)
)
bench_pkgs=(wrk jq nginx) # and Node.js (below): scripts/bench-report.mjs writes the page; nginx stands in for the gateway
# scripts/package.sh builds the .deb; scripts/package-test.sh installs it in
# a new root (debootstrap) and hears its readiness (python3: a notify socket)
# (git: package.sh takes the files git tracks, also from a root that only
# holds a copied clone)
package_pkgs=(debhelper lintian fakeroot dpkg-dev libcmocka-dev debootstrap python3-minimal git)

pkgs=("${run_pkgs[@]}")
promtool=0
case "${1:-}" in
  --test)
    pkgs+=("${test_pkgs[@]}")
    promtool=1
    command -v node >/dev/null 2>&1 || pkgs+=(nodejs) # Debian's Node.js 18 when there is none
    command -v npm >/dev/null 2>&1 || pkgs+=(npm)
    ;;
  --bench)
    pkgs+=("${bench_pkgs[@]}")
    command -v node >/dev/null 2>&1 || pkgs+=(nodejs)
    ;;
  --package) pkgs+=("${package_pkgs[@]}") ;;
  "") ;;
  *) echo "usage: scripts/setup.sh [--test|--bench|--package]" >&2; exit 2 ;;
esac

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ "$promtool" = 1 ] && command -v promtool >/dev/null 2>&1 && promtool=0
[ ${#missing[@]} -gt 0 ] || [ "$promtool" = 1 ] || exit 0

if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
# another apt run (unattended upgrades, a second checkout's setup) may hold the lock
APT=(apt-get -qq -o DPkg::Lock::Timeout=600)
$SUDO "${APT[@]}" update
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  # a package that ships a server (nginx) must not start or enable it: the
  # tests start their own on free ports. policy-rc.d refuses the start;
  # the service is disabled after.
  policy=
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    policy=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\n# scripts/setup.sh: no service starts while it installs\nexit 101\n' |
      $SUDO tee "$policy" >/dev/null
    $SUDO chmod 755 "$policy"
  fi
  DEBIAN_FRONTEND=noninteractive $SUDO "${APT[@]}" install -y --no-install-recommends "${missing[@]}" ||
    { [ -z "$policy" ] || $SUDO rm -f "$policy"; exit 1; }
  [ -z "$policy" ] || $SUDO rm -f "$policy"
  for p in "${missing[@]}"; do
    case $p in
      nginx | nats-server)
        $SUDO systemctl disable "$p" >/dev/null 2>&1 || true
        $SUDO update-rc.d "$p" disable >/dev/null 2>&1 || true ;;
    esac
  done
fi

# promtool checks /metrics (tests/integration/metrics.test.mjs). Debian ships it
# only in the prometheus package, whose install enables and starts a Prometheus
# server on port 9090 at every boot; so only its /usr/bin/promtool (one Go
# binary needing only libc) is unpacked into /usr/local/bin, no server.
if [ "$promtool" = 1 ]; then
  echo "Installing: promtool (from Debian's prometheus package, into /usr/local/bin)"
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  [ -z "$SUDO" ] && { chown _apt "$tmp" 2>/dev/null || true; } # root's apt downloads as _apt
  (cd "$tmp" && "${APT[@]}" download prometheus)
  dpkg-deb --fsys-tarfile "$tmp"/prometheus_*.deb | tar -xO ./usr/bin/promtool >"$tmp/promtool"
  $SUDO install -m 755 "$tmp/promtool" /usr/local/bin/promtool
  /usr/local/bin/promtool --version >/dev/null
fi
