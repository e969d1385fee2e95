#!/usr/bin/env bash
# Builds the Debian package of the hall, mpp_<version>_<arch>.deb, with
# debhelper, and checks it with lintian (an error fails the build).
#
#   scripts/package.sh [--version V] [--out DIR] [--nocheck]
#
#   --version V  the package version (default: project() in CMakeLists.txt),
#                e.g. a higher one to rehearse an upgrade
#   --out DIR    where the .deb goes (default: build-deb/)
#   --nocheck    skip the C unit tests in the package build
#
# The package is built from the files of this working tree (committed or
# not, as git lists them) copied into a temporary tree, with
# scripts/debian/ as its debian/ folder and a changelog entry made here.
# Installs what it needs first (scripts/setup.sh --package).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

version=
out=$repo/build-deb
nocheck=
while [ $# -gt 0 ]; do
  case $1 in
    --version) version=${2:?--version needs a value}; shift 2 ;;
    --out) out=${2:?--out needs a folder}; shift 2 ;;
    --nocheck) nocheck=1; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "package.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
[ -n "$version" ] || version=$(sed -n 's/^project(mpp VERSION \([0-9][0-9.]*\).*/\1/p' CMakeLists.txt)
if ! [[ $version =~ ^[0-9][A-Za-z0-9.+~]*$ ]]; then
  echo "package.sh: '$version' is not a package version (digits first, then A-Z a-z 0-9 . + ~)" >&2
  exit 2
fi

scripts/setup.sh --package

tree=$(mktemp -d /tmp/mpp-package.XXXXXX)
trap 'rm -rf "$tree"' EXIT
src=$tree/mpp-$version
mkdir -p "$src"
git ls-files -z --cached --others --exclude-standard |
  while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done |
  tar --null -T - -cf - | tar -xf - -C "$src"
cp -r scripts/debian "$src/debian"
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
maintainer=$(sed -n 's/^Maintainer: //p' scripts/debian/control)
cat >"$src/debian/changelog" <<TXT
mpp ($version) stable; urgency=medium

  * Release $version, built from commit $commit.

 -- $maintainer  $(date -R)
TXT

jobs=$(( $(nproc) < 2 ? $(nproc) : 2 ))
export DEB_BUILD_OPTIONS="parallel=$jobs${nocheck:+ nocheck}"
mkdir -p "$out"
arch=$(dpkg --print-architecture)
deb=mpp_${version}_${arch}.deb
log=$out/mpp_${version}_${arch}.build.log
(cd "$src" && dpkg-buildpackage -b -us -uc ${nocheck:+-Pnocheck}) >"$log" 2>&1 || {
  tail -n 60 "$log" >&2
  echo "package.sh: dpkg-buildpackage failed (the last lines are above; all of it in $log)" >&2
  exit 1
}
cp "$tree/$deb" "$out/"
echo "package: $out/$deb"
dpkg-deb --info "$out/$deb" | sed -n 's/^ \(Package\|Version\|Depends\):/  \1:/p'

# lintian prints every tag; an error fails the build, warnings are shown
rc=0
lint=$(lintian --fail-on error --tag-display-limit 0 "$out/$deb" 2>&1) || rc=$?
printf '%s\n' "$lint" | grep -v -e 'root privileges' -e '^$' || true
if [ "$rc" -ne 0 ]; then
  echo "lintian: $deb has errors (above)" >&2
  exit 1
fi
echo "lintian: no errors"
