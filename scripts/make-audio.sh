#!/usr/bin/env bash
# Makes the word clips the hall board plays for a call ("Nomor antrean, A,
# nol, nol, tujuh, silakan menuju loket, lima", or the short "A, nol,
# nol, tujuh, loket lima") and its chime, into
# web/audio/ as small mono Ogg Vorbis files. Uses Debian's espeak-ng with
# its Indonesian voice and sox; no network, no recorded voice needed.
# A hall that records its own voice may replace any clip with a file of
# the same name.
#   scripts/make-audio.sh            (apt install espeak-ng sox libsox-fmt-all)
set -euo pipefail
cd "$(dirname "$0")/.."
out=web/audio
mkdir -p "$out"
for tool in espeak-ng sox; do
  command -v "$tool" >/dev/null || { echo "make-audio.sh: $tool is missing (apt install espeak-ng sox libsox-fmt-all)" >&2; exit 1; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# clip NAME TEXT: speak TEXT in Indonesian, trim the silence, encode
clip() {
  espeak-ng -v id -s 135 -p 45 -a 180 -w "$tmp/$1.wav" "$2"
  sox "$tmp/$1.wav" -r 22050 -c 1 -C 0 "$out/$1.ogg" \
    silence 1 0.02 0.5% reverse silence 1 0.02 0.5% reverse pad 0 0.12 norm -1
}

digits=(nol satu dua tiga empat lima enam tujuh delapan sembilan)
clip nomor-antrean "nomor antrean"
clip silakan-menuju-loket "silakan menuju loket"
clip loket "loket" # the short sentence: "A, nol, nol, tujuh, loket lima"
for i in "${!digits[@]}"; do clip "angka-$i" "${digits[$i]}"; done

# letters as Indonesian halls spell them
declare -A letters=([a]=a [b]=be [c]=ce [d]=de [e]=e [f]=ef [g]=ge [h]=ha [i]=i [j]=je
  [k]=ka [l]=el [m]=em [n]=en [o]=o [p]=pe [q]=ki [r]=er [s]=es [t]=te [u]=u [v]=fe
  [w]=we [x]=eks [y]=ye [z]=zet)
for l in "${!letters[@]}"; do clip "huruf-$l" "${letters[$l]}"; done

# counters 1..40 whole; larger numbers are built from these words
words() { # the Indonesian words of 1..99
  local n=$1
  if [ "$n" -lt 10 ]; then echo "${digits[$n]}"
  elif [ "$n" -eq 10 ]; then echo "sepuluh"
  elif [ "$n" -eq 11 ]; then echo "sebelas"
  elif [ "$n" -lt 20 ]; then echo "${digits[$((n - 10))]} belas"
  elif [ $((n % 10)) -eq 0 ]; then echo "${digits[$((n / 10))]} puluh"
  else echo "${digits[$((n / 10))]} puluh ${digits[$((n % 10))]}"
  fi
}
for n in $(seq 1 40); do clip "loket-$n" "$(words "$n")"; done
for w in "${digits[@]}" sepuluh sebelas belas puluh ratus seratus ribu seribu; do clip "kata-$w" "$w"; done

# the chime: two soft bell tones, "ding-dong"
sox -n -r 22050 -c 1 "$tmp/ding.wav" synth 0.55 sine 880 sine 1320 remix - fade q 0.01 0.55 0.45 vol 0.5
sox -n -r 22050 -c 1 "$tmp/dong.wav" synth 0.8 sine 659 sine 988 remix - fade q 0.01 0.8 0.7 vol 0.5
sox "$tmp/ding.wav" "$tmp/dong.wav" -C 0 "$out/chime.ogg" pad 0 0.25 norm -3

clips=("$out"/*)
echo "make-audio.sh: ${#clips[@]} clips in $out ($(du -sh "$out" | cut -f1))"
