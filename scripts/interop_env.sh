#!/usr/bin/env bash
# The other tools, each in a side virtualenv of its own (they cannot share QGIS's Python: geosam 0.1.3
# needs numpy 2, GeoSAM-Image-Encoder 1.0.4 an old torchgeo), for the interoperability tests and fixtures.
#   build          make both virtualenvs and geosam's sam_b.pt in $GEOSAM_INTEROP_CACHE (idempotent, ~3 min once)
#   fixtures OUT   build, then write fresh fixtures into OUT (what tests/data/interop holds; about 2 min)
# Nothing is downloaded but packages: the weights are random (scripts/interop_weights.py).
set -euo pipefail
cd "$(dirname "$0")/.."
CACHE=${GEOSAM_INTEROP_CACHE:-/var/cache/geosam-interop}
PY=/usr/bin/python3
# The versions the committed fixtures were made with (tests/data/interop/VERSIONS.json records them all).
V2_PACKAGES="geosam[all]==0.1.3 ultralytics==8.4.190 torch==2.14.1 torchvision==0.29.1"
V1_PACKAGES="GeoSAM-Image-Encoder==1.0.4 torchgeo==0.5.2 segment-anything==1.0 numpy<2 torch==2.14.1 torchvision==0.29.1"

make_venv() {  # NAME PACKAGES...
  local name=$1; shift
  local dir=$CACHE/$name stamp="$*"
  if [ -f "$dir/.recipe" ] && [ "$(cat "$dir/.recipe")" = "$stamp" ]; then return; fi
  echo "== interop: building the $name virtualenv ($*)"
  rm -rf "$dir"
  $PY -m venv "$dir"
  "$dir/bin/pip" install -q "$@" 2>&1 | grep -v "^WARNING: Location" || true
  "$dir/bin/python" -c "import geosam" || { echo "interop: the $name virtualenv did not build" >&2; exit 1; }
  echo "$stamp" > "$dir/.recipe"  # last: an interrupted build is built again
}

build() {
  mkdir -p "$CACHE"
  make_venv v2 $V2_PACKAGES
  make_venv v1 $V1_PACKAGES
  GEOSAM_INTEROP_CACHE=$CACHE "$CACHE/v2/bin/python" scripts/interop_fixtures.py checkpoint
}

case "${1:-}" in
  build) build ;;
  fixtures)
    [ -n "${2:-}" ] || { echo "usage: $0 fixtures OUT" >&2; exit 2; }
    build
    mkdir -p "$2"
    GEOSAM_INTEROP_CACHE=$CACHE "$CACHE/v2/bin/python" scripts/interop_fixtures.py geosam "$2"
    GEOSAM_INTEROP_CACHE=$CACHE "$CACHE/v2/bin/python" scripts/interop_fixtures.py mobile-sam "$2"
    GEOSAM_INTEROP_CACHE=$CACHE "$CACHE/v1/bin/python" scripts/interop_fixtures.py v1 "$2"
    echo "== interop fixtures in $2"
    ;;
  *) echo "usage: $0 build | fixtures OUT" >&2; exit 2 ;;
esac
