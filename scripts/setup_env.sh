#!/usr/bin/env bash
# Installs everything the project needs on Debian (12 with QGIS 3.22, 13 with 3.40, unstable with 3.44):
# QGIS from Debian's packages (when missing, as root) and the Python packages for QGIS's own interpreter
# in .venv. The packages come from geo_sam_plugin/pins.py, constrained to the numpy and GEOS of the QGIS
# at hand. Idempotent: a second run takes about a second.
set -euo pipefail
cd "$(dirname "$0")/.."
QGIS_PY=/usr/bin/python3
VENV=.venv
STAMP=$VENV/.geosam-setup-stamp

# The translations (.ts, committed) built into the .qm files QGIS loads, with Qt's lrelease.
build_translations() {
  lrelease=/usr/lib/qt5/bin/lrelease
  if [ ! -x $lrelease ]; then
    if [ "$(id -u)" != 0 ]; then echo "lrelease is missing: sudo apt-get install qttools5-dev-tools (the dock stays in English)" >&2; return; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends qttools5-dev-tools >/dev/null 2>&1 \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends qttools5-dev-tools >/dev/null; }
  fi
  for ts in i18n/*.ts; do
    qm=${ts%.ts}.qm
    [ "$qm" -nt "$ts" ] || $lrelease -silent "$ts" -qm "$qm"
  done
}
if [ "${1:-}" = "--translations-only" ]; then  # make zip, make deploy, make translations: lrelease only
  build_translations
  exit 0
fi

debian_packages="qgis python3-qgis qgis-providers python3-rasterio python3-venv xvfb"
if ! $QGIS_PY -c "import qgis.core, rasterio, venv" >/dev/null 2>&1 || ! command -v qgis_process >/dev/null; then
  if [ "$(id -u)" != 0 ]; then
    echo "QGIS is missing: run as root, or: sudo apt-get install $debian_packages" >&2
    exit 1
  fi
  echo "== installing QGIS from Debian's packages (about 70 s)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $debian_packages >/dev/null
fi

# The desktop test drives QGIS with real input events (xdotool) on a virtual screen (Xvfb).
if ! command -v xdotool >/dev/null || ! command -v Xvfb >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends xdotool xvfb >/dev/null 2>&1 \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends xdotool xvfb >/dev/null; }
  else
    echo "xdotool / Xvfb missing (sudo apt-get install xdotool xvfb): the desktop test will be skipped" >&2
  fi
fi

# The WMS test serves the demo image with QGIS Server's development server (qgis_mapserver, Debian's qgis-server-bin).
if ! command -v qgis_mapserver >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends qgis-server-bin qgis-server-wms >/dev/null 2>&1 \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends qgis-server-bin qgis-server-wms >/dev/null 2>&1; } \
      || echo "qgis-server-bin / qgis-server-wms could not be installed: the WMS test will be skipped" >&2
  else
    echo "qgis_mapserver missing (sudo apt-get install qgis-server-bin qgis-server-wms): the WMS test will be skipped" >&2
  fi
fi


build_translations

# GeoSAM's runtime: the Python environment of its own where the engine's worker runs (no system site-packages, outside
# the checkout and QGIS: ~/.local/share/GeoSAM/runtime, or $GEOSAM_RUNTIME), built from QGIS's own interpreter by the
# same code as the in-QGIS installer (geo_sam_plugin/install/runtime_builder.py). Idempotent: a finished runtime is kept.
$QGIS_PY -m geo_sam_plugin.install.runtime_builder build --base $QGIS_PY --with-dask

# Re-install only when the pins, this script or the QGIS change.
qgis_version="$(QT_QPA_PLATFORM=offscreen $QGIS_PY -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION)' 2>/dev/null)"
want="$(cat geo_sam_plugin/pins.py scripts/setup_env.sh | sha256sum | cut -c1-16) $qgis_version"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ]; then
  exit 0
fi

[ -x $VENV/bin/python ] || $QGIS_PY -m venv --system-site-packages $VENV
# QGIS's GDAL bindings are built against the numpy QGIS ships: never replace it (pins.py says why for each line).
QT_QPA_PLATFORM=offscreen $QGIS_PY geo_sam_plugin/pins.py constraints > $VENV/constraints.txt
{ $QGIS_PY geo_sam_plugin/pins.py requirements; $QGIS_PY geo_sam_plugin/pins.py development; } > $VENV/requirements.txt
$QGIS_PY geo_sam_plugin/pins.py no-deps > $VENV/requirements-no-deps.txt
echo "== installing Python packages for QGIS $qgis_version's Python ($(tr '\n' ' ' < $VENV/constraints.txt))"
pip_install() {
  if ! $VENV/bin/python -m pip install -q --disable-pip-version-check "$@" > $VENV/pip.log 2>&1; then
    grep -v "is ignored" $VENV/pip.log >&2
    echo "pip install failed (full log: $VENV/pip.log)" >&2
    exit 1
  fi
}
# A Python 3.12+ venv has no setuptools, and some requirements (iopath) are source distributions.
pip_install -c $VENV/constraints.txt setuptools wheel
pip_install -c $VENV/constraints.txt -r $VENV/requirements.txt
pip_install --no-deps -r $VENV/requirements-no-deps.txt
QT_QPA_PLATFORM=offscreen $VENV/bin/python - <<'PY'
import subprocess, sys
import numpy, pyarrow, torch, segment_anything, sam2, rasterio, shapely
qgis_numpy = subprocess.run(["/usr/bin/python3", "-c", "import numpy; print(numpy.__version__)"], capture_output=True, text=True).stdout.strip()
assert numpy.__version__ == qgis_numpy, f"numpy {numpy.__version__} in the venv, QGIS has {qgis_numpy}"
print("python packages ok: numpy", numpy.__version__, "torch", torch.__version__, "pyarrow", pyarrow.__version__, "shapely", shapely.__version__)
PY
echo "$want" > "$STAMP"
