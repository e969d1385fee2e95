#!/usr/bin/env bash
# Sets up and starts the hall: installs what is missing, builds, creates a
# local data folder with demo accounts (generated passwords, kept in
# data/demo-logins.txt) and runs mppd on http://localhost:8080 with the
# bundled plugins. Stop it with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMPP_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)"

CFG=${MPP_CONFIG:-mppd.cfg}
DATA=${MPP_DATA:-data}
PORT=${MPP_PORT:-8080}
mkdir -p "$DATA"
logins="$DATA/demo-logins.txt"
if [ ! -s "$logins" ]; then
  umask 077
  gen() { head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 14; }
  add() { # name role [agency]
    local pw; pw=$(gen)
    if [ -n "${3:-}" ]; then
      printf '%s\n' "$pw" | build/mppctl --config "$CFG" --data "$DATA" user add "$1" --role "$2" --agency "$3" >/dev/null
    else
      printf '%s\n' "$pw" | build/mppctl --config "$CFG" --data "$DATA" user add "$1" --role "$2" >/dev/null
    fi
    printf '%-22s %-8s %-12s %s\n' "$1" "$2" "${3:--}" "$pw" >>"$logins"
  }
  printf '%-22s %-8s %-12s %s\n' "user" "role" "agency" "password" >"$logins"
  add admin admin
  add papan display
  # one counter-staff account per agency of the hall config
  for agency in $(grep -o 'agency *= *"[a-z0-9-]*"' "$CFG" | sed 's/.*"\(.*\)"/\1/' | uniq); do
    add "petugas-$agency" staff "$agency"
  done
fi

cat <<TXT

  Mal Pelayanan Publik - sistem antrean / queue system
  ----------------------------------------------------
  Kiosk (ambil antrean)      http://localhost:$PORT/kiosk
  Loket (counter console)    http://localhost:$PORT/counter
  Papan (hall board)         http://localhost:$PORT/board
  Admin                      http://localhost:$PORT/admin
  Status tiket               http://localhost:$PORT/t/<token>  (from the ticket's QR code)
  Pesan antrean (booking)    http://localhost:$PORT/booking
  API                        http://localhost:$PORT/api/v1/agencies
  Health                     http://localhost:$PORT/healthz

TXT
# the same pages from the hall's other devices (admin page: "Perangkat")
for ip in $(hostname -I 2>/dev/null); do
  case "$ip" in *:*|127.*) continue ;; esac
  echo "  From other devices         http://$ip:$PORT/kiosk  (/counter, /board, /admin, /booking)"
done
cat <<TXT

  Demo logins (also in $logins):
TXT
sed 's/^/    /' "$logins"
echo
exec build/mppd --config "$CFG" --data "$DATA" --port "$PORT"
