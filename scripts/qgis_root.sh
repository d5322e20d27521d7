#!/usr/bin/env bash
# Builds (once) a Debian root with another QGIS for the test matrix, and runs a command in it.
#
#   scripts/qgis_root.sh build 3.40          QGIS 3.40 LTR: Debian 13 "trixie" (Python 3.13, numpy 2.2)
#   scripts/qgis_root.sh build 3.44          QGIS 3.44: Debian unstable "sid" (numpy 2.4)
#   scripts/qgis_root.sh run 3.40 CMD...     CMD in a copy of this checkout inside the root (/work/geosam)
#
# Roots live in $GEOSAM_ROOTS (default /var/cache/geosam-qgis-roots), outside the repository, and are
# reused while this script is unchanged: its hash is written into the root as the very last step, so a
# root whose debootstrap or apt was interrupted has no stamp and is rebuilt, never used.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
ROOTS=${GEOSAM_ROOTS:-/var/cache/geosam-qgis-roots}

suite_of() {
  case "$1" in
    3.40) echo trixie ;;
    3.44) echo sid ;;
    *) echo "unknown QGIS version '$1': the matrix has 3.22 (this machine), 3.40 and 3.44" >&2; exit 2 ;;
  esac
}

fail() { echo "qgis_root: $*" >&2; exit 1; }

[ "$#" -ge 2 ] || fail "usage: $0 build|run VERSION [CMD...]"
action=$1 version=$2
shift 2
suite=$(suite_of "$version")
root=$ROOTS/$suite
stamp=$root/.geosam-root-recipe
# What a root is built from; a change here rebuilds the roots (edits elsewhere in this script do not).
PACKAGES="qgis python3-qgis qgis-providers python3-rasterio python3-venv python3-pip xvfb make git ca-certificates imagemagick xauth"
RECIPE_VERSION=2  # 2: apt accepts a snapshot mirror's expired Release file
recipe=$(echo "$suite $PACKAGES $RECIPE_VERSION" | sha256sum | cut -c1-16)

[ "$(id -u)" = 0 ] || fail "building and entering a Debian root needs root (debootstrap, chroot, mount): run as root."

mounted() { grep -q " $1 " /proc/mounts; }
mount_all() {
  mounted "$root/proc" || mount -t proc proc "$root/proc"
  mounted "$root/dev" || mount --bind /dev "$root/dev"
  mkdir -p "$root/dev/shm"
}
umount_all() {
  for m in "$root/dev" "$root/proc"; do
    if mounted "$m"; then umount -l "$m" || true; fi
  done
}

build() {
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$recipe" ]; then
    echo "== QGIS $version root ready: $root"
    return
  fi
  mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  mirror=${mirror:-http://deb.debian.org/debian}
  # One line, not a hang, when the package registry cannot be reached.
  if ! timeout 20 bash -c "exec 3<>/dev/tcp/$(echo "$mirror" | sed -E 's#^[a-z]+://([^/:]+).*#\1#')/80" 2>/dev/null; then
    fail "cannot reach the Debian mirror $mirror: the matrix needs the package registries (Debian and PyPI)."
  fi
  command -v debootstrap >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null; }
  echo "== building the QGIS $version root ($suite) in $root: about 5 minutes, once"
  umount_all
  rm -rf "$root"
  mkdir -p "$ROOTS"
  timeout 900 debootstrap --variant=minbase "$suite" "$root" "$mirror" > "$ROOTS/$suite-debootstrap.log" 2>&1 \
    || fail "debootstrap $suite failed (log: $ROOTS/$suite-debootstrap.log)"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  mkdir -p "$root/etc/ssl/certs"
  cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"
  [ -f /etc/pip.conf ] && cp /etc/pip.conf "$root/etc/pip.conf"
  if [ -d /etc/xdg/pip ]; then mkdir -p "$root/etc/xdg" && cp -r /etc/xdg/pip "$root/etc/xdg/pip"; fi
  # The mirror may be a dated snapshot: a suite whose Release file has passed its Valid-Until is still the one wanted.
  echo 'Acquire::Check-Valid-Until "false";' > "$root/etc/apt/apt.conf.d/99geosam-snapshot"
  mount_all
  trap umount_all EXIT
  chroot "$root" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive timeout 1200 chroot "$root" apt-get install -y -qq --no-install-recommends \
    $PACKAGES > "$ROOTS/$suite-apt.log" 2>&1 || fail "apt-get install in the $suite root failed (log: $ROOTS/$suite-apt.log)"
  echo "$recipe" > "$stamp"
  echo "== QGIS $version root ready: $root ($(chroot "$root" dpkg-query -W -f '${Version}' qgis))"
}

run() {
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$recipe" ] || build
  # This machine's certificate bundle and pip settings (the root's ca-certificates package rewrites its own).
  cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  mount_all
  trap umount_all EXIT
  dest=$root/work/geosam
  mkdir -p "$dest"
  # The checkout as it is now (files deleted here are deleted there), without this machine's venv and
  # outputs; the root keeps its own .venv between runs.
  find "$dest" -mindepth 1 -maxdepth 1 ! -name .venv -exec rm -rf {} +
  tar -C "$REPO" --exclude=./.venv --exclude=./.git --exclude=./demo_out --exclude=./bench_out --exclude=./desktop_out --exclude=./dist -cf - . | tar -C "$dest" -xf -
  chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    GEOSAM_QGIS_LEG="$version" bash -c "cd /work/geosam && $*"
}

copy_out() {
  # copy-out VERSION FOLDER DEST: bring a folder the command wrote in the root's checkout back here.
  [ "$#" -eq 2 ] || fail "usage: $0 copy-out VERSION FOLDER DEST"
  if [ -d "$root/work/geosam/$1" ]; then
    rm -rf "$REPO/$2" && cp -r "$root/work/geosam/$1" "$REPO/$2" && echo "== $2"
  fi
}

case "$action" in
  build) build ;;
  run) run "$@" ;;
  copy-out) copy_out "$@" ;;
  *) fail "usage: $0 build|run VERSION [CMD...]" ;;
esac
