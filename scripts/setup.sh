#!/usr/bin/env bash
# Installs the Debian packages mppd needs, only those that are missing.
#   scripts/setup.sh          to build and run
#   scripts/setup.sh --test   also what the tests need (cmocka, Node.js,
#                             promtool from the prometheus package)
#   scripts/setup.sh --package  also what scripts/package.sh needs
#                             (debhelper, lintian)
set -euo pipefail

pkgs=(build-essential cmake pkg-config liblua5.4-dev libwebsockets-dev liblmdb-dev
      lmdb-utils libconfig-dev libjansson-dev libsodium-dev libqrencode-dev curl ca-certificates)
pkgs+=(libsystemd-dev)  # sd_notify: mppd tells systemd it is ready (docs/operations.md)
if [ "${1:-}" = "--package" ]; then  # scripts/package.sh: the Debian package
  pkgs+=(debhelper lintian fakeroot dpkg-dev libcmocka-dev)
fi
if [ "${1:-}" = "--test" ]; then
  pkgs+=(libcmocka-dev valgrind chromium prometheus faketime)  # promtool checks /metrics; libfaketime for scripts/faketime.sh
  command -v node >/dev/null 2>&1 || pkgs+=(nodejs)
  command -v npm >/dev/null 2>&1 || pkgs+=(npm)
fi

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
