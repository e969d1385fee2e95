#!/usr/bin/env bash
# Installs the Debian package into a Debian 12 root and runs it there as
# the service would, then upgrades it, removes and purges it:
#   - systemd-analyze verify on the installed units;
#   - mppctl run as root on the fresh data folder (the files stay mpp's);
#   - mppd started with the unit's ExecStart, as user mpp (setpriv, no
#     systemd in a chroot), on a free port written into /etc/mpp/mppd.cfg
#     (the hall's edit the upgrade must keep); readiness (READY=1) heard on
#     a NOTIFY_SOCKET; /healthz ok; a ticket issued; a login;
#     the unit's ExecReload (SIGHUP) reloads; the backup unit's ExecStart
#     makes today's copy and keeps 14;
#   - stopped (STOPPING=1, exit 0), upgraded to a higher version, started
#     again: the ticket is still there and the edited config survived;
#   - dpkg --remove keeps the config, --purge removes it and keeps the
#     queue data, which a reinstall serves again.
#
#   scripts/package-test.sh [ROOT]
#
# ROOT is the Debian 12 root to use. If it is missing or empty it is made
# with debootstrap (minbase, bookworm, from the host's Debian mirror or
# $MPP_DEBIAN_MIRROR) and kept; without ROOT a temporary one is made and
# removed afterwards. A root used before is cleared of mpp first.
# The packages: $MPP_DEB and $MPP_DEB_UPGRADE (a higher version), or built
# here with scripts/package.sh (the upgrade as <version>+test1).
# Runs as root (debootstrap, chroot, mount); everything it mounts is
# unmounted on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '== %s\n' "$*"; }
fail() { printf 'package-test: FAIL: %s\n' "$*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || { echo "package-test.sh: run it as root (debootstrap, chroot, mount)" >&2; exit 2; }

work=$(mktemp -d /tmp/mpp-package-test.XXXXXX)
root='' made_root='' mppd_pid='' notify_pid=''
mounted=()

cleanup() {
  local rc=$?
  set +e
  if [ -n "$mppd_pid" ] && kill -0 "$mppd_pid" 2>/dev/null; then
    kill -TERM "$mppd_pid"; sleep 2; kill -KILL "$mppd_pid" 2>/dev/null; wait "$mppd_pid" 2>/dev/null
  fi
  if [ -n "$notify_pid" ]; then kill "$notify_pid" 2>/dev/null; wait "$notify_pid" 2>/dev/null; fi
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}"
  done
  if [ -n "$made_root" ] && [ -n "$root" ]; then
    if findmnt -rn -o TARGET | grep -q "^$root/"; then
      echo "package-test: $root still has mounts; not removing it" >&2
    else
      rm -rf --one-file-system "$root"
    fi
  fi
  if [ "$rc" -ne 0 ] && [ -e "$work/mppd.log" ]; then
    echo "--- mppd's log (last lines):" >&2; tail -n 30 "$work/mppd.log" >&2
    echo "--- what mppd told the notify socket:" >&2; cat "$work/notify.log" >&2
  fi
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

scripts/setup.sh --package # debhelper, lintian, debootstrap, python3 (the notify socket)

# ---- the packages ----
if [ -n "${MPP_DEB:-}" ] && [ -n "${MPP_DEB_UPGRADE:-}" ]; then
  deb1=$(realpath "$MPP_DEB") deb2=$(realpath "$MPP_DEB_UPGRADE")
else
  version=$(sed -n 's/^project(mpp VERSION \([0-9][0-9.]*\).*/\1/p' CMakeLists.txt)
  log "building mpp $version and the upgrade ${version}+test1"
  scripts/package.sh --out "$work/debs" >"$work/package1.log" 2>&1 || { cat "$work/package1.log" >&2; fail "package.sh"; }
  scripts/package.sh --nocheck --version "${version}+test1" --out "$work/debs" >"$work/package2.log" 2>&1 ||
    { cat "$work/package2.log" >&2; fail "package.sh --version ${version}+test1"; }
  deb1=$(ls "$work"/debs/mpp_"${version}"_*.deb) deb2=$(ls "$work"/debs/mpp_"${version}"+test1_*.deb)
fi
v1=$(dpkg-deb -f "$deb1" Version) v2=$(dpkg-deb -f "$deb2" Version)
dpkg --compare-versions "$v2" gt "$v1" || fail "the upgrade ($v2) is not newer than $v1"

# ---- the root ----
if [ $# -ge 1 ]; then
  root=$(realpath -m "$1")
else
  root=$(mktemp -d /tmp/mpp-root.XXXXXX)
  made_root=1
fi
if [ ! -e "$root/etc/debian_version" ]; then
  [ -z "$(ls -A "$root" 2>/dev/null)" ] || fail "$root is neither empty nor a Debian root"
  mirror=${MPP_DEBIAN_MIRROR:-}
  [ -n "$mirror" ] || mirror=$(awk '/^URIs:/ {u = $2} /^Suites:/ && / bookworm( |$)/ {print u; exit}' \
    /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
  [ -n "$mirror" ] || mirror=$(awk '$1 == "deb" && $3 == "bookworm" {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
  [ -n "$mirror" ] || mirror=http://deb.debian.org/debian
  log "debootstrap bookworm into $root from $mirror (a few minutes)"
  debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
    { tail -n 20 "$work/debootstrap.log" >&2; fail "debootstrap"; }
fi
chmod 0755 "$root" # the root's "/" (mktemp makes 0700, which user mpp could not enter)
grep -q '^12' "$root/etc/debian_version" || fail "$root is not Debian 12 ($(cat "$root/etc/debian_version"))"

mount_in() { # type-or-bind source target
  mkdir -p "$root$3"
  if [ "$1" = bind ]; then mount --bind "$2" "$root$3"; else mount -t "$1" "$2" "$root$3"; fi
  mounted+=("$root$3")
}
mount_in proc proc /proc
mount_in sysfs sys /sys
mount_in bind /dev /dev
mount_in bind /dev/pts /dev/pts
cp /etc/resolv.conf "$root/etc/resolv.conf"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
  DEBIAN_FRONTEND=noninteractive "$@"; }

if in_root dpkg-query -W -f="\${Status}" mpp 2>/dev/null | grep -q installed ||
   [ -e "$root/var/lib/mpp" ] || [ -e "$root/etc/mpp" ]; then
  log "clearing an earlier mpp from $root"
  in_root dpkg --purge mpp >/dev/null 2>&1 || true
  rm -rf "$root/var/lib/mpp" "$root/etc/mpp"
fi
log "apt-get update and systemd (for systemd-analyze) in $root"
in_root apt-get update -qq >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt-get update in $root"; }
in_root apt-get install -y -qq --no-install-recommends systemd >"$work/apt.log" 2>&1 ||
  { cat "$work/apt.log" >&2; fail "installing systemd in $root"; }

mkdir -p "$root/tmp/mpp-debs"
cp "$deb1" "$deb2" "$root/tmp/mpp-debs/"
apt_install() { # the .deb's name; the hall's edited conffiles stay (confold)
  in_root apt-get install -y -qq --no-install-recommends -o Dpkg::Options::=--force-confold \
    "/tmp/mpp-debs/$1" >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "installing $1"; }
}

# ---- install ----
log "installing $(basename "$deb1")"
apt_install "$(basename "$deb1")"
[ "$(in_root dpkg-query -W -f="\${Version}" mpp)" = "$v1" ] || fail "mpp $v1 is not installed"
for f in /usr/sbin/mppd /usr/sbin/mppctl /etc/mpp/mppd.cfg /usr/share/mpp/web/kiosk.html \
         /lib/systemd/system/mpp.service /lib/systemd/system/mpp-backup.timer; do
  [ -e "$root$f" ] || fail "$f is not installed"
done
installed_plugins=("$root"/etc/mpp/plugins/*.lua)
[ "${#installed_plugins[@]}" -eq 20 ] || fail "not 20 plugins in /etc/mpp/plugins"
grep -q '^/etc/mpp/plugins/dukcapil.lua$' "$root/var/lib/dpkg/info/mpp.conffiles" || fail "plugins are not conffiles"
grep -q '^/etc/mpp/mppd.cfg$' "$root/var/lib/dpkg/info/mpp.conffiles" || fail "mppd.cfg is not a conffile"
in_root getent passwd mpp >/dev/null || fail "no user mpp"
owner=$(in_root stat -c '%U:%G %a' /var/lib/mpp)
[ "$owner" = "mpp:mpp 750" ] || fail "/var/lib/mpp is $owner"
[ -L "$root/etc/systemd/system/multi-user.target.wants/mpp.service" ] || fail "mpp.service is not enabled"
[ -L "$root/etc/systemd/system/timers.target.wants/mpp-backup.timer" ] || fail "mpp-backup.timer is not enabled"
log "installed: mppd, mppctl, pages, 20 plugins and mppd.cfg as conffiles, user mpp, units enabled"

log "systemd-analyze verify"
in_root systemd-analyze verify --man=no /lib/systemd/system/mpp.service \
  /lib/systemd/system/mpp-backup.service /lib/systemd/system/mpp-backup.timer >"$work/verify.log" 2>&1 ||
  { cat "$work/verify.log" >&2; fail "systemd-analyze verify"; }
if [ -s "$work/verify.log" ]; then cat "$work/verify.log"; fail "systemd-analyze verify had remarks"; fi
log "systemd-analyze verify: no remarks"

# ---- the hall's edits: a free port and a name ----
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cfg=$root/etc/mpp/mppd.cfg
sed -i -e "s/^  port = 8080;/  port = $port;/" \
  -e 's/^  name = "\(.*\)";/  name = "\1 (uji paket)";/' "$cfg"
{ grep -q "^  port = $port;" "$cfg" && grep -q '(uji paket)' "$cfg"; } || fail "could not edit $cfg"
{ grep -q '^  data = "/var/lib/mpp";' "$cfg" && grep -q '^  web = "/usr/share/mpp/web";' "$cfg" &&
  grep -q '^  plugins = "/etc/mpp/plugins";' "$cfg"; } || fail "$cfg does not point at the installed folders"

# ---- mppctl as root on the fresh data folder ----
printf 'rahasia-uji-123\n' | in_root mppctl --config /etc/mpp/mppd.cfg user add uji-admin --role admin >/dev/null ||
  fail "mppctl user add as root"
for f in data.mdb lock.mdb; do
  owner=$(in_root stat -c %U "/var/lib/mpp/$f")
  [ "$owner" = mpp ] || fail "mppctl as root left $f owned by $owner"
done
log "mppctl as root: account added, the store's files belong to mpp"

# ---- run it as the unit does ----
mkdir -p "$root/run/mpp-test"
rm -f "$root/run/mpp-test/notify.sock"
notes=$work/notify.log
: >"$notes"
python3 - "$root/run/mpp-test/notify.sock" "$notes" <<'PY' &
# The NOTIFY_SOCKET of the test: each message as one line ("|" for "\n").
import os, socket, sys
path, out = sys.argv[1], sys.argv[2]
if os.path.exists(path):
    os.unlink(path)
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(path)
os.chmod(path, 0o777)
with open(out, "a") as f:
    while True:
        f.write(s.recv(4096).decode(errors="replace").replace("\n", "|") + "\n")
        f.flush()
PY
notify_pid=$!
for _ in $(seq 100); do [ -S "$root/run/mpp-test/notify.sock" ] && break; sleep 0.1; done
[ -S "$root/run/mpp-test/notify.sock" ] || fail "the test's notify socket did not come up"

unit=$root/lib/systemd/system/mpp.service
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
exec_reload=$(sed -n 's/^ExecReload=//p' "$unit")
workdir=$(sed -n 's/^WorkingDirectory=//p' "$unit")
umask_unit=$(sed -n 's/^UMask=//p' "$unit")
{ [ -n "$exec_start" ] && [ -n "$exec_reload" ]; } || fail "no ExecStart/ExecReload in mpp.service"

as_mpp() { # execs a unit's command line as User=mpp, with its umask and folder
  exec chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    NOTIFY_SOCKET=/run/mpp-test/notify.sock \
    setpriv --reuid=mpp --regid=mpp --init-groups --no-new-privs -- \
    /bin/sh -c "umask ${umask_unit:-0022}; cd ${workdir:-/}; exec $1"
}

notes_count() { grep -c -- "$1" "$notes" || true; }

start_mppd() {
  local ready_before
  ready_before=$(notes_count 'READY=1')
  as_mpp "$exec_start" >>"$work/mppd.log" 2>&1 &
  mppd_pid=$!
  for _ in $(seq 300); do
    [ "$(notes_count 'READY=1')" -gt "$ready_before" ] && break
    kill -0 "$mppd_pid" 2>/dev/null || fail "mppd exited before it was ready"
    sleep 0.1
  done
  [ "$(notes_count 'READY=1')" -gt "$ready_before" ] || fail "no READY=1 within 30 s"
  [ "$(awk '/^Uid:/ {print $2}' "/proc/$mppd_pid/status")" = "$(in_root id -u mpp)" ] ||
    fail "mppd does not run as mpp"
  health=$(curl -sf "http://127.0.0.1:$port/healthz") || fail "/healthz on port $port"
  [ "$(printf '%s' "$health" | python3 -c 'import json, sys; print(json.load(sys.stdin)["status"])')" = ok ] ||
    fail "/healthz: $health"
}

stop_mppd() {
  local rc=0 stopping_before
  stopping_before=$(notes_count 'STOPPING=1')
  kill -TERM "$mppd_pid"
  wait "$mppd_pid" || rc=$?
  mppd_pid=
  [ "$rc" -eq 0 ] || fail "mppd exited with $rc on SIGTERM"
  [ "$(notes_count 'STOPPING=1')" -gt "$stopping_before" ] || fail "no STOPPING=1"
}

ticket_of() { # token -> "number status" of GET /api/v1/tickets/<token>
  curl -sf "http://127.0.0.1:$port/api/v1/tickets/$1" |
    python3 -c 'import json, sys; t = json.load(sys.stdin)["ticket"]; print(t["number"], t["status"])'
}

login_ok() {
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'content-type: application/json' \
    -d '{"username":"uji-admin","password":"rahasia-uji-123"}' "http://127.0.0.1:$port/api/v1/session")" = 200 ]
}

log "starting mppd as mpp: $exec_start"
start_mppd
log "ready on port $port (READY=1: $(grep 'READY=1' "$notes" | tail -1 | sed 's/.*STATUS=//')), /healthz ok"

services=$(curl -sf "http://127.0.0.1:$port/api/v1/agencies" |
  python3 -c 'import json, sys; print("\n".join(s["id"] for a in json.load(sys.stdin)["agencies"] for s in a["services"]))')
token='' number=''
for svc in $services; do
  reply=$(curl -s -H 'content-type: application/json' -d "{\"service\":\"$svc\"}" -w '\n%{http_code}' \
    "http://127.0.0.1:$port/api/v1/tickets")
  if [ "$(tail -n 1 <<<"$reply")" = 201 ]; then
    read -r token number < <(head -n 1 <<<"$reply" |
      python3 -c 'import json, sys; t = json.load(sys.stdin)["ticket"]; print(t["token"], t["number"])')
    break
  fi
done
[ -n "$token" ] || fail "no service issued a ticket"
[ "$(ticket_of "$token")" = "$number waiting" ] || fail "the new ticket reads $(ticket_of "$token")"
login_ok || fail "uji-admin cannot log in"
log "ticket $number issued ($svc); uji-admin logs in"

reload=${exec_reload//\$MAINPID/$mppd_pid}
read -ra reload_cmd <<<"$reload"
chroot "$root" "${reload_cmd[@]}" || fail "ExecReload: $reload"
for _ in $(seq 50); do [ "$(notes_count 'READY=1')" -ge 2 ] && break; sleep 0.1; done
{ grep -q 'RELOADING=1' "$notes" && [ "$(notes_count 'READY=1')" -ge 2 ]; } || fail "no RELOADING=1 / READY=1 after $reload"
curl -sf "http://127.0.0.1:$port/healthz" >/dev/null || fail "/healthz after the reload"
log "ExecReload ($reload): RELOADING=1, READY=1, still serving"

backup_start=$(sed -n 's/^ExecStart=//p' "$root/lib/systemd/system/mpp-backup.service")
umask_unit=$(sed -n 's/^UMask=//p' "$root/lib/systemd/system/mpp-backup.service")
# shellcheck disable=SC2016 # $d is the inner shell's
in_root setpriv --reuid=mpp --regid=mpp --init-groups -- sh -c \
  'mkdir -p /var/lib/mpp/backups && for d in 01 02 03 04 05 06 07 08 09 10 11 12 13 14 15; do mkdir -p /var/lib/mpp/backups/2000-01-$d; done'
(as_mpp "$backup_start") >"$work/backup.log" 2>&1 || { cat "$work/backup.log" >&2; fail "mpp-backup: $backup_start"; }
today=$(date +%F)
[ -s "$root/var/lib/mpp/backups/$today/data.mdb" ] || fail "no backups/$today/data.mdb"
dated=("$root"/var/lib/mpp/backups/[0-9]*-[0-9]*-[0-9]*)
kept=${#dated[@]}
[ "$kept" -eq 14 ] || fail "$kept dated backups kept, not 14"
{ [ ! -e "$root/var/lib/mpp/backups/2000-01-02" ] && [ -e "$root/var/lib/mpp/backups/2000-01-03" ]; } ||
  fail "the oldest backups were not the ones removed"
umask_unit=$(sed -n 's/^UMask=//p' "$unit")
log "mpp-backup ($backup_start): backups/$today made, 14 copies kept"

stop_mppd
log "stopped: STOPPING=1, exit 0"

# ---- upgrade ----
log "upgrading to $(basename "$deb2")"
apt_install "$(basename "$deb2")"
[ "$(in_root dpkg-query -W -f="\${Version}" mpp)" = "$v2" ] || fail "mpp $v2 is not installed"
{ grep -q "^  port = $port;" "$cfg" && grep -q '(uji paket)' "$cfg"; } || fail "the edited mppd.cfg did not survive the upgrade"
{ [ ! -e "$cfg.dpkg-new" ] && [ ! -e "$cfg.dpkg-old" ]; } || fail "dpkg left $cfg.dpkg-new/.dpkg-old"
start_mppd
[ "$(ticket_of "$token")" = "$number waiting" ] || fail "after the upgrade the ticket reads '$(ticket_of "$token")'"
login_ok || fail "uji-admin cannot log in after the upgrade"
stop_mppd
log "after the upgrade: config edit kept, ticket $number still waiting, login works"

# ---- remove, purge, reinstall ----
in_root dpkg --remove mpp >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg --remove"; }
{ [ ! -e "$root/usr/sbin/mppd" ] && [ -e "$cfg" ]; } || fail "dpkg --remove: binaries must go, the config stay"
in_root dpkg --purge mpp >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg --purge"; }
[ ! -e "$root/etc/mpp" ] || fail "dpkg --purge left /etc/mpp: $(ls -R "$root/etc/mpp")"
[ ! -e "$root/etc/systemd/system/multi-user.target.wants/mpp.service" ] || fail "purge left mpp.service enabled"
[ -s "$root/var/lib/mpp/data.mdb" ] || fail "dpkg --purge removed the queue data"
in_root getent passwd mpp >/dev/null || fail "purge removed the user mpp"
log "remove keeps the config; purge removes it, keeps /var/lib/mpp ($(sed -n 's/^mpp: //p' "$work/dpkg.log"))"

apt_install "$(basename "$deb2")"
sed -i "s/^  port = 8080;/  port = $port;/" "$cfg"
start_mppd
[ "$(ticket_of "$token")" = "$number waiting" ] || fail "after purge and reinstall the ticket reads '$(ticket_of "$token")'"
stop_mppd
log "reinstalled on the kept data: ticket $number still there"

log "package test passed ($v1 -> $v2 in $root)"
